"""The share dialog's QR codes read back: `meridian link encode --svg` draws the code, headless
Chromium renders it as pixels, and zbar (an independent QR reader, as a phone camera would be)
must read exactly the link text."""

import os
import subprocess
import tempfile

import pytest

MERIDIAN = os.environ.get("MERIDIAN_BIN", "target/debug/meridian")
BASE = "https://meridian.example/"


def read_qr(svg_path, png_path):
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={png_path}",
         "--window-size=700,700", f"file://{svg_path}"],
        check=True, capture_output=True, timeout=60,
    )
    out = subprocess.run(["zbarimg", "-q", "--raw", png_path], capture_output=True, text=True, timeout=60)
    return out.stdout.strip()


@pytest.mark.parametrize("example,extra", [
    ("examples/enhance-autumn-2026.json", []),
    ("examples/gma-spring-2027.json", []),
    ("examples/enhance-autumn-2026.json", ["--view", "--cohort", "ntnu-msc1"]),
])
def test_a_qr_code_reads_back_as_the_link(example, extra):
    with tempfile.TemporaryDirectory() as tmp:
        svg, png = os.path.join(tmp, "code.svg"), os.path.join(tmp, "code.png")
        text = subprocess.run(
            [MERIDIAN, "link", "encode", example, *extra, "--base", BASE, "--qr", "--svg", svg],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        # Students' links open the timetable page (link::page_for), edit links the planner.
        page = "timetable.html" if "--view" in extra else ""
        assert text.startswith(BASE + page + "#Q1.")
        assert read_qr(svg, png) == text
        # And the text read from the code opens the schedule.
        opened = subprocess.run([MERIDIAN, "link", "decode", text], capture_output=True, text=True)
        assert opened.returncode == 0, opened.stderr

"""vendor/fluent-bundle.js, the Mozilla Fluent the app's pages format their messages with, is
what scripts/vendor-fluent.py makes from the pinned `@fluent/bundle` in node_modules (not a
hand edit, not an older package), and as a module it still says a Polish plural and keeps a
number's digits ungrouped the way the app passes numbers (src/browser.rs)."""

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
VENDORED = ROOT / "vendor" / "fluent-bundle.js"


def test_the_vendored_module_is_what_the_script_makes_from_the_pinned_package(tmp_path):
    out = tmp_path / "fluent-bundle.js"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "vendor-fluent.py"), str(out)], check=True)
    assert out.read_text(encoding="utf-8") == VENDORED.read_text(encoding="utf-8"), (
        "vendor/fluent-bundle.js differs from what scripts/vendor-fluent.py makes; run it")
    assert "@fluent/bundle 0.19.1" in VENDORED.read_text(encoding="utf-8")
    assert (ROOT / "vendor" / "fluent-bundle.LICENSE").read_text(encoding="utf-8").startswith(
        "\n                                 Apache License")


def test_the_vendored_module_says_polish_plurals_and_plain_digits():
    script = f"""
import {{ FluentBundle, FluentResource, FluentNumber }} from {str(VENDORED.as_uri())!r};
const b = new FluentBundle("pl", {{ useIsolating: false }});
b.addResource(new FluentResource(
  "n = {{ $count ->\\n [one] {{ $count }} konflikt\\n [few] {{ $count }} konflikty\\n *[many] {{ $count }} konfliktów\\n}}\\n"));
const say = (c) => b.formatPattern(b.getMessage("n").value, {{ count: new FluentNumber(c, {{ useGrouping: false }}) }});
console.log([1, 2, 5, 22, 25, 2026].map(say).join("|"));
"""
    said = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True,
                          check=True, cwd=ROOT).stdout.strip()
    assert said == "1 konflikt|2 konflikty|5 konfliktów|22 konflikty|25 konfliktów|2026 konfliktów"

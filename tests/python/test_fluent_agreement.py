"""Meridian's Fluent (Rust `fluent-bundle` through crates/words) and Mozilla's (`@fluent/bundle`,
Firefox's, with the browser's own `Intl.PluralRules`) say every message of every language the
same way, on generated values: plural forms, selectors, variables in place.

Numbers are whole and below 1,000: @fluent/bundle groups thousands by locale (`1 234` in Polish)
where fluent-bundle does not, a known difference of the two (Meridian's counts stay far below).
"""

import os
import pathlib
import random
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
READER = ROOT / "tests" / "readers" / "fluent.mjs"
NUMBERS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 14, 21, 22, 25, 101, 102, 111, 112, 122, 125, 999]
TEXTS = ["Chalmers", "TU Berlin", "Mon 26 Oct", "Politecnico di Milano", "Gdańsk Tech",
         "10:00–11:30", "«Łódź» & <b>", "周一"]


def languages():
    return sorted(p.stem for p in (ROOT / "locales").glob("*.ftl"))


def said_to_be_numbers():
    """{message id: variables its comment in en.ftl calls numbers} (`# $hours, $minutes
    (numbers)`, `# $count (number of sessions)`)."""
    out, comment = {}, []
    for line in (ROOT / "locales" / "en.ftl").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            comment.append(line)
            continue
        m = re.match(r"([a-z][\w-]*)\s*=", line)
        if m:
            text = " ".join(comment)
            names = set()
            for group in re.finditer(r"((?:\$\w+(?:,\s*|\s+and\s+|\s+))+)\((?:a |whole )?numbers?\b", text):
                names.update(re.findall(r"\$(\w+)", group.group(1)))
            out[m.group(1)] = names
        if not line.startswith(" "):
            comment = []
    return out


def messages():
    listed = subprocess.run(["node", str(READER), "--list"], capture_output=True, text=True,
                            check=True, cwd=ROOT).stdout
    numbers = said_to_be_numbers()
    out = []
    for line in listed.splitlines():
        if not line:
            continue
        id_, *variables = line.split("\t")
        out.append([id_, *("#" + v.lstrip("#") if v.lstrip("#") in numbers.get(id_, ()) else v
                           for v in variables)])
    return out


def cases(seed=20261202, per_message=4):
    rng = random.Random(seed)
    out = []
    for language in languages():
        for id_, *variables in messages():
            for _ in range(per_message if variables else 1):
                pairs = []
                for v in variables:
                    if v.startswith("#"):
                        pairs.append(f"{v[1:]}={rng.choice(NUMBERS)}")
                    else:
                        pairs.append(f"{v}={rng.choice(TEXTS)}")
                out.append("\t".join([language, id_, *pairs]))
    return out


def say_rust(lines):
    build = subprocess.run(["cargo", "build", "-q", "-p", "meridian-words", "--example", "say"],
                           cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    said = subprocess.run([str(target / "debug" / "examples" / "say")], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return said.stdout.splitlines()


def say_mozilla(lines):
    said = subprocess.run(["node", str(READER)], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return said.stdout.splitlines()


def test_meridian_and_mozilla_say_every_message_alike():
    lines = cases()
    assert len(lines) >= len(messages()), lines
    rust, mozilla = say_rust(lines), say_mozilla(lines)
    assert len(rust) == len(mozilla) == len(lines)
    differences = [f"{q}\n  meridian: {r}\n  mozilla:  {m}"
                   for q, r, m in zip(lines, rust, mozilla) if r != m]
    assert not differences, f"{len(differences)} of {len(lines)} differ:\n" + "\n".join(differences[:20])


def test_polish_plurals_are_exercised_when_polish_is_there():
    if "pl" not in languages():
        return
    numeric = [m for m in messages() if any(v.startswith("#") for v in m[1:])]
    assert numeric, "no message selects on a number"


def every_number_cases():
    """Each message that selects on a number, said with each of NUMBERS in that variable (the
    others at 1, texts fixed), in every language: every plural and ordinal form both reach."""
    out = []
    for language in languages():
        for id_, *variables in messages():
            numeric = [v for v in variables if v.startswith("#")]
            for chosen in numeric:
                for n in NUMBERS:
                    pairs = [f"{v[1:]}={n if v == chosen else 1}" if v.startswith("#") else f"{v}=TU Berlin"
                             for v in variables]
                    out.append("\t".join([language, id_, *pairs]))
    return out


def test_meridian_and_mozilla_agree_on_every_number_in_every_selector():
    lines = every_number_cases()
    rust, mozilla = say_rust(lines), say_mozilla(lines)
    assert len(rust) == len(mozilla) == len(lines)
    differences = [f"{q}\n  meridian: {r}\n  mozilla:  {m}"
                   for q, r, m in zip(lines, rust, mozilla) if r != m]
    assert not differences, f"{len(differences)} of {len(lines)} differ:\n" + "\n".join(differences[:20])


# Swedish ordinals: 1:a and 2:a, 21:a, 22:a, 31:a, but 11:e and 12:e and 3:e–20:e (CLDR's
# Swedish ordinal rule "one": n % 10 = 1, 2 and n % 100 ≠ 11, 12); every week and every other
# week have words of their own.
SWEDISH_EVERY = {1: "varje vecka", 2: "varannan vecka", 3: "var 3:e vecka", 4: "var 4:e vecka",
                 11: "var 11:e vecka", 12: "var 12:e vecka", 13: "var 13:e vecka", 20: "var 20:e vecka",
                 21: "var 21:a vecka", 22: "var 22:a vecka", 23: "var 23:e vecka", 31: "var 31:a vecka",
                 32: "var 32:a vecka", 41: "var 41:a vecka", 42: "var 42:a vecka", 51: "var 51:a vecka",
                 52: "var 52:a vecka"}


def test_swedish_says_every_interval_with_its_ordinal_in_both_fluents():
    lines = [f"sv\tchange-every\tinterval={n}" for n in range(1, 53)]
    rust, mozilla = say_rust(lines), say_mozilla(lines)
    assert rust == mozilla
    said = dict(zip(range(1, 53), rust))
    assert {n: said[n] for n in SWEDISH_EVERY} == SWEDISH_EVERY
    wrap = say_rust([f"sv\tproblem-weeks-wrap\ttitle=Labb\tinterval=21\tdays=3"])[0]
    assert "var 21:a vecka" in wrap, wrap

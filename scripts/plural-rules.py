#!/usr/bin/env python3
"""Writes crates/plural-rules/ from the published intl_pluralrules 7.0.2 (the folder of its
source, as cargo unpacks it under $CARGO_HOME/registry/src/*/intl_pluralrules-7.0.2): lib.rs and
operands.rs copied unchanged, rules.rs with only the entries of the ten languages Meridian speaks
(the language alone, no script or region: fluent-bundle negotiates zh-Hans to zh). Run it again
when fluent-bundle moves to another intl_pluralrules; DESIGN.md, "Two apps"."""
import os
import re
import shutil
import sys

LANGUAGES = ["en", "de", "sv", "nb", "it", "es", "pl", "nl", "fr", "zh"]


def main():
    source = sys.argv[1]
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "crates", "plural-rules", "src")
    os.makedirs(out, exist_ok=True)
    for name in ("lib.rs", "operands.rs"):
        shutil.copyfile(os.path.join(source, "src", name), os.path.join(out, name))
    keep = {int.from_bytes(c.encode(), "little") for c in LANGUAGES}  # tinystr's u64 of the subtag
    lines = open(os.path.join(source, "src", "rules.rs"), encoding="utf-8").read().split("\n")
    written, entry, kept = [], None, 0
    for line in lines:
        if entry is not None:
            entry.append(line)
            if line == "    ),":
                m = re.search(r"from_raw_unchecked\((\d+)u64\), None, None\)", entry[1])
                if m and int(m.group(1)) in keep:
                    written += entry
                    kept += 1
                entry = None
        elif line == "    (":
            entry = [line]
        else:
            written.append(line)
    if kept != 2 * len(LANGUAGES):
        sys.exit(f"plural-rules: kept {kept} rules, expected a cardinal and an ordinal for each of {LANGUAGES}")
    with open(os.path.join(out, "rules.rs"), "w", encoding="utf-8") as f:
        f.write("\n".join(written))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The first load of each page in a build (default dist/): the wasm, script and style sheet the
page names, the modules its script imports (snippets/: Mozilla's Fluent), and the one catalogue
a reader fetches before the page draws (the reader's language: the largest of them is counted,
so the figure holds for a reader of any language), in bytes
gzip -9 — what a phone downloads before the page is usable. Fails (exit 1) when the timetable
passes its budget by more than its slack (issue 19: 300 kB, 5 %)."""
import gzip
import os
import re
import sys

BUDGET = {"timetable.html": 300_000}
SLACK = 1.05
# The folder each page fetches its reader's catalogue from (src/language.rs, postbuild.py).
CATALOGUES = {"timetable.html": "locales/timetable", "index.html": "locales"}


def gz(path):
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), 9))


def first_load(dist, page):
    with open(os.path.join(dist, page), encoding="utf-8") as f:
        html = f.read()
    names = set(re.findall(r"""(?:href|src|from|module_or_path:)\s*=?\s*['"]/?([^'"?#]+\.(?:wasm|js|css))['"]""", html))
    parts = {}
    for n in sorted(names):
        if n == "sw-register.js":
            continue  # loaded after the page (defer), not on the way to the timetable
        parts[n] = gz(os.path.join(dist, n))
    # The modules a named script imports (wasm-bindgen's snippets: Mozilla's Fluent), which the
    # page does not name but loads before it draws.
    for n in [n for n in parts if n.endswith(".js")]:
        with open(os.path.join(dist, n), encoding="utf-8") as f:
            script = f.read()
        folder = os.path.dirname(n)
        for m in sorted(set(re.findall(r"""from\s*['"]\.?/?(snippets/[^'"]+\.js)['"]""", script))):
            parts[os.path.join(folder, m)] = gz(os.path.join(dist, folder, m))
    return parts


def catalogues(dist, page):
    """{language: bytes gzip -9} of the catalogues `page` fetches one of."""
    folder = os.path.join(dist, CATALOGUES[page])
    if not os.path.isdir(folder):
        return {}
    return {n[:-4]: gz(os.path.join(folder, n)) for n in sorted(os.listdir(folder)) if n.endswith(".ftl")}


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
    failed = False
    for page, label in (("timetable.html", "timetable"), ("index.html", "planner")):
        parts = first_load(dist, page)
        languages = catalogues(dist, page)
        code = sum(parts.values())
        detail = ", ".join(f"{'fluent' if 'fluent' in n else n.rsplit('.', 1)[-1]} {b:,}" for n, b in parts.items())
        if languages:
            largest = max(languages, key=languages.get)
            total = code + languages[largest]
            detail += (f", catalogue {languages[largest]:,} ({largest}, the largest; en "
                       f"{languages.get('en', 0):,}, {min(languages.values()):,}–"
                       f"{max(languages.values()):,} over {len(languages)} languages)")
        else:
            total = code
            detail += ", NO CATALOGUE"
            failed = True
        line = f"size: {label:9} first load {total:,} bytes gzip -9 ({detail})"
        budget = BUDGET.get(page)
        if budget:
            limit = int(budget * SLACK)
            line += f"; budget {budget:,}, fails above {limit:,}"
            if total > limit:
                line += f" — OVER ITS BUDGET by {100 * (total - budget) / budget:.0f} % (issue 19)"
                failed = True
        print(line)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

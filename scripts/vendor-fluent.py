#!/usr/bin/env python3
"""Writes vendor/fluent-bundle.js: Mozilla's Project Fluent (`@fluent/bundle`, the implementation
Firefox uses) as one ES module, made from the package's own ESM files in node_modules (installed
at the version package-lock.json pins), for the app's pages to format their messages with
(src/browser.rs imports it through wasm-bindgen; DESIGN.md, "Languages"). The modules are put
one after another in the order they import each other, their `import` lines dropped, their
`export` keywords dropped, and one `export` of what the app uses at the end. Comments are left
out where that is safe to do line by line: a line that is only a `//` comment, and a `/* … */`
block whose first line starts with `/*` and whose last ends with `*/` (no code shares those
lines). `tests/python/test_vendored_fluent.py` checks the committed file is what this makes.

    scripts/vendor-fluent.py [OUT]      (default vendor/fluent-bundle.js)
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(ROOT, "node_modules", "@fluent", "bundle")
# Each module after those it imports.
ORDER = ["types.js", "builtins.js", "memoizer.js", "resolver.js", "scope.js", "resource.js", "bundle.js"]
EXPORTS = ["FluentBundle", "FluentResource", "FluentNumber"]


def strip_comments(text):
    out = []
    in_block = False
    for line in text.splitlines():
        bare = line.strip()
        if in_block:
            if bare.endswith("*/"):
                in_block = False
            continue
        if bare.startswith("//"):
            continue
        if bare.startswith("/*"):
            if not bare.endswith("*/") or bare == "/*":
                in_block = True
            continue
        if bare:
            out.append(line.rstrip())
    return out


def module(name):
    with open(os.path.join(PACKAGE, "esm", name), encoding="utf-8") as f:
        text = f.read()
    lines = []
    for line in strip_comments(text):
        if re.match(r'\s*import\s.*\sfrom\s+"\./[a-z]+\.js";$', line):
            continue
        if re.match(r"\s*import\b", line):
            sys.exit(f"vendor-fluent: {name}: an import this script does not know: {line}")
        lines.append(re.sub(r"^export (class|function|const|let) ", r"\1 ", line))
    left = [l for l in lines if re.match(r"\s*export\b", l)]
    if left:
        sys.exit(f"vendor-fluent: {name}: an export this script does not know: {left[0]}")
    return lines


def make():
    with open(os.path.join(PACKAGE, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    known = set(ORDER) | {"index.js", "ast.js"}
    found = {n for n in os.listdir(os.path.join(PACKAGE, "esm")) if n.endswith(".js")}
    if found != known:
        sys.exit(f"vendor-fluent: the package's modules changed: {sorted(found ^ known)}")
    head = [
        f"// {package['name']} {package['version']} ({package['homepage']}, "
        f"{package['repository']['url']}),",
        f"// licence {package['license']} (vendor/fluent-bundle.LICENSE), by {package['author']}.",
        "// Made by scripts/vendor-fluent.py from the package's ESM files; do not edit.",
    ]
    body = [l for name in ORDER for l in module(name)]
    tail = [f"export {{ {', '.join(EXPORTS)} }};"]
    return "\n".join(head + body + tail) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "vendor", "fluent-bundle.js")
    with open(out, "w", encoding="utf-8") as f:
        f.write(make())


if __name__ == "__main__":
    main()

"""No user-visible text is written in the app's Rust code: every sentence, label, aria-label,
title and placeholder comes from the message catalogues (locales/*.ftl) through `w!`/`Words`.

The scan reads each `html! { … }` block under src/ and flags string literals a reader would
see: text nodes (`{ "Save" }`), user-visible attributes (`aria-label="Close"`, `title`,
`placeholder`, `alt`), and `format!` strings with words in them. Attributes a reader never sees
(class, id, key, type, data-*, href …) are fine. Outside `html!`, `format!` with two or more
English words in a row is flagged too (a sentence being assembled), except in tests and logs.
"""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
SRC = ROOT / "src"

VISIBLE_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt", "aria-roledescription",
                      "aria-valuetext", "label"}
# A literal with a word of two or more letters in it.
WORDY = re.compile(r"[A-Za-z]{2,}")
# Two English words in a row: "Add to", "is too".
SENTENCE = re.compile(r"\b[A-Za-z][a-z]+ [a-z]{2,}\b")
# A message id (`share-qr-label-edit`), chosen in markup and looked up in the catalogue; and an
# address (`https://…`), which no language changes.
MESSAGE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def worded(literal):
    """Whether a format string reads as words: with its placeholders taken out, a capitalised
    word (`Hint: …`, `Moved … to …`) or two words in a row (`in … days`). CSS is lower case and
    punctuated (`left: {}px; transform: translate({}px)`), so it passes."""
    bare = re.sub(r"\s+", " ", re.sub(r"\{[^{}]*\}", " ", literal))
    capitalised = any(not bare[w.end():].startswith("(")
                      for w in re.finditer(r"\b[A-Z][a-z]+\b", bare))
    return capitalised or bool(SENTENCE.search(bare))


def html_blocks(text):
    """(start offset, block text) of every `html! { … }` in `text`, braces matched."""
    for m in re.finditer(r"html!\s*\{", text):
        depth, i = 0, m.end() - 1
        while i < len(text):
            c = text[i]
            if c == '"':
                # Skip a string literal.
                i += 1
                while i < len(text) and text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    yield m.start(), text[m.start(): i + 1]
                    break
            i += 1


def strip_tests(text):
    """The file without its `#[cfg(test)]` module (tests may well assert English)."""
    i = text.find("#[cfg(test)]")
    return text if i < 0 else text[:i]


def findings(path):
    text = strip_tests(path.read_text(encoding="utf-8"))
    out = []

    def line_of(offset):
        return text.count("\n", 0, offset) + 1

    for start, block in html_blocks(text):
        for m in STRING.finditer(block):
            literal = m.group(1)
            if not WORDY.search(literal) or MESSAGE_ID.match(literal) or literal.startswith("http"):
                continue
            before = block[: m.start()].rstrip()
            attribute = re.search(r"([A-Za-z][\w-]*)\s*=\s*$", before)
            if attribute:
                if attribute.group(1) in VISIBLE_ATTRIBUTES:
                    out.append((line_of(start + m.start()), literal))
                continue
            # `{ "text" }` — a text node.
            if before.endswith("{") and block[m.end():].lstrip().startswith("}"):
                out.append((line_of(start + m.start()), literal))
                continue
            # A format! or a sentence-like literal anywhere else in markup.
            if SENTENCE.search(literal) and not literal.startswith(("data-", "#")):
                out.append((line_of(start + m.start()), literal))
    for m in re.finditer(r"format!\(\s*\"((?:[^\"\\]|\\.)*)\"", text):
        literal = m.group(1)
        if worded(literal):
            out.append((line_of(m.start()), literal))
    return sorted(set(out))


def test_no_user_visible_english_is_written_outside_the_catalogues():
    problems = []
    for path in sorted(SRC.rglob("*.rs")):
        for line, literal in findings(path):
            problems.append(f"{path.relative_to(ROOT)}:{line}: \"{literal}\"")
    assert not problems, (
        f"{len(problems)} texts written in code rather than in locales/en.ftl:\n"
        + "\n".join(problems)
    )


def test_the_scan_finds_english_in_markup_and_sentences():
    sample = '''
fn view() -> Html {
    html! { <div class="grid-cell" key="a"><button aria-label="Close the dialog">{ "Save" }</button>
        <p>{ format!("Times in {place}", place = p) }</p>{ w!(words, "ok") }</div> }
}
fn status() -> String { format!("Moved {} to {}", a, b) }
fn hint() -> String { format!("Hint: {h}") }
fn style() -> String { format!("left: {}px; transform: translate({}px)", a, b) }
'''
    path = ROOT / "target" / "scan-sample.rs"
    path.parent.mkdir(exist_ok=True)
    path.write_text(sample, encoding="utf-8")
    found = [literal for _, literal in findings(path)]
    assert "Close the dialog" in found and "Save" in found, found
    assert "Times in {place}" in found and "Moved {} to {}" in found, found
    assert "Hint: {h}" in found, found
    assert "grid-cell" not in found and "ok" not in found, found
    assert not any(f.startswith("left:") for f in found), found

"""The timetable page's catalogues (dist/locales/timetable/<tag>.ftl, cut by scripts/postbuild.py)
hold every message the page can ask for, in every language: each message whose id is in the
timetable's wasm (the code names a message only by an id written whole: `Words::t` takes
`&'static str`, and a doc test shows an id assembled while running does not compile), and every
message and term those refer to, in any variant or attribute. References are read by Mozilla's
own Fluent parser (@fluent/bundle), not by the post-build step's. Needs `make dist`.
"""

import importlib.util
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
READER = ROOT / "tests" / "readers" / "fluent-references.mjs"

spec = importlib.util.spec_from_file_location("postbuild", ROOT / "scripts" / "postbuild.py")
postbuild = importlib.util.module_from_spec(spec)
spec.loader.exec_module(postbuild)


def mozilla_references(text):
    """{id: set of references} of a Fluent text, by @fluent/bundle."""
    with tempfile.NamedTemporaryFile("w", suffix=".ftl", encoding="utf-8", delete=False) as f:
        f.write(text)
    try:
        out = subprocess.run(["node", str(READER), f.name], capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout
    finally:
        pathlib.Path(f.name).unlink()
    return {id_: set(refs) for id_, *refs in (l.split("\t") for l in out.splitlines() if l)}


def closed(refs, wanted):
    """What is missing from `refs` (a catalogue's entries) for `wanted` and all they refer to."""
    missing, seen, todo = set(), set(), list(wanted)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in refs:
            missing.add(name)
            continue
        todo.extend(refs[name])
    return missing


SAMPLE = """\
### A file header
-brand = Meridian
    .gender = masculine
-term-in-term = { -brand } app
# A comment on a message
plain = Just text
uses-term = Open { -brand }
uses-message = See { plain }, { $count ->
    [one] one { -term-in-term }
   *[other] { $count } { other-attr.label }
}
other-attr = Nothing
    .label = { $x } { NUMBER($x, minimumFractionDigits: 0) } { "{ not-a-reference }" }
multiline =
    First line

    Third line with { -brand.gender ->
        [masculine] { in-selector-variant }
       *[other] x
    }
in-selector-variant = deep
unused = never asked for
not-a-reference = only in a string literal
"""


def test_the_cut_keeps_what_is_named_and_everything_it_refers_to():
    cut, missing = postbuild.fluent_cut(SAMPLE, ["uses-message", "uses-term", "multiline", "nope"])
    assert missing == ["nope"]
    refs = mozilla_references(cut)
    assert set(refs) == {"uses-message", "uses-term", "multiline", "plain", "other-attr",
                         "-brand", "-term-in-term", "in-selector-variant"}, sorted(refs)
    assert not closed(refs, ["uses-message", "uses-term", "multiline"])
    # Blank lines inside a pattern stay; attributes stay with their message.
    assert "First line\n\n    Third line" in cut
    assert "    .label = " in cut and "    .gender = masculine" in cut


def test_the_post_build_step_reads_entries_as_mozilla_does():
    for path in sorted((ROOT / "locales").glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        ours = postbuild.fluent_entries(text)
        theirs = mozilla_references(text)
        assert set(ours) == set(theirs), path.name
        for id_, refs in theirs.items():
            assert refs <= postbuild.fluent_references(ours[id_]), (path.name, id_, refs)


def timetable_wasm():
    assert (DIST / "timetable.html").is_file(), "run make dist first"
    page = (DIST / "timetable.html").read_text(encoding="utf-8")
    names = [p.name for p in DIST.glob("meridian-timetable-*.wasm") if p.name in page]
    assert len(names) == 1, names
    return (DIST / names[0]).read_bytes()


def test_every_language_of_the_timetable_page_has_every_message_the_page_can_ask_for():
    binary = timetable_wasm()
    english = (ROOT / "locales" / "en.ftl").read_text(encoding="utf-8")
    messages = [i for i in mozilla_references(english) if not i.startswith("-")]
    named = [i for i in messages if i.encode() in binary]
    # The page words its own texts, links' and files' errors, notices and calendar files.
    assert "timetable-open-the-link" in named and "link-damaged" in named, named
    problems = []
    sources = sorted((ROOT / "locales").glob("*.ftl"))
    assert len(sources) == 10
    for source in sources:
        cut = DIST / "locales" / "timetable" / source.name
        if not cut.is_file():
            problems.append(f"{cut} is missing")
            continue
        refs = mozilla_references(cut.read_text(encoding="utf-8"))
        missing = closed(refs, named)
        if missing:
            problems.append(f"{source.name}: lacks {sorted(missing)}")
        full = mozilla_references(source.read_text(encoding="utf-8"))
        if any(refs[i] != full[i] for i in refs):
            problems.append(f"{source.name}: a message reads otherwise than in locales/")
    assert not problems, "\n".join(problems)


def test_the_timetable_page_carries_no_wording_of_file_errors():
    """A students' link never reads a schedule file, a calendar file or a holiday file, so the
    page's wasm names none of their problems and its catalogues hold none of their messages
    (they reached it once through a link's `Problem::Value`: 54 messages)."""
    binary = timetable_wasm()
    english = (ROOT / "locales" / "en.ftl").read_text(encoding="utf-8")
    prefixes = ("problem-calendar-", "problem-holiday-", "problem-json-", "error-calendar-file",
                "error-holiday-file")
    file_messages = [i for i in mozilla_references(english) if i.startswith(prefixes)]
    assert len(file_messages) > 60, file_messages
    assert [i for i in file_messages if i.encode() in binary] == []
    for cut in sorted((DIST / "locales" / "timetable").glob("*.ftl")):
        held = mozilla_references(cut.read_text(encoding="utf-8"))
        assert [i for i in held if i.startswith(prefixes)] == [], cut.name


def test_the_service_worker_keeps_every_catalogue_a_page_fetches():
    worker = (DIST / "sw.js").read_text(encoding="utf-8")
    for cut in sorted((DIST / "locales").rglob("*.ftl")):
        assert f'"{cut.relative_to(DIST).as_posix()}"' in worker, cut

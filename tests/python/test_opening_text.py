"""The timetable page's text while its wasm loads (written into the page by
scripts/postbuild.py, OPENING) is in the language the app then opens in: the script chooses as
src/language.rs `chosen` and `meridian_words::negotiate` do (`?lang=`, the language kept in this
browser, the browser's preferred languages, a link's `hl=` hint when the browser prefers none
Meridian speaks, else English). Run in Node with a stub page, on the cases of negotiate's own
test and of the e2e journeys.
"""

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import postbuild  # noqa: E402

# (query, language kept in this browser, navigator.languages, the language the app opens in)
CASES = [
    ("", None, ["pl-PL", "en-US"], "pl"),
    ("", None, ["pt-BR", "de-AT"], "de"),
    ("", None, ["nn-NO"], "nb"),
    ("", None, ["no"], "nb"),
    ("", None, ["zh-TW"], "zh-Hans"),
    ("", None, ["zh-CN"], "zh-Hans"),
    ("", None, ["pl_PL.UTF-8"], "pl"),
    ("", None, ["ja", "ko"], "en"),
    ("", None, [], "en"),
    ("", None, ["en-XA"], "en"),
    ("", None, ["en-CA", "fr-CA"], "en"),
    ("?lang=de", None, ["pl-PL"], "de"),
    ("?lang=ZH-hans", None, ["pl-PL"], "zh-Hans"),
    ("?lang=en-XA", None, ["de-DE"], "en-XA"),
    ("?lang=xx", "sv", ["pl-PL"], "sv"),
    ("", "fr", ["pl-PL"], "fr"),
    ("?hl=de", None, ["ja-JP"], "de"),
    ("?hl=de", None, ["pl-PL"], "pl"),
    ("?hl=de", None, ["en-GB", "ja"], "en"),
    ("?tz=UTC&hl=it", None, ["ko"], "it"),
]

RUN = r"""
const [script, cases] = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(([query, kept, languages]) => {
  const loading = { textContent: '' };
  const head = [];
  const document = { documentElement: { lang: 'en' }, getElementById: (id) => (id === 'loading' ? loading : null),
    createElement: () => ({}), head: { appendChild: (e) => head.push(e) } };
  const navigator = { languages, language: languages[0] || '' };
  const localStorage = { getItem: () => kept };
  new Function('document', 'navigator', 'location', 'localStorage', script)(
    document, navigator, { search: query }, localStorage);
  return [document.documentElement.lang, loading.textContent, head.map((e) => [e.rel, e.as, e.crossOrigin, e.href])];
});
console.log(JSON.stringify(out));
"""


def test_every_language_has_its_opening_text():
    texts = postbuild.opening_texts()
    assert sorted(texts) == sorted(p.stem for p in (ROOT / "locales").glob("*.ftl"))
    assert texts["en"] == "Opening the timetable…"
    assert len(set(texts.values())) == len(texts), "each language its own words"


def test_the_page_chooses_the_language_the_app_opens_in():
    page = postbuild.with_opening_text((ROOT / "timetable.html").read_text(encoding="utf-8"))
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    said = subprocess.run(["node", "-e", RUN], input=json.dumps([script, [c[:3] for c in CASES]]),
                          capture_output=True, text=True, check=True, cwd=ROOT)
    texts = postbuild.opening_texts()
    got = json.loads(said.stdout)
    wrong = [(case, lang) for case, (lang, _, _) in zip(CASES, got) if lang != case[3]]
    assert not wrong, wrong
    for case, (lang, text, preloads) in zip(CASES, got):
        assert text == texts.get(lang, texts["en"]), (case, text)
        # The catalogue the app fetches (language::catalogue_file: the pseudo-locale reads
        # English's) is asked for at once, beside the wasm.
        file = "en" if lang == "en-XA" else lang
        assert preloads == [["preload", "fetch", "anonymous", f"locales/timetable/{file}.ftl"]], (case, preloads)


def test_the_script_is_in_the_page_once_and_the_english_text_is_the_catalogues():
    html = (ROOT / "timetable.html").read_text(encoding="utf-8")
    page = postbuild.with_opening_text(html)
    assert postbuild.with_opening_text(page) == page
    assert page.count("<script>") == 1
    assert '<p id="loading" class="loading">Opening the timetable…</p>' in page

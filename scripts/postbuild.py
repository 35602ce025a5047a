#!/usr/bin/env python3
"""Trunk's post-build step for the two pages (Trunk.toml's hook; see DESIGN.md, "Two apps").

Run by Trunk with TRUNK_STAGING_DIR set. For the planner's build (index.html) it:
  1. copies the timetable page, built before into target/dist-timetable, beside it as
     timetable.html (Trunk builds one HTML target at a time), with the modules its script
     imports (snippets/: Mozilla's Fluent, vendor/fluent-bundle.js);
  2. strips the style sheets' comments and spaces (compact_styles; the integrity hashes follow)
     in a release build, and writes the PNG icons, the favicon and the two web app manifests;
  3. puts a Content-Security-Policy meta tag in both pages, with the hash of the loader script
     Trunk writes inline (computed here, from the bytes the browser will hash);
  4. writes the catalogues the pages fetch (no catalogue is compiled into their wasm): the
     planner's locales/<tag>.ftl without comments, and the timetable page's
     locales/timetable/<tag>.ftl, each language cut to the messages the timetable's wasm names
     and those they refer to (timetable_catalogues);
  5. writes the service worker (sw.js) from the real file list (with every language's catalogue
     for both pages, locales/**/*.ftl, and the modules in snippets/), with a version that is the hash of every cached file's
     bytes, so that a new release gets a new cache;
  6. writes a .gz beside every text and wasm file, for a server that sends them compressed.
The timetable's own build does nothing here. Standard library only.
"""
import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import struct
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMETABLE_BUILD = os.path.join(ROOT, "target", "dist-timetable")

# Own scripts and wasm only; Yew writes style attributes (positions in the week grid), no
# inline <style> elements; nothing leaves the page's origin. frame-ancestors cannot be set by a
# meta tag (browsers ignore it there): see DESIGN.md.
CSP = (
    "default-src 'self'; "
    "script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data: blob:; "
    "connect-src 'self'; "
    "worker-src 'self'; manifest-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)

BRAND = (0x1F, 0x5F, 0x8B)  # the header's blue


def png(size):
    """A square icon: the brand colour with a white meridian (a vertical band) and an
    equator, drawn as raw pixels (no image library)."""
    rows = []
    band = max(2, size // 12)
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            on = abs(x - size // 2) < band // 2 + 1 or abs(y - size // 2) < band // 4 + 1
            edge = min(x, y, size - 1 - x, size - 1 - y) < size // 10
            row += bytes((255, 255, 255) if on and not edge else BRAND)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def manifest(name, short, start, ident, description):
    return json.dumps({
        "id": ident,
        "name": name,
        "short_name": short,
        "description": description,
        "start_url": start,
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#1f5f8b",
        "icons": [
            {"src": "icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": "icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": "icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    }, indent=2)


def head_links(manifest_file):
    return (f'<link rel="manifest" href="{manifest_file}" />\n'
            '    <link rel="icon" type="image/png" sizes="32x32" href="favicon.png" />\n'
            '    <link rel="apple-touch-icon" href="icon-192.png" />\n'
            '    <meta name="theme-color" content="#1f5f8b" />\n'
            '    <script src="sw-register.js" defer></script>\n    ')


def lock_down(html, manifest_file, policy=True):
    """The page with its manifest, icons and Content-Security-Policy (hashing every inline
    script, which is only Trunk's loader)."""
    if 'rel="manifest"' in html:
        return html  # done already (the step run again on a finished build)
    if not policy:
        return html.replace("</title>", "</title>\n    " + head_links(manifest_file), 1)
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
    hashes = " ".join("'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
                      for s in scripts)
    meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % CSP.format(hashes=hashes)
    html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + meta, 1)
    return html.replace("</title>", "</title>\n    " + head_links(manifest_file), 1)


SW = r"""// Meridian's service worker, written by scripts/postbuild.py from the release's file list.
// Every file is cached at install, in a cache named after the release; if one file fails, the
// install fails and the old release stays whole. The new release waits until the page says
// (the user chose to reload) or every tab of the old one is closed, then takes over and drops
// the old cache: a page never mixes files of two releases.
const RELEASE = %(release)s;
const FILES = %(files)s;
const CACHE = 'meridian-' + RELEASE;
const PAGES = { '': 'index.html' };

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((n) => n.startsWith('meridian-') && n !== CACHE).map((n) => caches.delete(n)))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  let path = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null;
  if (path === null) return;
  path = PAGES[path] || path;
  if (!FILES.includes(path)) return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(path))
    .then((hit) => hit || fetch(event.request)));
});
"""

REGISTER = r"""// Registers the service worker (offline after one visit) and tells the app when a newer
// release is ready: it marks the page (data-release-ready) and sends 'meridian-release-ready';
// the app words the bar in the reader's language (src/shell/release_ready.rs) and, when the
// reader chooses, sends 'meridian-take-over', which lets the waiting worker take over and
// reloads the page on the new release as a whole. No inline script: the page's policy allows
// only its own files.
if ('serviceWorker' in navigator) {
  let waiting = null;
  const ready = (worker) => {
    waiting = worker;
    document.documentElement.setAttribute('data-release-ready', '');
    dispatchEvent(new Event('meridian-release-ready'));
  };
  addEventListener('meridian-take-over', () => { if (waiting) waiting.postMessage('take-over'); });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  // After the app has started: the first visit's download of both apps must not slow the page.
  addEventListener('TrunkApplicationStarted', () => navigator.serviceWorker.register('sw.js').then((reg) => {
    const track = (worker) => worker && worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) ready(worker);
    });
    if (reg.waiting && navigator.serviceWorker.controller) ready(reg.waiting);
    track(reg.installing); // an update the page's own navigation started
    reg.addEventListener('updatefound', () => track(reg.installing));
    // Look for a new release at every start, not only when the browser's own check after a
    // navigation runs (Chromium may defer or skip it): an update in flight is not asked twice.
    reg.update().catch(() => {});
  }).catch(() => {}));
}
"""


# The timetable page's text while its wasm loads, in the reader's language before any of the app
# runs. The texts are each catalogue's `timetable-opening`; the language is chosen as the app's
# `language::chosen` does (see DESIGN.md, "Languages"). Inline, so nothing more is fetched
# before the text shows; its hash goes into the policy with Trunk's loader (lock_down).
OPENING = r"""(function () {
  var texts = %(texts)s;
  var find = function (code) {
    code = String(code || '').toLowerCase();
    if (code === 'en-xa') return 'en-XA';
    for (var k in texts) if (k.toLowerCase() === code) return k;
    return null;
  };
  var kept = null;
  try { kept = localStorage.getItem(%(key)s); } catch (e) {}
  var query = new URLSearchParams(location.search);
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  var negotiated = null;
  for (var i = 0; i < preferred.length && !negotiated; i++) {
    var primary = String(preferred[i]).trim().split('.')[0].replace(/_/g, '-').split('-')[0].toLowerCase();
    primary = { no: 'nb', nn: 'nb', zh: 'zh-Hans' }[primary] || primary;
    if (Object.prototype.hasOwnProperty.call(texts, primary)) negotiated = primary;
  }
  var speaksAny = (negotiated && negotiated !== 'en') ||
    Array.prototype.some.call(preferred, function (p) { return String(p).toLowerCase().indexOf('en') === 0; });
  var code = find(query.get('lang')) || find(kept) || (!speaksAny && find(query.get('hl'))) || negotiated || 'en';
  document.documentElement.lang = code;
  // The catalogue the app will fetch (language::catalogue_file), asked for now, beside the wasm
  // rather than after it: one round trip less before the timetable shows.
  var preload = document.createElement('link');
  preload.rel = 'preload';
  preload.as = 'fetch';
  preload.crossOrigin = 'anonymous';
  preload.href = %(folder)s + '/' + (code === 'en-XA' ? 'en' : code) + '.ftl';
  document.head.appendChild(preload);
  var loading = document.getElementById('loading');
  if (loading) loading.textContent = texts[code] || texts.en;
})();"""


def opening_texts(locales_dir=os.path.join(ROOT, "locales"), message="timetable-opening"):
    """{language code: its catalogue's `message`} for every locales/*.ftl (one-line messages
    without variables)."""
    texts = {}
    for name in sorted(os.listdir(locales_dir)):
        if not name.endswith(".ftl"):
            continue
        with open(os.path.join(locales_dir, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"%s = (.*)$" % re.escape(message), line.rstrip("\n"))
                if m:
                    texts[name[:-4]] = m.group(1).strip()
    if "en" not in texts:
        sys.exit(f"postbuild: locales/en.ftl has no {message}")
    return texts


def language_key():
    """Where the app keeps the language chosen in the header (src/language.rs, LANGUAGE_KEY)."""
    with open(os.path.join(ROOT, "src", "language.rs"), encoding="utf-8") as f:
        m = re.search(r'pub const LANGUAGE_KEY: &str = "([^"]+)";', f.read())
    if not m:
        sys.exit("postbuild: src/language.rs has no LANGUAGE_KEY")
    return m.group(1)


def with_opening_text(html):
    """The timetable page with its loading text in English from the catalogue, followed by the
    inline script that says it in the reader's language."""
    if "OPENING-TEXT" in html:
        return html
    texts = opening_texts()
    script = "/* OPENING-TEXT */" + OPENING % {
        "texts": json.dumps(texts, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c"),
        "key": json.dumps(language_key()),
        "folder": json.dumps(TIMETABLE_CATALOGUES),
    }
    english = texts["en"].replace("&", "&amp;").replace("<", "&lt;")
    html, n = re.subn(r'(<p id="loading"[^>]*>).*?(</p>)',
                      lambda m: m.group(1) + english + m.group(2) + "\n    <script>" + script + "</script>",
                      html, count=1, flags=re.S)
    if n != 1:
        sys.exit('postbuild: timetable.html has no <p id="loading">')
    return html


# A Fluent entry starts at the beginning of a line with its identifier (`-` for a term); a
# comment line starts with `#`; every other line (indented, blank, or a `}`, `[`, `*` or `.` at
# its start) goes on with the entry above.
FLUENT_ENTRY = re.compile(r"(-?[A-Za-z][\w-]*)[ \t]*=")
# An identifier inside a placeable: a message (`{ other }`, `{ other.attr }`) or a term
# (`{ -term }`, `{ -term(case: "x") }`), not a variable (`$name`).
FLUENT_NAME = re.compile(r"(?<![\w$-])-?[A-Za-z][\w-]*")


def fluent_entries(text):
    """{id: text} of a Fluent file's messages and terms (`-term`), in the file's order, without
    comments."""
    entries, current = {}, None
    for line in text.splitlines(keepends=True):
        if line.startswith("#"):
            current = None
            continue
        m = FLUENT_ENTRY.match(line)
        if m:
            current = m.group(1)
            entries[current] = line
        elif current is not None:
            entries[current] += line
    return {k: v.rstrip() + "\n" for k, v in entries.items()}


def fluent_references(entry):
    """Every name inside the entry's placeables (outside string literals): the messages and
    terms it may refer to, in any variant or attribute, and some words of its variants' text
    besides (harmless: only names of entries count)."""
    inside, depth, quoted = [], 0, False
    body = entry.split("=", 1)[1] if "=" in entry else entry
    i = 0
    while i < len(body):
        c = body[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == "{":
            depth += 1
            inside.append(" ")
        elif c == "}":
            depth = max(0, depth - 1)
            inside.append(" ")
        elif depth and c == '"':
            quoted = True
        elif depth:
            inside.append(c)
        i += 1
    return set(FLUENT_NAME.findall("".join(inside)))


def fluent_cut(text, wanted):
    """The entries of `text` named in `wanted`, and every entry they refer to, in the file's
    order; and the wanted ids the text lacks."""
    entries = fluent_entries(text)
    keep, todo = set(), [w for w in wanted if w in entries]
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        keep.add(name)
        todo.extend(r for r in fluent_references(entries[name]) if r in entries and r not in keep)
    missing = sorted(w for w in wanted if w not in entries)
    return "".join(v for k, v in entries.items() if k in keep), missing


def named_in(binary, text):
    """The message ids (not terms) of a Fluent text whose bytes occur in `binary`. Meridian's code
    names a message only by an id written whole (`Words::t` takes `&'static str`), so every
    message the code can ask for is in its wasm's data; a message the linker left out with the
    code that said it is not."""
    return sorted(i for i in fluent_entries(text) if not i.startswith("-") and i.encode() in binary)


def timetable_catalogues_folder():
    """Where the timetable page fetches its reader's catalogue (src/timetable_page.rs,
    CATALOGUES): read from the source, so the cut, the preload and the app name one folder."""
    with open(os.path.join(ROOT, "src", "timetable_page.rs"), encoding="utf-8") as f:
        m = re.search(r'pub const CATALOGUES: &str = "([^"]+)";', f.read())
    if not m:
        sys.exit("postbuild: src/timetable_page.rs has no CATALOGUES")
    return m.group(1)


TIMETABLE_CATALOGUES = timetable_catalogues_folder()


def timetable_catalogues(staging):
    """Each language's catalogue cut to what the timetable page can ask for, written to
    locales/timetable/<tag>.ftl: the messages whose ids are in the timetable's wasm, and the
    messages and terms those refer to (per language: a translation may use a term English does
    not). Fails on a language that lacks one of them."""
    wasm = [n for n in os.listdir(TIMETABLE_BUILD) if n.endswith(".wasm")]
    if len(wasm) != 1:
        sys.exit(f"postbuild: expected one .wasm in {TIMETABLE_BUILD}, found {wasm}")
    with open(os.path.join(TIMETABLE_BUILD, wasm[0]), "rb") as f:
        binary = f.read()
    sources = os.path.join(ROOT, "locales")
    with open(os.path.join(sources, "en.ftl"), encoding="utf-8") as f:
        english = f.read()
    wanted = named_in(binary, english)
    out = os.path.join(staging, TIMETABLE_CATALOGUES)
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(sources)):
        if not name.endswith(".ftl"):
            continue
        with open(os.path.join(sources, name), encoding="utf-8") as f:
            cut, missing = fluent_cut(f.read(), wanted)
        if missing:
            sys.exit(f"postbuild: locales/{name} lacks {', '.join(missing)}, which the timetable page says")
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(cut)
    print(f"postbuild: timetable catalogues: {len(wanted)} of "
          f"{sum(1 for i in fluent_entries(english) if not i.startswith('-'))} messages named in {wasm[0]}")


def uncommented_catalogues(staging):
    """The planner's catalogues (locales/<tag>.ftl, every message) without comments: the
    glossary and the notes for translators are for translators, and a third of each file."""
    folder = os.path.join(staging, "locales")
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".ftl") and os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(l for l in text.splitlines(keepends=True) if not l.startswith("#")))


def catalogue_files(staging):
    """Every catalogue either page may fetch (locales/**/*.ftl), relative to `staging`."""
    found = []
    for folder, _, names in os.walk(os.path.join(staging, "locales")):
        found += [os.path.relpath(os.path.join(folder, n), staging).replace(os.sep, "/")
                  for n in names if n.endswith(".ftl")]
    return sorted(found)


def snippet_files(staging):
    """The modules the pages' scripts import (wasm-bindgen's snippets/**/*.js), relative to
    `staging`."""
    found = []
    for folder, _, names in os.walk(os.path.join(staging, "snippets")):
        found += [os.path.relpath(os.path.join(folder, n), staging).replace(os.sep, "/")
                  for n in names if n.endswith(".js")]
    return sorted(found)


def compact_styles(staging, pages=("index.html", "timetable.html")):
    """Strips the style sheets' comments and runs of spaces (a third of their gzip'd bytes: the
    comments say why a rule exists, for people reading styles/), and puts each sheet's new
    hash in the pages' `integrity` attributes, which Trunk computed from the sheet as written."""
    for name in sorted(os.listdir(staging)):
        if not name.endswith(".css"):
            continue
        path = os.path.join(staging, name)
        with open(path, encoding="utf-8") as f:
            before = f.read()
        after = re.sub(r"/\*.*?\*/", "", before, flags=re.S)
        after = re.sub(r"\s+", " ", after)
        after = re.sub(r"\s*([{};,])\s*", r"\1", after).strip() + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(after)
        old, new = (base64.b64encode(hashlib.sha384(t.encode()).digest()).decode() for t in (before, after))
        for page in pages:
            page_path = os.path.join(staging, page)
            with open(page_path, encoding="utf-8") as f:
                html = f.read()
            if name in html:
                if f'integrity="sha384-{old}"' not in html:
                    sys.exit(f"postbuild: {page} names {name} without its integrity hash")
                with open(page_path, "w", encoding="utf-8") as f:
                    f.write(html.replace(f'integrity="sha384-{old}"', f'integrity="sha384-{new}"'))


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else None)
    html_file = os.environ.get("TRUNK_HTML_FILE", "index.html")
    if not staging:
        sys.exit("postbuild: no staging folder (run by Trunk, or give it as the argument)")
    if os.path.basename(html_file) != "index.html":
        return  # the timetable's own build: the planner's build puts it in place
    # `make serve` (trunk serve, a debug build): trunk adds its reload script inline when it
    # serves the page, which no hash written here can allow, and a cache-first worker would
    # keep serving the build before the last edit. So a development build has neither the
    # policy nor a service worker; release builds (make dist, the tests) have both.
    development = os.environ.get("TRUNK_PROFILE") == "debug"
    if not os.path.isfile(os.path.join(TIMETABLE_BUILD, "index.html")):
        sys.exit("postbuild: build the timetable first (trunk build timetable.html --dist target/dist-timetable)")
    for name in os.listdir(TIMETABLE_BUILD):
        src = os.path.join(TIMETABLE_BUILD, name)
        if os.path.isfile(src) and not name.endswith(".gz"):
            shutil.copyfile(src, os.path.join(staging, "timetable.html" if name == "index.html" else name))
    # The modules the wasm imports (wasm-bindgen's snippets: Mozilla's Fluent), which the page's
    # script imports rather than the page naming them.
    if os.path.isdir(os.path.join(TIMETABLE_BUILD, "snippets")):
        shutil.copytree(os.path.join(TIMETABLE_BUILD, "snippets"), os.path.join(staging, "snippets"),
                        dirs_exist_ok=True)
    if not development:
        compact_styles(staging)
    for size, name in ((192, "icon-192.png"), (512, "icon-512.png"), (32, "favicon.png")):
        with open(os.path.join(staging, name), "wb") as f:
            f.write(png(size))
    pages = {
        "index.html": ("planner.webmanifest", manifest(
            "Meridian planner", "Meridian", "./index.html", "./index.html",
            "Plan joint university classes across time zones.")),
        "timetable.html": ("timetable.webmanifest", manifest(
            "Meridian timetable", "Timetable", "./timetable.html", "./timetable.html",
            "Your timetable in your own time zone, offline.")),
    }
    for page, (manifest_file, text) in pages.items():
        with open(os.path.join(staging, manifest_file), "w") as f:
            f.write(text)
        path = os.path.join(staging, page)
        with open(path, encoding="utf-8") as f:
            html = f.read()
        if page == "timetable.html":
            html = with_opening_text(html)
        with open(path, "w", encoding="utf-8") as f:
            f.write(lock_down(html, manifest_file, policy=not development))
    with open(os.path.join(staging, "sw-register.js"), "w") as f:
        f.write("// A development build (make serve): no service worker.\n" if development else REGISTER)
    uncommented_catalogues(staging)
    timetable_catalogues(staging)
    if development:
        return
    files = sorted(n for n in os.listdir(staging)
                   if os.path.isfile(os.path.join(staging, n)) and not n.endswith(".gz") and n != "sw.js")
    # Every language's catalogue for both pages (a few kB each), so that a language chosen
    # offline speaks.
    files += catalogue_files(staging)
    # And the modules the pages' scripts import (snippets/**: Mozilla's Fluent), without which
    # no page opens offline.
    files += snippet_files(staging)
    digest = hashlib.sha256()
    for n in files:
        digest.update(n.encode() + b"\0")
        with open(os.path.join(staging, n), "rb") as f:
            digest.update(f.read())
    with open(os.path.join(staging, "sw.js"), "w") as f:
        f.write(SW % {"release": json.dumps(digest.hexdigest()[:16]), "files": json.dumps(files)})
    for n in files + ["sw.js"]:
        if n.endswith((".html", ".js", ".css", ".wasm", ".webmanifest", ".ftl")):
            with open(os.path.join(staging, n), "rb") as f, gzip.open(os.path.join(staging, n + ".gz"), "wb", 9) as g:
                g.write(f.read())


if __name__ == "__main__":
    main()

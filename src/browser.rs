//! Everything that touches the browser, behind small functions. Nothing here decides anything;
//! callers get plain values (or `None` when the browser does not say). Timers, event listeners,
//! file reading and downloads go through gloo's crates (`gloo-timers`, `gloo-events`,
//! `gloo-file`, `gloo-utils`); storage is `web-sys`'s `Storage` directly, because `gloo-storage`
//! throws where the browser refuses storage (private mode) and stores every value as JSON.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use meridian_engine::{CivilDate, Instant, Zone};

/// The viewer's zone as the browser reports it (`Intl.DateTimeFormat().resolvedOptions()`).
pub fn detected_zone() -> Option<Zone> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let tz = js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()?
        .as_string()?;
    Zone::find(&tz)
}

/// Now, from the browser's clock.
pub fn now() -> Option<Instant> {
    Instant::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
}

/// Today's date in `zone`.
pub fn today(zone: Zone) -> Option<CivilDate> {
    now().map(|i| zone.local(i).datetime.date())
}

/// A query parameter of the page's URL (`?week=2026-10-19`), if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = gloo_utils::window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// The page's fragment without `#` (where share links carry the schedule), if any; without
/// one, the whole address when it holds an encoded `#` (`%23`, as some mail and chat apps
/// send a link), for the engine's `link::decode` to find the link in.
pub fn fragment() -> Option<String> {
    let location = gloo_utils::window().location();
    let hash = location.hash().ok()?;
    let hash = hash.strip_prefix('#').unwrap_or(&hash);
    if !hash.is_empty() {
        return Some(hash.to_string());
    }
    let href = location.href().ok()?;
    href.to_ascii_lowercase().contains("%23").then_some(href)
}

/// Drops the fragment from the address bar without reloading (after a shared copy was saved).
pub fn clear_fragment() {
    let url = page_address();
    if let Ok(history) = gloo_utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's address without its fragment: what share links are built on.
pub fn page_address() -> String {
    gloo_utils::window()
        .location()
        .href()
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Why the browser's storage could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageProblem {
    /// No storage (private mode, disabled by the user or the browser).
    Unavailable,
    /// The storage is full (or refused the write).
    Full,
}

fn storage() -> Result<web_sys::Storage, StorageProblem> {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageProblem::Unavailable)
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageProblem> {
    storage()?
        .get_item(key)
        .map_err(|_| StorageProblem::Unavailable)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageProblem> {
    storage()?
        .set_item(key, value)
        .map_err(|_| StorageProblem::Full)
}

/// Puts text on the clipboard; `done` hears whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = gloo_utils::window()
        .navigator()
        .clipboard()
        .write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Whether the browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    js_sys::Reflect::has(&gloo_utils::window().navigator(), &"share".into()).unwrap_or(false)
}

/// Opens the system share sheet with a title and a link.
pub fn share(title: &str, url: &str) {
    let navigator = gloo_utils::window().navigator();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let share = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    if let Some(f) = share {
        if let Ok(p) = f.call1(&navigator, &data) {
            if let Ok(p) = wasm_bindgen::JsCast::dyn_into::<js_sys::Promise>(p) {
                // A cancelled share rejects; nothing to do then.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                });
            }
        }
    }
}

/// Calls `on_change` with the new fragment whenever the page's fragment changes (a link pasted
/// into the address bar of an open Meridian). Dropping the listener stops listening.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
        if let Some(f) = fragment() {
            on_change(f);
        }
    })
}

/// Calls `on_change` whenever another tab of this browser changes what storage holds under
/// `key` (the `storage` event, which the tab that wrote does not get). Dropping the listener
/// stops listening.
pub fn on_storage_change(key: String, on_change: impl Fn() + 'static) -> EventListener {
    use wasm_bindgen::JsCast;
    EventListener::new(&gloo_utils::window(), "storage", move |e| {
        let changed = e
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(|e| e.key())
            .is_some_and(|k| k == key);
        if changed {
            on_change();
        }
    })
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some()
}

/// The window's width in CSS pixels, without its scroll bar (`None` when there is no page).
pub fn window_width() -> Option<f64> {
    let root = gloo_utils::document().document_element()?;
    Some(f64::from(root.client_width()))
}

/// Whether the viewer's locale reads a 12-hour clock (`Intl.DateTimeFormat` with an hour:
/// `h11`/`h12` hour cycles).
pub fn uses_12_hour_clock() -> bool {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"hour".into(), &"numeric".into());
    let resolved =
        js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options).resolved_options();
    js_sys::Reflect::get(&resolved, &"hourCycle".into())
        .ok()
        .and_then(|v| v.as_string())
        .is_some_and(|c| c == "h11" || c == "h12")
}

/// Reads a file the user picked as text; `done` gets `None` when it cannot be read.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    let blob = gloo_file::Blob::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        done(gloo_file::futures::read_as_text(&blob).await.ok());
    });
}

/// Reads a file the user picked as bytes and calls `done` with them (`None` when the browser
/// could not read it): the engine decides how they are text (UTF-8, a byte order mark, UTF-16).
pub fn read_file_bytes(file: web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let blob = gloo_file::Blob::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        done(gloo_file::futures::read_as_bytes(&blob).await.ok());
    });
}

/// Fetches a file served beside the app (`data/holidays/ES.txt`, relative to the page) and calls
/// `done` with its bytes, or `None` when it could not be had (offline, not found, refused).
pub fn fetch_bytes(path: &str, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    use wasm_bindgen::JsCast;
    let promise = gloo_utils::window().fetch_with_str(path);
    wasm_bindgen_futures::spawn_local(async move {
        let response = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok);
        let Some(buffer) = response.and_then(|r| r.array_buffer().ok()) else {
            return done(None);
        };
        let bytes = wasm_bindgen_futures::JsFuture::from(buffer)
            .await
            .ok()
            .map(|b| js_sys::Uint8Array::new(&b).to_vec());
        done(bytes);
    });
}

/// Milliseconds of work in one slice of [`in_slices`]: short enough that input and drawing
/// between slices feel immediate (a frame is 16 ms), long enough that yielding costs little.
pub const SLICE_MS: f64 = 12.0;

/// Milliseconds since the page opened (`performance.now()`, monotonic: for measuring slices,
/// not for dates; `Date.now()` where the browser lacks it).
pub fn clock_ms() -> f64 {
    gloo_utils::window()
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// Milliseconds that work may take at once, in answer to a click or an edit, before it goes
/// on in slices ([`in_slices`]): small schedules get their answer in the same frame.
pub const AT_ONCE_MS: f64 = 40.0;

/// Calls `step` until it says it is done or `ms` milliseconds have passed; says whether it is
/// done.
pub fn for_a_while(ms: f64, mut step: impl FnMut() -> bool) -> bool {
    let started = clock_ms();
    loop {
        if step() {
            return true;
        }
        if clock_ms() - started >= ms {
            return false;
        }
    }
}

/// Long work a slice at a time: each slice calls `step` until it says it is done or
/// [`SLICE_MS`] have passed, then tells `after_slice` whether the work is done and hands the
/// thread back to the browser (a zero timeout) before the next slice, so that the tab keeps
/// answering clicks and keys while the work goes on. Dropping the returned [`Slices`] stops
/// the work before its next step.
pub fn in_slices(
    mut step: impl FnMut() -> bool + 'static,
    mut after_slice: impl FnMut(bool) + 'static,
) -> Slices {
    let stopped = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = stopped.clone();
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            // Let the browser draw and handle input first (the work was just asked for).
            gloo_timers::future::TimeoutFuture::new(0).await;
            if flag.get() {
                return;
            }
            let done = for_a_while(SLICE_MS, &mut step);
            after_slice(done);
            if done {
                return;
            }
        }
    });
    Slices(stopped)
}

/// Work going on in slices ([`in_slices`]); dropping it stops the work.
pub struct Slices(std::rc::Rc<std::cell::Cell<bool>>);

impl Drop for Slices {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

/// Runs `f` once after `ms` milliseconds, unless the returned timer is dropped first.
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Timeout {
    Timeout::new(ms, f)
}

/// What keeps a page's "now" moving: a tick at each whole minute of the browser's clock, and
/// one whenever the page is shown again (`visibilitychange` back to visible, `pageshow` from
/// the back-forward cache or a phone resuming the app). Dropping it stops both.
pub struct ClockWatch {
    _first: Timeout,
    _every: std::rc::Rc<std::cell::RefCell<Option<gloo_timers::callback::Interval>>>,
    _shown: EventListener,
    _back: EventListener,
}

/// Calls `on_tick` with the browser's clock about once a minute (at each whole minute) and when
/// the page becomes visible again, until the returned watch is dropped.
pub fn on_clock(on_tick: impl Fn(Instant) + 'static) -> ClockWatch {
    let on_tick = std::rc::Rc::new(on_tick);
    let tick = {
        let on_tick = on_tick.clone();
        move || {
            if let Some(now) = now() {
                on_tick(now)
            }
        }
    };
    let every = std::rc::Rc::new(std::cell::RefCell::new(None));
    let to_next_minute = 60_000 - (js_sys::Date::now() as u64 % 60_000) as u32;
    let first = {
        let (every, tick) = (every.clone(), tick.clone());
        Timeout::new(to_next_minute, move || {
            tick();
            let interval = gloo_timers::callback::Interval::new(60_000, tick);
            *every.borrow_mut() = Some(interval);
        })
    };
    let shown = {
        let tick = tick.clone();
        EventListener::new(&gloo_utils::document(), "visibilitychange", move |_| {
            let state = js_sys::Reflect::get(&gloo_utils::document(), &"visibilityState".into());
            if state.ok().and_then(|s| s.as_string()).as_deref() != Some("hidden") {
                tick()
            }
        })
    };
    let back = EventListener::new(&gloo_utils::window(), "pageshow", move |_| tick());
    ClockWatch {
        _first: first,
        _every: every,
        _shown: shown,
        _back: back,
    }
}

/// Calls `on_undo` for Ctrl+Z or ⌘Z (with `false`) and Ctrl+Shift+Z, ⌘⇧Z or Ctrl+Y (with
/// `true`: redo) pressed anywhere on the page except in a text field, until the listener is
/// dropped.
pub fn on_undo_key(on_undo: impl Fn(bool) + 'static) -> EventListener {
    use wasm_bindgen::JsCast;
    EventListener::new(&gloo_utils::window(), "keydown", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let typing = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some();
        if typing || !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        match (e.key().to_lowercase().as_str(), e.shift_key()) {
            ("z", false) => on_undo(false),
            ("z", true) | ("y", false) => on_undo(true),
            _ => return,
        }
        e.prevent_default();
    })
}

/// Calls `on_press` with the element pressed (mouse, pen or finger) anywhere on the page, until
/// the listener is dropped.
pub fn on_press(on_press: impl Fn(web_sys::Element) + 'static) -> EventListener {
    EventListener::new(&gloo_utils::document(), "pointerdown", move |e| {
        if let Some(t) = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        {
            on_press(t)
        }
    })
}

/// Removes what is stored under `key` (nothing when storage is unavailable).
pub fn erase(key: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Runs `f` and records how long it took as a `performance.measure` entry named `name`, which
/// the browser's performance tools show and `make bench` reads. Costs two clock reads.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let performance = js_sys::Reflect::get(&gloo_utils::window(), &"performance".into())
        .ok()
        .filter(|p| p.is_object());
    let now = |p: &wasm_bindgen::JsValue| {
        js_sys::Reflect::get(p, &"now".into())
            .ok()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
            .and_then(|f| f.call0(p).ok())
    };
    let start = performance.as_ref().and_then(now);
    let out = f();
    if let (Some(p), Some(start)) = (&performance, start) {
        let end = now(p);
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"start".into(), &start);
        if let Some(end) = end {
            let _ = js_sys::Reflect::set(&options, &"end".into(), &end);
        }
        if let Some(measure) = js_sys::Reflect::get(p, &"measure".into())
            .ok()
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
        {
            let _ = measure.call2(p, &name.into(), &options);
        }
    }
    out
}

/// Every key in the browser's storage (none when storage is unavailable).
pub fn keys() -> Vec<String> {
    let Ok(s) = storage() else {
        return Vec::new();
    };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
}

/// Leaves this page for `url`, without keeping this page in the tab's history (a link opened
/// on the wrong page is forwarded to the right one).
pub fn go_to(url: &str) {
    let _ = gloo_utils::window().location().replace(url);
}

/// Gives the keyboard focus to the element with id `id`, if there is one (a new lecturer's
/// name field, or the field a refused save points at).
pub fn focus_element(id: &str) {
    if let Some(e) = gloo_utils::document()
        .get_element_by_id(id)
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = e.focus();
    }
}

/// Where the keyboard focus goes back to when a dialog closes: the element that had it when
/// the dialog opened, then that element's homes (ancestors marked `data-focus-home`, such as
/// the grid's day and the grid), nearest first, for when the opener is gone (a deleted
/// session's block).
pub struct FocusReturn {
    opener: Option<web_sys::HtmlElement>,
    homes: Vec<web_sys::HtmlElement>,
}

thread_local! {
    /// The focus return of a dialog that has just closed, until it is carried out (or handed
    /// to a dialog opened in its place).
    static CLOSED: std::cell::RefCell<Option<FocusReturn>> = const { std::cell::RefCell::new(None) };
}

/// Whether the focus is nowhere in particular (on the page's body, or on nothing).
fn focus_lost() -> bool {
    let document = gloo_utils::document();
    match document.active_element() {
        None => true,
        Some(e) => document.body().is_some_and(|b| b.is_same_node(Some(&e))) || !e.is_connected(),
    }
}

/// Remembers where the focus is now, for a dialog about to take it. A dialog opened in place
/// of one that just closed (a comparison opened from *Compare with…*) returns the focus where
/// that one would have.
pub fn focus_return() -> FocusReturn {
    if focus_lost() {
        if let Some(pending) = CLOSED.with(|c| c.borrow_mut().take()) {
            return pending;
        }
    }
    let opener = gloo_utils::document()
        .active_element()
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    let mut homes = Vec::new();
    let mut at = opener.as_ref().and_then(|e| e.parent_element());
    while let Some(e) = at {
        if e.has_attribute("data-focus-home") {
            if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e.clone()) {
                homes.push(h);
            }
        }
        at = e.parent_element();
    }
    FocusReturn { opener, homes }
}

impl FocusReturn {
    /// Gives the focus back once the page has redrawn, unless something else has taken it by
    /// then: to the opener if it is still on the page (for an item of a closed menu, the
    /// menu's button), else to its nearest home still on the page.
    pub fn give_back(self) {
        CLOSED.with(|c| *c.borrow_mut() = Some(self));
        Timeout::new(0, || {
            let Some(back) = CLOSED.with(|c| c.borrow_mut().take()) else {
                return;
            };
            if !focus_lost() {
                return;
            }
            let in_closed_menu = |e: &web_sys::HtmlElement| {
                e.closest("details:not([open])")
                    .ok()
                    .flatten()
                    .and_then(|d| d.query_selector("summary").ok().flatten())
                    .and_then(|s| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok())
            };
            let candidates = back
                .opener
                .iter()
                .filter(|e| e.is_connected())
                .flat_map(|e| [in_closed_menu(e).unwrap_or_else(|| e.clone())])
                .chain(back.homes.into_iter().filter(|h| h.is_connected()));
            for e in candidates {
                let _ = e.focus();
                if !focus_lost()
                    && gloo_utils::document()
                        .active_element()
                        .is_some_and(|a| a.is_same_node(Some(&e)))
                {
                    return;
                }
            }
        })
        .forget();
    }
}

/// Takes the element with `id` out of the page (the plain text shown while the app loads).
pub fn remove_element(id: &str) {
    if let Some(e) = gloo_utils::document().get_element_by_id(id) {
        e.remove();
    }
}

/// Whether a newer release of Meridian is installed and waiting for this page to let it take
/// over: the registering script (`sw-register.js`, written by scripts/postbuild.py) marks the
/// page with `data-release-ready` and sends `meridian-release-ready` when it is.
pub fn release_waiting() -> bool {
    gloo_utils::document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-release-ready"))
}

/// Calls `on_ready` when a newer release becomes ready (see [`release_waiting`]).
pub fn on_release_ready(on_ready: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo_utils::window(), "meridian-release-ready", move |_| {
        on_ready()
    })
}

/// Asks the registering script to let the waiting release take over; the page then reloads on
/// the new release's files.
pub fn take_over_release() {
    if let Ok(event) = web_sys::Event::new("meridian-take-over") {
        let _ = gloo_utils::window().dispatch_event(&event);
    }
}

/// The page's query with its `?` (`?tz=Asia/Tokyo`), or nothing.
pub fn query() -> String {
    gloo_utils::window().location().search().unwrap_or_default()
}

/// Calls `navigator.storage.<method>()` (`persist` or `persisted`) and tells `done` the
/// answer; `None` when the browser has no such API or refused to say.
fn storage_manager(method: &str, done: impl FnOnce(Option<bool>) + 'static) {
    let call = || -> Option<js_sys::Promise> {
        let navigator = gloo_utils::window().navigator();
        let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
        let f: js_sys::Function =
            wasm_bindgen::JsCast::dyn_into(js_sys::Reflect::get(&storage, &method.into()).ok()?)
                .ok()?;
        wasm_bindgen::JsCast::dyn_into(f.call0(&storage).ok()?).ok()
    };
    match call() {
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
            done(answer.ok().and_then(|v| v.as_bool()));
        }),
        None => done(None),
    }
}

/// Asks the browser to keep this site's storage: not to evict it under storage pressure, and
/// (Safari) not to delete it after seven days without a visit. `done` hears whether it is
/// protected now (`None`: the browser has no way to ask).
pub fn ask_persistent_storage(done: impl FnOnce(Option<bool>) + 'static) {
    storage_manager("persist", done)
}

/// Whether this site's storage is protected from eviction (`None`: the browser does not say).
pub fn storage_persisted(done: impl FnOnce(Option<bool>) + 'static) {
    storage_manager("persisted", done)
}

/// The reader's preferred languages, best first (`navigator.languages`, else `language`).
pub fn preferred_languages() -> Vec<String> {
    let navigator = gloo_utils::window().navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets the page's language (`<html lang>`), which screen readers, hyphenation and fonts follow.
pub fn set_page_language(code: &str) {
    if let Some(root) = gloo_utils::document().document_element() {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the page's title (the browser's tab and history), in the reader's language.
pub fn set_page_title(text: &str) {
    gloo_utils::document().set_title(text);
}

/// Weekdays, dates and clock times as the browser's `Intl.DateTimeFormat` says them in one
/// language (dates are formatted at noon UTC in UTC, so no zone moves them), and decimal
/// numbers as its `Intl.NumberFormat` writes them.
pub struct IntlDates {
    locales: js_sys::Array,
    weekday: js_sys::Intl::DateTimeFormat,
    day_month: js_sys::Intl::DateTimeFormat,
    short_date: js_sys::Intl::DateTimeFormat,
    long_date: js_sys::Intl::DateTimeFormat,
    clock: js_sys::Intl::DateTimeFormat,
}

impl IntlDates {
    /// `language`'s (a BCP 47 tag), on a 12- or 24-hour clock.
    pub fn new(language: &str, twelve_hour: bool) -> IntlDates {
        let locales = js_sys::Array::of1(&language.into());
        let format = |fields: &[(&str, &str)]| {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
            for (k, v) in fields {
                let _ = js_sys::Reflect::set(&options, &(*k).into(), &(*v).into());
            }
            js_sys::Intl::DateTimeFormat::new(&locales, &options)
        };
        IntlDates {
            locales: locales.clone(),
            weekday: format(&[("weekday", "short")]),
            day_month: format(&[("day", "numeric"), ("month", "short")]),
            short_date: format(&[("weekday", "short"), ("day", "numeric"), ("month", "short")]),
            long_date: format(&[
                ("weekday", "short"),
                ("day", "numeric"),
                ("month", "short"),
                ("year", "numeric"),
            ]),
            clock: if twelve_hour {
                format(&[
                    ("hour", "numeric"),
                    ("minute", "2-digit"),
                    ("hourCycle", "h12"),
                ])
            } else {
                format(&[
                    ("hour", "2-digit"),
                    ("minute", "2-digit"),
                    ("hourCycle", "h23"),
                ])
            },
        }
    }

    fn say(format: &js_sys::Intl::DateTimeFormat, ms: f64) -> String {
        let date = js_sys::Date::new(&ms.into());
        format
            .format()
            .call1(&wasm_bindgen::JsValue::NULL, &date)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    fn noon(date: CivilDate) -> f64 {
        js_sys::Date::utc(f64::from(date.year()), f64::from(date.month()) - 1.0)
            + (f64::from(date.day()) - 1.0) * 86_400_000.0
            + 43_200_000.0
    }
}

impl meridian_words::Dates for IntlDates {
    fn weekday(&self, day: meridian_engine::Weekday) -> String {
        // 5 Jan 1970 was a Monday.
        let ms = (4.0 + day.index() as f64) * 86_400_000.0 + 43_200_000.0;
        Self::say(&self.weekday, ms)
    }

    fn day_month(&self, date: CivilDate) -> String {
        Self::say(&self.day_month, Self::noon(date))
    }

    /// Within one month, the month said once where the language's own date puts it: after the
    /// days when the day comes first ("19.–25. Okt.", "19–25 paź"), after the first date when
    /// the month does ("10月19日–25日"). Found from the parts of the language's day-and-month
    /// (`formatToParts`), so both ends read as [`Self::day_month`] does; Intl's `formatRange`
    /// is not used because Chromium's Chinese ranges turn numeric ("10/19 – 10/25").
    fn day_month_span(&self, first: CivilDate, last: CivilDate) -> String {
        let full = |d: CivilDate| self.day_month(d);
        let both = || format!("{} – {}", full(first), full(last));
        if (first.year(), first.month()) != (last.year(), last.month()) {
            return both();
        }
        let parts = |d: CivilDate| -> Vec<(String, String)> {
            let date = js_sys::Date::new(&Self::noon(d).into());
            self.day_month
                .format_to_parts(&date)
                .iter()
                .filter_map(|p| {
                    let get = |k: &str| js_sys::Reflect::get(&p, &k.into()).ok()?.as_string();
                    Some((get("type")?, get("value")?))
                })
                .collect()
        };
        let (a, b) = (parts(first), parts(last));
        let find = |p: &[(String, String)], kind: &str| p.iter().position(|(t, _)| t == kind);
        let text = |p: &[(String, String)]| p.iter().map(|(_, v)| v.as_str()).collect::<String>();
        match (find(&a, "day"), find(&a, "month"), find(&b, "day")) {
            (Some(day), Some(month), Some(_)) if day < month => {
                format!("{}–{}", text(&a[..month]).trim_end(), full(last))
            }
            (Some(_), Some(_), Some(day)) => format!("{}–{}", full(first), text(&b[day..])),
            _ => both(),
        }
    }

    fn decimal(&self, value: f64, decimals: usize) -> String {
        let options = js_sys::Object::new();
        for key in ["minimumFractionDigits", "maximumFractionDigits"] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &(decimals as f64).into());
        }
        let _ = js_sys::Reflect::set(&options, &"useGrouping".into(), &false.into());
        js_sys::Intl::NumberFormat::new(&self.locales, &options)
            .format()
            .call1(&wasm_bindgen::JsValue::NULL, &value.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| format!("{value:.decimals$}"))
    }

    fn short_date(&self, date: CivilDate) -> String {
        Self::say(&self.short_date, Self::noon(date))
    }

    fn long_date(&self, date: CivilDate) -> String {
        Self::say(&self.long_date, Self::noon(date))
    }

    fn clock(&self, time: meridian_engine::CivilTime) -> String {
        Self::say(&self.clock, f64::from(time.minutes_of_day()) * 60_000.0)
    }
}

/// Mozilla's Project Fluent (`@fluent/bundle`, Firefox's), vendored as one module by
/// scripts/vendor-fluent.py; wasm-bindgen puts it beside the page's script (`snippets/`).
mod mozilla {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/vendor/fluent-bundle.js")]
    extern "C" {
        pub type FluentBundle;
        #[wasm_bindgen(constructor)]
        pub fn new(locales: &str, options: &js_sys::Object) -> FluentBundle;
        #[wasm_bindgen(method, js_name = addResource)]
        pub fn add_resource(this: &FluentBundle, resource: &FluentResource) -> js_sys::Array;
        #[wasm_bindgen(method, js_name = hasMessage)]
        pub fn has_message(this: &FluentBundle, id: &str) -> bool;
        #[wasm_bindgen(method, js_name = getMessage)]
        pub fn get_message(this: &FluentBundle, id: &str) -> JsValue;
        #[wasm_bindgen(method, js_name = formatPattern)]
        pub fn format_pattern(
            this: &FluentBundle,
            pattern: &JsValue,
            args: &js_sys::Object,
            errors: &js_sys::Array,
        ) -> String;

        pub type FluentResource;
        #[wasm_bindgen(constructor)]
        pub fn new(source: &str) -> FluentResource;
        #[wasm_bindgen(method, getter)]
        pub fn body(this: &FluentResource) -> js_sys::Array;

        pub type FluentNumber;
        #[wasm_bindgen(constructor)]
        pub fn new(value: f64, options: &js_sys::Object) -> FluentNumber;
    }
}

/// One language's catalogue formatted by Mozilla's Fluent in the browser: what the pages speak
/// through (no Fluent implementation is in their wasm). As Rust's in the CLI: no isolation
/// marks, numbers as plain digits (`useGrouping: false`; Mozilla's would say `2,026`), plural
/// rules from the browser's `Intl.PluralRules`, English's for the pseudo-locale with its text
/// transformed.
pub struct MozillaFluent(mozilla::FluentBundle);

impl MozillaFluent {
    /// `language`'s messages from `ftl`. Mozilla's parser skips what it cannot read message by
    /// message; text with no message in it at all is an error.
    pub fn new(
        language: meridian_words::Language,
        ftl: &str,
    ) -> Result<MozillaFluent, meridian_words::Error> {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"useIsolating".into(), &false.into());
        let locale = if language == meridian_words::PSEUDO {
            let transform =
                wasm_bindgen::closure::Closure::<dyn Fn(String) -> String>::new(|text: String| {
                    meridian_words::pseudo_text(&text).into_owned()
                });
            let _ = js_sys::Reflect::set(&options, &"transform".into(), &transform.into_js_value());
            meridian_words::ENGLISH.code
        } else {
            language.code
        };
        let bundle = mozilla::FluentBundle::new(locale, &options);
        let resource = mozilla::FluentResource::new(ftl);
        if resource.body().length() == 0 && !ftl.trim().is_empty() {
            return Err(meridian_words::Error::Syntax {
                language: language.code,
                problems: vec!["no message could be read".to_string()],
            });
        }
        bundle.add_resource(&resource);
        Ok(MozillaFluent(bundle))
    }
}

impl meridian_words::Bundle for MozillaFluent {
    fn has(&self, id: &str) -> bool {
        self.0.has_message(id)
    }

    fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: &meridian_words::Args,
    ) -> Option<String> {
        let message = self.0.get_message(id);
        if message.is_undefined() {
            return None;
        }
        let pattern = match attribute {
            None => js_sys::Reflect::get(&message, &"value".into()).ok()?,
            Some(a) => {
                let attributes = js_sys::Reflect::get(&message, &"attributes".into()).ok()?;
                js_sys::Reflect::get(&attributes, &a.into()).ok()?
            }
        };
        if pattern.is_undefined() || pattern.is_null() {
            return None;
        }
        let values = js_sys::Object::new();
        let plain = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&plain, &"useGrouping".into(), &false.into());
        for (name, value) in args.iter() {
            let value: wasm_bindgen::JsValue = match value {
                meridian_words::Value::Text(t) => t.as_ref().into(),
                meridian_words::Value::Number(n) => mozilla::FluentNumber::new(*n, &plain).into(),
            };
            let _ = js_sys::Reflect::set(&values, &name.into(), &value);
        }
        Some(
            self.0
                .format_pattern(&pattern, &values, &js_sys::Array::new()),
        )
    }
}

//! Everything that touches the browser, behind small functions. Nothing here decides anything;
//! callers get plain values (or `None` when the browser does not say).

use meridian_engine::{CivilDate, Instant, Zone};

/// The viewer's zone as the browser reports it (`Intl.DateTimeFormat().resolvedOptions()`).
pub fn detected_zone() -> Option<Zone> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let tz = js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()?
        .as_string()?;
    Zone::parse(&tz).ok()
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
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// The page's fragment without `#` (where share links carry the schedule), if any; without
/// one, the whole address when it holds an encoded `#` (`%23`, as some mail and chat apps
/// send a link), for the engine's `link::decode` to find the link in.
pub fn fragment() -> Option<String> {
    let location = web_sys::window()?.location();
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
    if let Some(w) = web_sys::window() {
        let url = page_address();
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The page's address without its fragment: what share links are built on.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
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
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
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
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Whether the browser has a system share sheet (`navigator.share`).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet with a title and a link.
pub fn share(title: &str, url: &str) {
    let Some(w) = web_sys::window() else { return };
    let navigator = w.navigator();
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
/// into the address bar of an open Meridian). Returns a guard; dropping it stops listening.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> Option<FragmentListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if let Some(f) = fragment() {
            on_change(f);
        }
    });
    window
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(FragmentListener { closure })
}

/// Listens for fragment changes until dropped.
pub struct FragmentListener {
    closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for FragmentListener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let done = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    done
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
    let promise = file.text();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string());
        done(text);
    });
}

/// Reads a file the user picked as bytes and calls `done` with them (`None` when the browser
/// could not read it): the engine decides how they are text (UTF-8, a byte order mark, UTF-16).
pub fn read_file_bytes(file: web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let promise = file.array_buffer();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        done(bytes);
    });
}

/// Runs `f` once after `ms` milliseconds, unless the returned guard is dropped first.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<Timer> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let closure = wasm_bindgen::closure::Closure::once(f);
    let id = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
        .ok()?;
    Some(Timer {
        id,
        _closure: closure,
    })
}

/// A pending [`after`]; dropping it cancels the call.
pub struct Timer {
    id: i32,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}

/// Calls `on_key` for every key pressed anywhere on the page, until the guard is dropped.
pub fn on_key(on_key: impl Fn(web_sys::KeyboardEvent) + 'static) -> Option<KeyListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(on_key);
    window
        .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(KeyListener { closure })
}

/// Listens for keys until dropped.
pub struct KeyListener {
    closure: wasm_bindgen::closure::Closure<dyn Fn(web_sys::KeyboardEvent)>,
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
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
    let performance = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"performance".into()).ok())
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

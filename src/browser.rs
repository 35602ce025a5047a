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

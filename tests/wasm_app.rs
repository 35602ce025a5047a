//! Mounts the real app in headless Chromium (wasm-bindgen-test) and reads what it shows.
#![cfg(target_arch = "wasm32")]

use meridian_app::App;
use std::time::Duration;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn mounted() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    gloo_timers::future::sleep(Duration::from_millis(100)).await;
    root
}

#[wasm_bindgen_test]
async fn the_app_opens_on_the_enhance_demo_with_its_sessions_and_rulers() {
    let root = mounted().await;
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("Sustainable Energy Systems — autumn 2026"),
        "{text}"
    );
    assert!(text.contains("ENHANCE"));
    assert!(
        text.contains("IANA tzdb 2025b"),
        "the footer names the tzdb"
    );
    // One ruler per campus plus the viewer's.
    let rulers = root.query_selector_all(".ruler").unwrap().length();
    assert_eq!(rulers, 8);
    // Whatever week it opens on (today's, or the term's first), the weekly joint lecture is there.
    let blocks = root.query_selector_all(".block").unwrap().length();
    assert!(blocks >= 3, "{blocks} blocks");
    assert!(text.contains("Energy systems: joint lecture"));
}

/// The pages' Fluent (Mozilla's, in the browser) says Polish plurals, a date in a message and
/// the pseudo-locale as the CLI's (Rust's fluent-bundle) does, numbers as plain digits.
#[wasm_bindgen_test]
fn mozillas_fluent_in_the_page_says_what_rusts_says() {
    use meridian_app::browser::MozillaFluent;
    use meridian_words::{Args, Bundle, Catalogue};
    const PL: &str = include_str!("../locales/pl.ftl");
    const EN: &str = include_str!("../locales/en.ftl");
    let page = |code: &str, ftl: &'static str| {
        Catalogue::read(code, |l| {
            Ok(Box::new(MozillaFluent::new(l, ftl)?) as Box<dyn Bundle>)
        })
        .unwrap()
    };
    let (js, rust) = (page("pl", PL), Catalogue::parse("pl", PL).unwrap());
    let errors =
        |c: &Catalogue, n: i64| c.text_with("suggestion-errors", &Args::new().set("count", n));
    assert_eq!(
        [1, 2, 5, 22, 2026].map(|n| errors(&js, n)),
        ["1 błąd", "2 błędy", "5 błędów", "22 błędy", "2026 błędów"]
    );
    for n in [0, 1, 2, 5, 12, 22, 25, 102, 2026] {
        assert_eq!(errors(&js, n), errors(&rust, n));
    }
    let holiday = |c: &Catalogue| {
        c.text_with(
            "conflict-public-holiday",
            &Args::new()
                .set("session", "Wykład")
                .set("date", "pon. 26 paź")
                .set("holiday", "Wszystkich Świętych")
                .set("campus", "Gdańsk Tech")
                .set("city", "Gdańsk"),
        )
    };
    assert!(holiday(&js).contains("(pon. 26 paź)"), "{}", holiday(&js));
    assert_eq!(holiday(&js), holiday(&rust));
    // A message the catalogue lacks: English's, compiled into this test build, behind both.
    assert_eq!(js.text("no-such-message"), "no-such-message");
    let (js, rust) = (page("en-XA", EN), Catalogue::parse("en-XA", EN).unwrap());
    let length = |c: &Catalogue| {
        c.text_with(
            "length-hours-minutes",
            &Args::new().set("hours", 1500).set("minutes", 30),
        )
    };
    // In English Intl would group the thousands ("1,500").
    assert!(
        length(&js).starts_with("1500") && length(&js).contains('⟦'),
        "{}",
        length(&js)
    );
    assert_eq!(length(&js), length(&rust));
}

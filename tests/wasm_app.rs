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

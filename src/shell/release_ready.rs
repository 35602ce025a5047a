//! The bar that says a newer release of Meridian is ready, on both pages. The service worker's
//! registering script (`sw-register.js`) finds the waiting release and tells the page; this
//! component words it in the reader's language and its button lets the release take over
//! (which reloads the page), so a page never mixes two releases' files.

use crate::browser;
use crate::language::use_words;
use yew::prelude::*;

/// "A newer version of Meridian is ready. [Reload to use it]", once a release waits.
#[function_component(ReleaseReady)]
pub fn release_ready() -> Html {
    let words = use_words();
    let ready = use_state(browser::release_waiting);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_release_ready(move || ready.set(true));
            move || drop(listener)
        });
    }
    if !*ready {
        return html! {};
    }
    html! {
        <div id="release-ready" class="release-ready" role="status">
            <span>{ words.t("banner-release-ready") }</span>
            <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| browser::take_over_release())}>
                { words.t("banner-release-reload") }
            </button>
        </div>
    }
}

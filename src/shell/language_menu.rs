//! The language menu in the header of both pages: the ten languages, each by its own name and
//! marked with its own `lang`, and the choice remembered in this browser (see
//! [`crate::language`]).

use crate::language::{use_language, w};
use meridian_words::{Language, LANGUAGES};
use yew::prelude::*;

/// The language menu.
#[function_component(LanguageMenu)]
pub fn language_menu() -> Html {
    let speaking = use_language();
    let words = &speaking.words;
    let current = words.language();
    let menu = use_node_ref();
    let choose = |language: Language| {
        let (choose, menu) = (speaking.choose.clone(), menu.clone());
        Callback::from(move |_: MouseEvent| {
            super::menu::close(&menu);
            choose.emit(language);
        })
    };
    super::menu::use_close_on_press_outside(menu.clone());
    html! {
        <details class="menu language-menu" ref={menu.clone()} ontoggle={super::menu::keep_in_window()}
            onkeydown={super::menu::close_on_escape(menu.clone())} onfocusout={super::menu::close_on_leaving(menu.clone())}>
            <summary class="button" title={w!(words, "language-menu-title")}>
                <span class="visually-hidden">{ w!(words, "language-menu-label") }</span>
                <span lang={current.code}>{ current.name }</span>
            </summary>
            <div class="menu-items" role="group" aria-label={w!(words, "language-menu-label")}>
                { for LANGUAGES.iter().map(|l| html! {
                    <button type="button" class="button" lang={l.code}
                        aria-pressed={(*l == current).to_string()} onclick={choose(*l)}>{ l.name }</button>
                }) }
            </div>
        </details>
    }
}

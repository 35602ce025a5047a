//! The language the app speaks: chosen, fetched, remembered, and given to every component.
//!
//! The choice, in order: `?lang=` in the address (also how the e2e suite asks for the
//! pseudo-locale `en-XA`), the language chosen in the header before (kept in this browser), the
//! browser's preferred languages, then a link's hint (the language a students' link was made in)
//! when the browser prefers none Meridian speaks, then English. No catalogue is compiled in: the
//! chosen language's (`<folder>/<code>.ftl` beside the page: the planner's `locales/`, the
//! timetable page's `locales/timetable/`, cut to its own messages; English's for the
//! pseudo-locale) is fetched once and read by Mozilla's Fluent in the browser
//! ([`browser::MozillaFluent`]; none is in the wasm), and nothing is drawn until it is here (from the service
//! worker's cache after one visit). `<html lang>` follows the choice. When the chosen language's
//! catalogue cannot be had, English's is tried; when neither can (the network gone between the
//! page and its catalogue), messages show as their ids, with the language's own dates.
//!
//! Components read the words with [`use_words`] and say a message with [`meridian_words::w!`].

use crate::browser;
use meridian_words::{Bundle, Catalogue, Dates, EnglishDates, Language, Words, ENGLISH, PSEUDO};
use std::rc::Rc;
use yew::prelude::*;

pub use meridian_words::w;

/// Where this browser keeps the language chosen in the header.
pub const LANGUAGE_KEY: &str = "meridian.language.v1";

thread_local! {
    // Outside a provider (a component mounted on its own, as the wasm tests do): English when it
    // is compiled in (tests), else ids.
    static ENGLISH_WORDS: Words =
        Words::new(Catalogue::empty(ENGLISH), Rc::new(EnglishDates::default()));
}

/// The words before any catalogue is given: English where it is compiled in (tests, a component
/// mounted outside a [`LanguageProvider`]), else each message's id.
pub fn unprovided() -> Words {
    ENGLISH_WORDS.with(Words::clone)
}

/// The words to speak in, for any component under [`LanguageProvider`] (outside it,
/// [`unprovided`]).
#[hook]
pub fn use_words() -> Words {
    use_context::<Speaking>()
        .map(|s| s.words)
        .unwrap_or_else(unprovided)
}

/// The language spoken now and how to change it: for the header's language menu.
#[hook]
pub fn use_language() -> Speaking {
    use_context::<Speaking>().unwrap_or_else(|| Speaking {
        words: unprovided(),
        choose: Callback::noop(),
    })
}

/// What the provider gives: the words, and the callback that switches language (and remembers
/// the choice).
#[derive(Clone, PartialEq)]
pub struct Speaking {
    /// The chosen language's words.
    pub words: Words,
    /// Switch to a language and remember it in this browser.
    pub choose: Callback<Language>,
}

/// The language to open in, by the order in the module's comment. `hint` is a link's language.
pub fn chosen(hint: Option<&str>) -> Language {
    let asked = browser::query_param("lang").and_then(|c| Language::from_code(&c));
    let kept = || {
        browser::read(LANGUAGE_KEY)
            .ok()
            .flatten()
            .and_then(|c| Language::from_code(&c))
    };
    asked.or_else(kept).unwrap_or_else(|| {
        let preferred = browser::preferred_languages();
        let negotiated = meridian_words::negotiate(&preferred);
        let speaks_any = negotiated != ENGLISH
            || preferred
                .iter()
                .any(|p| p.to_ascii_lowercase().starts_with("en"));
        match hint.and_then(Language::from_code) {
            Some(h) if !speaks_any => h,
            _ => negotiated,
        }
    })
}

/// `page` with the language a link is made in as its hint (`?hl=de`), for a reader whose
/// browser prefers none Meridian speaks; English and the pseudo-locale add nothing.
pub fn with_hint(page: &str, language: Language) -> String {
    if language == ENGLISH || language == PSEUDO {
        return page.to_string();
    }
    let (page, fragment) = match page.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (page, None),
    };
    let joiner = if page.contains('?') { '&' } else { '?' };
    let mut out = format!("{page}{joiner}hl={}", language.code);
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// How `language` says dates: the browser's `Intl`, except English and the pseudo-locale, which
/// keep the CLI's forms (what the pseudo-locale tests is the layout of the messages).
fn dates(language: Language, twelve_hour: bool) -> Rc<dyn Dates> {
    match language {
        ENGLISH | PSEUDO => Rc::new(EnglishDates { twelve_hour }),
        _ => Rc::new(browser::IntlDates::new(language.code, twelve_hour)),
    }
}

/// The catalogue file `language` reads in `folder`: its own, or English's for the pseudo-locale.
pub fn catalogue_file(folder: &str, language: Language) -> String {
    let code = if language == PSEUDO {
        ENGLISH.code
    } else {
        language.code
    };
    format!("{folder}/{code}.ftl")
}

/// Fetches `language`'s catalogue from `folder` and calls `done` with its words: English's
/// messages when its own cannot be had or read, ids when neither can.
fn fetch_words(
    folder: AttrValue,
    language: Language,
    twelve_hour: bool,
    done: impl FnOnce(Words) + 'static,
) {
    let read = move |bytes: Option<Vec<u8>>, code: &str| {
        let ftl = String::from_utf8(bytes?).ok()?;
        Catalogue::read(code, |language| {
            Ok(Box::new(browser::MozillaFluent::new(language, &ftl)?) as Box<dyn Bundle>)
        })
        .ok()
    };
    browser::fetch_bytes(&catalogue_file(&folder, language), move |bytes| {
        let words = |catalogue| Words::new(catalogue, dates(language, twelve_hour));
        match read(bytes, language.code) {
            Some(c) => done(words(c)),
            None if language == ENGLISH || language == PSEUDO => {
                done(words(Catalogue::empty(language)))
            }
            None => browser::fetch_bytes(&catalogue_file(&folder, ENGLISH), move |bytes| {
                let english =
                    read(bytes, ENGLISH.code).unwrap_or_else(|| Catalogue::empty(ENGLISH));
                done(Words::new(english, dates(ENGLISH, twelve_hour)))
            }),
        }
    });
}

/// The language provider's properties.
#[derive(Properties, PartialEq)]
pub struct LanguageProviderProps {
    /// A link's language, used only when the reader's browser prefers none Meridian speaks.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The folder beside the page the catalogues are fetched from: `locales` (every message,
    /// the planner) or `locales/timetable` (the timetable page's own).
    pub catalogues: AttrValue,
    /// The message that titles the page (the browser's tab), said in the reader's language once
    /// the catalogue is here: `page-title-planner` or `page-title-timetable`.
    pub title: &'static str,
    /// The page.
    pub children: Html,
}

/// Chooses the language, fetches its catalogue and gives the words to its children. Until the
/// catalogue is here (a few ms from the service worker's cache after one visit) nothing is
/// drawn.
#[function_component(LanguageProvider)]
pub fn language_provider(props: &LanguageProviderProps) -> Html {
    let twelve_hour = use_memo((), |_| browser::uses_12_hour_clock());
    let language = use_state(|| chosen(props.hint.as_deref()));
    let words = use_state(|| None::<Words>);
    {
        let (words, twelve_hour, folder) = (words.clone(), *twelve_hour, props.catalogues.clone());
        use_effect_with(*language, move |language| {
            let language = *language;
            browser::set_page_language(language.code);
            if words.as_ref().is_none_or(|w| w.language() != language) {
                fetch_words(folder, language, twelve_hour, move |w| words.set(Some(w)));
            }
        });
    }
    {
        let (said, title) = ((*words).clone(), props.title);
        use_effect_with(said.as_ref().map(Words::language), move |_| {
            if let Some(w) = &said {
                browser::set_page_title(&w.t(title));
            }
        });
    }
    let choose = {
        let language = language.clone();
        Callback::from(move |l: Language| {
            let _ = browser::write(LANGUAGE_KEY, l.code);
            language.set(l);
        })
    };
    match &*words {
        Some(w) => html! {
            <ContextProvider<Speaking> context={Speaking { words: w.clone(), choose }}>
                { props.children.clone() }
            </ContextProvider<Speaking>>
        },
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_words::Language;

    #[test]
    fn a_view_link_carries_its_language_as_a_hint_before_the_fragment_but_not_english() {
        let polish = Language::from_code("pl").unwrap();
        let page = "https://uni.example/meridian/timetable.html";
        assert_eq!(
            with_hint(page, polish),
            "https://uni.example/meridian/timetable.html?hl=pl"
        );
        assert_eq!(with_hint(page, ENGLISH), page);
        assert_eq!(with_hint(page, PSEUDO), page);
        assert_eq!(
            with_hint("https://x/t.html?tz=UTC#s1.abc", polish),
            "https://x/t.html?tz=UTC&hl=pl#s1.abc"
        );
    }
}

//! The language the app speaks: chosen, fetched, remembered, and given to every component.
//!
//! The choice, in order: `?lang=` in the address (also how the e2e suite asks for the
//! pseudo-locale `en-XA`), the language chosen in the header before (kept in this browser), the
//! browser's preferred languages, then a link's hint (the language a students' link was made in)
//! when the browser prefers none Meridian speaks, then English. English is compiled in; any other
//! language's catalogue (`locales/<code>.ftl`, served beside the app, a few kB gzip) is fetched
//! once, only for the chosen language. `<html lang>` follows the choice. A catalogue that cannot
//! be had (offline before the first visit, or a language whose translation is not written yet)
//! leaves the chosen language with English messages but its own dates (from `Intl`).
//!
//! Components read the words with [`use_words`] and say a message with [`meridian_words::w!`].

use crate::browser;
use meridian_words::{Catalogue, EnglishDates, Language, Words, ENGLISH, PSEUDO};
use std::rc::Rc;
use yew::prelude::*;

pub use meridian_words::w;

/// Where this browser keeps the language chosen in the header.
pub const LANGUAGE_KEY: &str = "meridian.language.v1";

thread_local! {
    static ENGLISH_WORDS: Words = english(false);
}

fn english(twelve_hour: bool) -> Words {
    Words::new(Catalogue::english(), Rc::new(EnglishDates { twelve_hour }))
}

/// The words to speak in, for any component under [`LanguageProvider`] (English outside it).
#[hook]
pub fn use_words() -> Words {
    use_context::<Speaking>()
        .map(|s| s.words)
        .unwrap_or_else(|| ENGLISH_WORDS.with(Words::clone))
}

/// The language spoken now and how to change it: for the header's language menu.
#[hook]
pub fn use_language() -> Speaking {
    use_context::<Speaking>().unwrap_or_else(|| Speaking {
        words: ENGLISH_WORDS.with(Words::clone),
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

/// The words for `language` once its catalogue is here (English and the pseudo-locale at once).
fn words_for(language: Language, ftl: Option<&str>, twelve_hour: bool) -> Option<Words> {
    let dates = |code: &str| -> Rc<dyn meridian_words::Dates> {
        Rc::new(browser::IntlDates::new(code, twelve_hour))
    };
    match language {
        ENGLISH => Some(english(twelve_hour)),
        // The pseudo-locale keeps English dates: what it tests is the layout of the messages.
        PSEUDO => Some(Words::new(
            Catalogue::pseudo(),
            Rc::new(EnglishDates { twelve_hour }),
        )),
        _ => {
            let catalogue = Catalogue::parse(language.code, ftl?).ok()?;
            Some(Words::new(catalogue, dates(language.code)))
        }
    }
}

/// The language provider's properties.
#[derive(Properties, PartialEq)]
pub struct LanguageProviderProps {
    /// A link's language, used only when the reader's browser prefers none Meridian speaks.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The page.
    pub children: Html,
}

/// Chooses the language, fetches its catalogue and gives the words to its children. Until a
/// fetched catalogue is here (a few ms from the browser's cache) nothing is drawn; when it
/// cannot be had (offline before the first visit) the page speaks English.
#[function_component(LanguageProvider)]
pub fn language_provider(props: &LanguageProviderProps) -> Html {
    let twelve_hour = use_memo((), |_| browser::uses_12_hour_clock());
    let language = use_state(|| chosen(props.hint.as_deref()));
    let words = use_state(|| words_for(*language, None, *twelve_hour));
    {
        let (words, twelve_hour) = (words.clone(), *twelve_hour);
        use_effect_with(*language, move |language| {
            let language = *language;
            browser::set_page_language(language.code);
            if words.as_ref().is_none_or(|w| w.language() != language) {
                match words_for(language, None, twelve_hour) {
                    Some(w) => words.set(Some(w)),
                    None => browser::fetch_bytes(
                        &format!("locales/{}.ftl", language.code),
                        move |bytes| {
                            let ftl = bytes.and_then(|b| String::from_utf8(b).ok());
                            words.set(
                                ftl.and_then(|f| words_for(language, Some(&f), twelve_hour))
                                    .or_else(|| words_for(language, Some(""), twelve_hour))
                                    .or_else(|| Some(english(twelve_hour))),
                            );
                        },
                    ),
                }
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

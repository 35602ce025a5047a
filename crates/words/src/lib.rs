//! Meridian's language layer. The engine returns what happened as data; this crate words it, and
//! every other text a user reads, through one message catalogue per language in Project Fluent
//! (`locales/<language>.ftl` at the repository's root, English first and the source of the
//! others). The app and the CLI both word through here, so each sentence exists once.
//!
//! - [`Language`]: the ten languages, and [`negotiate`] for a browser's or shell's preferences.
//! - [`Catalogue`]: one language's messages, falling back to English message by message when
//!   English is compiled in (the `english` feature, on by default: the CLI and tests). The app's
//!   pages build without it: they fetch the reader's catalogue, English too, and none is in
//!   their wasm.
//! - [`Bundle`]: what formats a catalogue's messages: Rust's `fluent-bundle` ([`RustBundle`],
//!   the `fluent` feature, which `english` implies), or in the app's pages Mozilla's
//!   `@fluent/bundle` in the browser, so that no Fluent implementation is in their wasm.
//! - [`Dates`]: how a front end says weekdays, dates and clock times (the app asks the browser's
//!   `Intl` in the chosen language; the CLI uses [`EnglishDates`]).
//! - [`Words`]: a catalogue and its dates together, what wording functions take.
//! - [`conflict`]: the conflict check's findings, hints and drift, the time finder's summaries.
//! - [`Words::place`]: a place name in the reader's language ("Mailand"), when Meridian knows it.

use meridian_engine::{CivilDate, CivilTime, Weekday};
use std::borrow::Cow;
use std::rc::Rc;

pub mod change;
pub mod conflict;
mod dates;
mod durations;
mod error;
mod ics;
pub mod overlap;
mod places;
mod pseudo;

pub use change::removed;
pub use dates::{Dates, EnglishDates};
pub use durations::{countdown, length, shift};
pub use error::{error, json_problem, link, link_error, problem, shape};
pub use places::{place_message, place_slug};
/// The pseudo-locale's change to a message's text (not its variables): accented, bracketed and
/// 40 % longer; for a [`Bundle`] to apply to the text of English's messages.
pub use pseudo::transform as pseudo_text;
#[cfg(feature = "fluent")]
mod rust_fluent;
#[cfg(feature = "fluent")]
pub use rust_fluent::RustBundle;

/// What formats one language's messages: Project Fluent's rules, by one implementation or
/// another. The CLI and tests use Rust's `fluent-bundle` ([`RustBundle`], the `fluent`
/// feature); the app's pages use Mozilla's `@fluent/bundle` through the browser, so that no
/// Fluent implementation is in their wasm (DESIGN.md, "Languages"). Either way with no Unicode
/// isolation marks around variables, and numbers as plain digits (`2026`, not `2,026`).
pub trait Bundle {
    /// Whether message `id` is there.
    fn has(&self, id: &str) -> bool;
    /// Message `id` (or its attribute `attribute`) with `args`; `None` when there is no such
    /// message or attribute.
    fn format(&self, id: &str, attribute: Option<&str>, args: &Args) -> Option<String>;
}

/// A bundle with no messages: a catalogue that could not be had.
struct NoMessages;

impl Bundle for NoMessages {
    fn has(&self, _: &str) -> bool {
        false
    }
    fn format(&self, _: &str, _: Option<&str>, _: &Args) -> Option<String> {
        None
    }
}

/// The value of one variable: text, shown as it is, or a number, which selects plural forms and
/// is shown as plain digits.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// Text.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Value<'a> {
        Value::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(s: &'a String) -> Value<'a> {
        Value::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<String> for Value<'a> {
    fn from(s: String) -> Value<'a> {
        Value::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Value<'a> {
    fn from(s: Cow<'a, str>) -> Value<'a> {
        Value::Text(s)
    }
}

macro_rules! number {
    ($($t:ty)*) => {$(
        impl<'a> From<$t> for Value<'a> {
            fn from(n: $t) -> Value<'a> {
                Value::Number(n as f64)
            }
        }
    )*};
}
number!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize f32 f64);

/// The English catalogue, the source every other language translates (`locales/en.ftl` without
/// its comments, by `build.rs`), compiled in with the `english` feature.
#[cfg(feature = "english")]
pub const ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// A language Meridian speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language {
    /// Its BCP 47 tag, which is also its catalogue's file name (`locales/<code>.ftl`).
    pub code: &'static str,
    /// Its name in itself, as the language menu shows it.
    pub name: &'static str,
}

/// The languages with a complete catalogue, English first.
pub const LANGUAGES: [Language; 10] = [
    Language {
        code: "en",
        name: "English",
    },
    Language {
        code: "de",
        name: "Deutsch",
    },
    Language {
        code: "sv",
        name: "Svenska",
    },
    Language {
        code: "nb",
        name: "Norsk bokmål",
    },
    Language {
        code: "it",
        name: "Italiano",
    },
    Language {
        code: "es",
        name: "Español",
    },
    Language {
        code: "pl",
        name: "Polski",
    },
    Language {
        code: "nl",
        name: "Nederlands",
    },
    Language {
        code: "fr",
        name: "Français",
    },
    Language {
        code: "zh-Hans",
        name: "简体中文",
    },
];

/// English.
pub const ENGLISH: Language = LANGUAGES[0];

/// The pseudo-locale used to test layouts: English accented, bracketed and 40 % longer. Only
/// chosen when asked for by its code; never negotiated.
pub const PSEUDO: Language = Language {
    code: "en-XA",
    name: "Pseudo (en-XA)",
};

impl Language {
    /// The language with this exact code (`de`, `zh-Hans`, `en-XA`), if Meridian speaks it.
    pub fn from_code(code: &str) -> Option<Language> {
        LANGUAGES
            .iter()
            .chain([&PSEUDO])
            .find(|l| l.code.eq_ignore_ascii_case(code))
            .copied()
    }
}

/// The first of `preferred` (BCP 47 tags, best first, as `navigator.languages` or `LANG` give
/// them) that Meridian speaks, matched by language: `de-AT` → German, `no`/`nn` → Norwegian
/// Bokmål, any Chinese → Simplified Chinese; English when none matches.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Language {
    preferred
        .iter()
        .find_map(|tag| {
            let tag = tag.as_ref().trim();
            // `LANG` writes `pl_PL.UTF-8`.
            let tag = tag.split('.').next().unwrap_or("").replace('_', "-");
            let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
            let code = match primary.as_str() {
                "no" | "nn" | "nb" => "nb",
                "zh" => "zh-Hans",
                other => other,
            };
            LANGUAGES.iter().find(|l| l.code == code).copied()
        })
        .unwrap_or(ENGLISH)
}

/// Why a catalogue could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A language code Meridian does not speak.
    UnknownLanguage(String),
    /// The catalogue's text is not valid Fluent; the messages name what and where.
    Syntax {
        /// The language.
        language: &'static str,
        /// What the Fluent parser said, one line per problem.
        problems: Vec<String>,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::UnknownLanguage(code) => write!(
                f,
                "Meridian does not speak \"{code}\"; choose one of {}",
                LANGUAGES.map(|l| l.code).join(", ")
            ),
            Error::Syntax { language, problems } => write!(
                f,
                "the {language} catalogue cannot be read: {}",
                problems.join("; ")
            ),
        }
    }
}

impl std::error::Error for Error {}

/// One language's messages. With the `english` feature (the CLI, tests) English is behind every
/// other language for any message it lacks; without it (the app's pages, which fetch one
/// catalogue) a message the catalogue lacks shows as its id. Neither happens in a release:
/// `tests/catalogues.rs` checks every language has every English message, and the timetable
/// page's catalogue, cut to what the page can ask for, is checked to have every message the
/// page's code names (`tests/python/test_timetable_catalogue.py`).
pub struct Catalogue {
    language: Language,
    bundle: Box<dyn Bundle>,
    english: Option<Box<Catalogue>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalogue({})", self.language.code)
    }
}

/// English behind another language's catalogue (or an empty one), when it is compiled in.
fn behind(language: Language, empty: bool) -> Option<Box<Catalogue>> {
    #[cfg(feature = "english")]
    if language != ENGLISH || empty {
        return Some(Box::new(Catalogue::english()));
    }
    let _ = (language, empty);
    None
}

impl Catalogue {
    /// The English catalogue (compiled in with the `english` feature).
    #[cfg(feature = "english")]
    pub fn english() -> Catalogue {
        Catalogue {
            language: ENGLISH,
            bundle: Box::new(RustBundle::new(ENGLISH, ENGLISH_FTL).unwrap_or_else(|e| {
                // A test reads the English file; a broken one never leaves the repository.
                panic!("locales/en.ftl: {e}")
            })),
            english: None,
        }
    }

    /// The pseudo-locale over the compiled-in English: the English messages accented, bracketed
    /// and 40 % longer.
    #[cfg(feature = "english")]
    pub fn pseudo() -> Catalogue {
        Catalogue::parse(PSEUDO.code, ENGLISH_FTL).unwrap_or_else(|e| panic!("locales/en.ftl: {e}"))
    }

    /// `language`'s catalogue read from `ftl` (the text of `locales/<code>.ftl`; for the
    /// pseudo-locale, English's) by Rust's Fluent, with English behind it when it is compiled
    /// in.
    #[cfg(feature = "fluent")]
    pub fn parse(code: &str, ftl: &str) -> Result<Catalogue, Error> {
        Catalogue::read(code, |language| {
            Ok(Box::new(RustBundle::new(language, ftl)?) as Box<dyn Bundle>)
        })
    }

    /// Language `code`'s catalogue with the messages `bundle` makes for it (the app's pages:
    /// Mozilla's Fluent in the browser), with English behind it when it is compiled in.
    pub fn read(
        code: &str,
        bundle: impl FnOnce(Language) -> Result<Box<dyn Bundle>, Error>,
    ) -> Result<Catalogue, Error> {
        let language =
            Language::from_code(code).ok_or_else(|| Error::UnknownLanguage(code.to_string()))?;
        Ok(Catalogue {
            language,
            bundle: bundle(language)?,
            english: behind(language, false),
        })
    }

    /// `language` with no messages of its own: each says English's when English is compiled
    /// in, else its id. What a page speaks when its catalogue cannot be had.
    pub fn empty(language: Language) -> Catalogue {
        Catalogue {
            language,
            bundle: Box::new(NoMessages),
            english: behind(language, true),
        }
    }

    /// The language this catalogue speaks.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether the catalogue itself (not English behind it) has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has(id)
    }

    /// Message `id` with `args`; `attribute` picks one of its attributes (`.label`).
    fn format(&self, id: &str, attribute: Option<&str>, args: &Args) -> String {
        match (self.bundle.format(id, attribute, args), &self.english) {
            (Some(said), _) => said,
            (None, Some(english)) => english.format(id, attribute, args),
            // No such message even in English: show its id rather than nothing, so a missing
            // message is seen (the completeness test keeps this out of releases).
            (None, None) => match attribute {
                None => id.to_string(),
                Some(a) => format!("{id}.{a}"),
            },
        }
    }

    /// Message `id`, which takes no variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, &Args::new())
    }

    /// Message `id` with its variables.
    pub fn text_with(&self, id: &str, args: &Args) -> String {
        self.format(id, None, args)
    }

    /// Attribute `attribute` of message `id` (`id.attribute` in Fluent) with its variables.
    pub fn attribute(&self, id: &str, attribute: &str, args: &Args) -> String {
        self.format(id, Some(attribute), args)
    }

    /// The ids of every message in this catalogue's own file, in no particular order, with the
    /// names of the variables each uses (for the completeness test).
    #[cfg(feature = "fluent")]
    pub fn ids(ftl: &str) -> Vec<(String, Vec<String>)> {
        rust_fluent::catalogue_ids(ftl)
    }
}

/// The variables of one message: `Args::new().set("count", 3).set("campus", "Chalmers")`.
#[derive(Default)]
pub struct Args<'a>(Vec<(&'a str, Value<'a>)>);

impl<'a> Args<'a> {
    /// No variables yet.
    pub fn new() -> Args<'a> {
        Args(Vec::new())
    }

    /// Each variable's name and value, in the order first set.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &Value<'a>)> + '_ {
        self.0.iter().map(|(name, value)| (*name, value))
    }

    /// Variable `name` is `value` (a number selects plural forms; text is shown as it is).
    // Not inlined: one copy per type of value rather than the conversion and the insertion
    // written out at each of the app's few hundred `w!` calls (1.8 kB gzip of the timetable's
    // wasm; DESIGN.md, Measurements).
    #[inline(never)]
    pub fn set(mut self, name: &'a str, value: impl Into<Value<'a>>) -> Args<'a> {
        let value = value.into();
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((name, value)),
        }
        self
    }
}

/// A catalogue and the way its language says dates: what every wording function takes. Cheap to
/// clone (shared), and equal when its language is.
#[derive(Clone)]
pub struct Words {
    catalogue: Rc<Catalogue>,
    dates: Rc<dyn Dates>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.catalogue.language.code)
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        Rc::ptr_eq(&self.catalogue, &other.catalogue) && Rc::ptr_eq(&self.dates, &other.dates)
    }
}

impl Words {
    /// `catalogue` with `dates`.
    pub fn new(catalogue: Catalogue, dates: Rc<dyn Dates>) -> Words {
        Words {
            catalogue: Rc::new(catalogue),
            dates,
        }
    }

    /// English with English dates on a 24-hour clock (the CLI's, and tests').
    #[cfg(feature = "english")]
    pub fn english() -> Words {
        Words::new(Catalogue::english(), Rc::new(EnglishDates::default()))
    }

    /// The language spoken.
    pub fn language(&self) -> Language {
        self.catalogue.language
    }

    /// How this language says dates and times.
    pub fn dates(&self) -> &dyn Dates {
        &*self.dates
    }

    /// Message `id`, which takes no variables.
    ///
    /// An id is written whole in the code (`&'static str`), never assembled while running: the
    /// timetable page's catalogue holds only the messages whose ids are in its wasm, which
    /// would miss an id made of pieces. So this does not compile:
    /// ```compile_fail
    /// let words = meridian_words::Words::english();
    /// let unit = "hours";
    /// words.t(&format!("length-{unit}"));
    /// ```
    pub fn t(&self, id: &'static str) -> String {
        self.catalogue.text(id)
    }

    /// Message `id` (written whole, as for [`Words::t`]) with its variables; see also the
    /// [`w!`] macro.
    /// ```compile_fail
    /// let words = meridian_words::Words::english();
    /// let unit = String::from("hours");
    /// words.t_with(&("length-".to_string() + &unit), &meridian_words::Args::new().set("hours", 2));
    /// ```
    pub fn t_with(&self, id: &'static str, args: &Args) -> String {
        self.catalogue.text_with(id, args)
    }

    /// `Mon`.
    pub fn weekday(&self, day: Weekday) -> String {
        self.dates.weekday(day)
    }

    /// `Tue, Fri`: the weekdays in the order given, joined as the language lists them
    /// (`weekday-list`); empty for none.
    pub fn weekdays(&self, days: &[Weekday]) -> String {
        let mut said = days.iter().map(|d| self.weekday(*d));
        let first = said.next().unwrap_or_default();
        said.fold(first, |list, day| {
            self.t_with(
                "weekday-list",
                &Args::new().set("list", list).set("day", day),
            )
        })
    }

    /// `26 Oct`.
    pub fn day_month(&self, date: CivilDate) -> String {
        self.dates.day_month(date)
    }

    /// `Mon 26 Oct`.
    pub fn short_date(&self, date: CivilDate) -> String {
        self.dates.short_date(date)
    }

    /// `Mon 26 Oct 2026`.
    pub fn long_date(&self, date: CivilDate) -> String {
        self.dates.long_date(date)
    }

    /// `16:05`, or `4:05 p.m.` on a 12-hour clock.
    pub fn clock(&self, time: CivilTime) -> String {
        self.dates.clock(time)
    }

    /// `16:00–17:30`.
    pub fn span(&self, start: CivilTime, end: CivilTime) -> String {
        self.dates.span(start, end)
    }
}

/// A message with variables: `w!(words, "conflict-count", count = n, campus = &name)`.
#[macro_export]
macro_rules! w {
    ($words:expr, $id:expr) => {
        $words.t($id)
    };
    ($words:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $words.t_with($id, &$crate::Args::new()$(.set(stringify!($name), $value))+)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_preferences_choose_the_first_language_meridian_speaks() {
        assert_eq!(negotiate(&["pl-PL", "en-US"]).code, "pl");
        assert_eq!(negotiate(&["pt-BR", "de-AT"]).code, "de");
        assert_eq!(negotiate(&["nn-NO"]).code, "nb");
        assert_eq!(negotiate(&["zh-TW"]).code, "zh-Hans");
        assert_eq!(negotiate(&["pl_PL.UTF-8"]).code, "pl");
        assert_eq!(negotiate(&["ja", "ko"]).code, "en");
        assert_eq!(negotiate::<&str>(&[]).code, "en");
        // The pseudo-locale is only ever chosen by its code.
        assert_eq!(negotiate(&["en-XA"]).code, "en");
        assert_eq!(Language::from_code("en-XA"), Some(PSEUDO));
    }

    #[test]
    fn a_missing_message_falls_back_to_english_and_an_unknown_one_shows_its_id() {
        let german = Catalogue::parse("de", "length-minutes = { $minutes } Min.\n").unwrap();
        let args = Args::new().set("minutes", 5);
        assert_eq!(german.text_with("length-minutes", &args), "5 Min.");
        assert_eq!(
            german.text_with("length-hours", &Args::new().set("hours", 2)),
            "2 h"
        );
        assert_eq!(german.text("no-such-message"), "no-such-message");
    }

    #[test]
    fn english_and_the_pseudo_locale_are_read_from_the_text_given_as_the_app_fetches_them() {
        let fetched = Catalogue::parse("en", "length-minutes = { $minutes } minutes\n").unwrap();
        let args = Args::new().set("minutes", 5);
        assert_eq!(fetched.text_with("length-minutes", &args), "5 minutes");
        // Nothing is behind English: a message it lacks shows its id.
        assert_eq!(fetched.text("length-hours"), "length-hours");
        let pseudo = Catalogue::parse("en-XA", "x = Conflicts\n").unwrap();
        assert!(pseudo.text("x").starts_with("⟦Çöñ"), "{}", pseudo.text("x"));
        // With no messages of its own, a catalogue says the compiled-in English (this build has
        // the `english` feature; the app's pages, without it, show the id).
        let empty = Catalogue::empty(Language::from_code("de").unwrap());
        assert_eq!(
            empty.text_with("length-hours", &Args::new().set("hours", 2)),
            "2 h"
        );
        assert_eq!(Catalogue::empty(ENGLISH).text("shell-brand"), "Meridian");
    }

    #[test]
    fn a_broken_catalogue_is_an_error_that_names_its_language() {
        let e = Catalogue::parse("pl", "this is { not fluent").unwrap_err();
        assert!(e.to_string().contains("pl catalogue"), "{e}");
        assert!(matches!(
            Catalogue::parse("xx", ""),
            Err(Error::UnknownLanguage(_))
        ));
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let polish = Catalogue::parse(
            "pl",
            "n = { $count ->\n [one] { $count } konflikt\n [few] { $count } konflikty\n *[many] { $count } konfliktów\n}\n",
        )
        .unwrap();
        let n = |c: i64| polish.text_with("n", &Args::new().set("count", c));
        assert_eq!(
            [n(1), n(2), n(5), n(22), n(25)],
            [
                "1 konflikt",
                "2 konflikty",
                "5 konfliktów",
                "22 konflikty",
                "25 konfliktów"
            ]
        );
    }

    #[test]
    fn the_pseudo_locale_is_accented_and_longer_but_keeps_variables() {
        let english = Words::english();
        let pseudo = Words::new(Catalogue::pseudo(), Rc::new(EnglishDates::default()));
        let en = w!(english, "length-hours-minutes", hours = 1, minutes = 30);
        let xa = w!(pseudo, "length-hours-minutes", hours = 1, minutes = 30);
        assert_eq!(en, "1 h 30 min");
        assert!(xa.contains('1') && xa.contains("30"), "{xa}");
        assert!(
            xa.chars().count() as f64 >= en.chars().count() as f64 * 1.4,
            "{xa}"
        );
        assert!(!xa.contains("min"), "letters are accented: {xa}");
    }

    #[test]
    fn ids_lists_each_message_with_its_variables() {
        let ids =
            Catalogue::ids("a = x { $b } { $c ->\n *[x] { $d }\n}\n    .label = { $e }\nb = y\n");
        assert_eq!(
            ids,
            vec![
                (
                    "a".to_string(),
                    vec!["b".into(), "c".into(), "d".into(), "e".into()]
                ),
                ("b".to_string(), vec![])
            ]
        );
    }
}

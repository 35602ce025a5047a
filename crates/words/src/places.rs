//! Place names in the reader's language. A campus's city and a zone's place reach readers in
//! many sentences ("local time in Milan"); the names Meridian itself knows in English — every
//! preset campus's city and the place of every zone a preset is in — have a message each in
//! the catalogues' section "Places" (`place-milan = Mailand`), and any other name (what a
//! coordinator typed: "Milano", "Garching") is said exactly as it was written.
//!
//! A name finds its message by a rule, not a table: its slug ([`place_slug`]) after `place-`.
//! The ids are read from en.ftl at build time (`build.rs`), so the English catalogue is the one
//! list, and `tests/places.rs` checks it against the engine's presets both ways: a preset added
//! later fails until its city has a message in every language.

use crate::Words;

include!(concat!(env!("OUT_DIR"), "/places.rs"));

/// The slug of a place name, which its message id ends with: lower case, letters with marks
/// written as German and the Nordic languages transliterate them (ä ae, ö and ø oe, ü ue, å
/// aa, ß ss) or else without the mark (ń n, é e), and every run of other characters one `-`
/// ("Cambridge, MA" `cambridge-ma`, "Zürich" `zuerich`, "Zurich" `zurich`, "Gdańsk" `gdansk`).
/// A name of no Latin letters or digits has the empty slug.
pub fn place_slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    let mut apart = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let folded = match c {
            'a'..='z' | '0'..='9' => None,
            'à' | 'á' | 'â' | 'ã' | 'ā' | 'ą' => Some("a"),
            'ä' | 'æ' => Some("ae"),
            'å' => Some("aa"),
            'ç' | 'ć' | 'č' => Some("c"),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => Some("e"),
            'ì' | 'í' | 'î' | 'ï' => Some("i"),
            'ł' => Some("l"),
            'ñ' | 'ń' | 'ň' => Some("n"),
            'ò' | 'ó' | 'ô' | 'õ' | 'ō' => Some("o"),
            'ö' | 'ø' | 'œ' => Some("oe"),
            'ř' => Some("r"),
            'ś' | 'š' | 'ş' | 'ș' => Some("s"),
            'ß' => Some("ss"),
            'ț' | 'ţ' => Some("t"),
            'ù' | 'ú' | 'û' | 'ů' => Some("u"),
            'ü' => Some("ue"),
            'ý' | 'ÿ' => Some("y"),
            'ź' | 'ż' | 'ž' => Some("z"),
            _ => {
                apart = true;
                continue;
            }
        };
        if apart && !slug.is_empty() {
            slug.push('-');
        }
        apart = false;
        match folded {
            Some(letters) => slug.push_str(letters),
            None => slug.push(c),
        }
    }
    slug
}

/// The id of the message that says place `name` (`place-milan` for "Milan", in any case), if
/// it is one of the names the catalogues translate.
pub fn place_message(name: &str) -> Option<&'static str> {
    let slug = place_slug(name);
    PLACES
        .iter()
        .copied()
        .find(|id| id.strip_prefix("place-") == Some(slug.as_str()))
}

impl Words {
    /// Place `name` (a campus's city, a zone's place) in this language: a name Meridian knows
    /// in English from its catalogue ("Milan" is "Mailand" in German, "米兰" in Chinese), any
    /// other name as it is written ("Milano", "Garching"), and so is a known one when this
    /// catalogue lacks its message (a page whose catalogue could not be had).
    pub fn place(&self, name: &str) -> String {
        match place_message(name) {
            Some(id) if self.catalogue.has(id) => self.t(id),
            _ => name.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_lower_case_ascii_with_marks_transliterated_and_runs_of_the_rest_one_dash() {
        assert_eq!(place_slug("Milan"), "milan");
        assert_eq!(place_slug("Cambridge, MA"), "cambridge-ma");
        assert_eq!(place_slug("  Saint  Petersburg "), "saint-petersburg");
        assert_eq!(place_slug("Zürich"), "zuerich");
        assert_eq!(place_slug("Zurich"), "zurich");
        assert_eq!(place_slug("Gdańsk"), "gdansk");
        assert_eq!(place_slug("Göteborg"), "goeteborg");
        assert_eq!(place_slug("米兰"), "");
    }

    #[test]
    fn a_name_finds_its_message_in_any_case_and_another_name_none() {
        assert_eq!(place_message("Milan"), Some("place-milan"));
        assert_eq!(place_message("MILAN"), Some("place-milan"));
        assert_eq!(place_message("Cambridge, MA"), Some("place-cambridge-ma"));
        assert_eq!(place_message("Milano"), None);
        assert_eq!(place_message("Garching"), None);
        assert_eq!(place_message(""), None);
    }
}

//! What the words tests share: a language's catalogue in `locales/`, and its wording.

use meridian_words::{Catalogue, EnglishDates, Words};
use std::rc::Rc;

/// The text of language `code`'s catalogue (`locales/<code>.ftl`).
pub fn ftl(code: &str) -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../locales")
        .join(format!("{code}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The words of language `code`, with the CLI's English date forms.
pub fn words(code: &str) -> Words {
    Words::new(
        Catalogue::parse(code, &ftl(code)).unwrap(),
        Rc::new(EnglishDates::default()),
    )
}

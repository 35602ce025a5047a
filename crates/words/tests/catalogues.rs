//! Every language's catalogue is complete: it reads as Fluent, has every English message with the
//! same variables and no message English lacks, opens with the glossary's words, and is
//! translated rather than copied.

use meridian_words::{Catalogue, LANGUAGES};
use std::path::PathBuf;

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn read(code: &str) -> String {
    let path = locales().join(format!("{code}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The glossary's English terms, from en.ftl's header (`###   term   meaning`).
fn glossary_terms(english: &str) -> Vec<String> {
    english
        .lines()
        .skip_while(|l| !l.contains("Glossary"))
        .skip(2)
        .take_while(|l| l.starts_with("###   "))
        .map(|l| {
            let text = l.trim_start_matches("###").trim();
            // Terms are separated from their meaning by two or more spaces.
            text.split("  ").next().unwrap_or("").trim().to_string()
        })
        .collect()
}

#[test]
fn english_reads_as_fluent_and_has_a_glossary() {
    let english = read("en");
    Catalogue::parse("en", &english).unwrap();
    let terms = glossary_terms(&english);
    assert_eq!(terms.len(), 14, "{terms:?}");
    assert_eq!(terms[0], "session");
    assert!(terms.contains(&"host campus".to_string()), "{terms:?}");
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = read("en");
    let want = Catalogue::ids(&english);
    let mut problems = Vec::new();
    for language in LANGUAGES.iter().skip(1) {
        let text = read(language.code);
        if let Err(e) = Catalogue::parse(language.code, &text) {
            problems.push(format!("{}: {e}", language.code));
            continue;
        }
        let have = Catalogue::ids(&text);
        for (id, vars) in &want {
            match have.iter().find(|(i, _)| i == id) {
                None => problems.push(format!("{}: missing {id}", language.code)),
                Some((_, v)) if v != vars => problems.push(format!(
                    "{}: {id} uses {v:?}, English uses {vars:?}",
                    language.code
                )),
                Some(_) => {}
            }
        }
        for (id, _) in &have {
            if !want.iter().any(|(i, _)| i == id) {
                problems.push(format!("{}: {id} is not an English message", language.code));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_language_opens_with_its_words_for_the_glossary() {
    let terms = glossary_terms(&read("en"));
    let mut problems = Vec::new();
    for language in LANGUAGES.iter().skip(1) {
        let text = read(language.code);
        for term in &terms {
            // `###   host campus = Gastgeber-Campus`
            let found = text.lines().take(80).any(|l| {
                l.starts_with("###")
                    && l.trim_start_matches('#')
                        .trim()
                        .split_once(" = ")
                        .is_some_and(|(k, v)| k.trim() == term && !v.trim().is_empty())
            });
            if !found {
                problems.push(format!(
                    "{}: no glossary word for \"{term}\"",
                    language.code
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn messages_are_translated_rather_than_copied_from_english() {
    let english = Catalogue::english();
    let ids = Catalogue::ids(&read("en"));
    for language in LANGUAGES.iter().skip(1) {
        let catalogue = Catalogue::parse(language.code, &read(language.code)).unwrap();
        // Messages without variables and with some words to them.
        let candidates: Vec<&String> = ids
            .iter()
            .filter(|(id, vars)| {
                vars.is_empty()
                    && catalogue.has(id)
                    && english
                        .text(id)
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count()
                        >= 12
            })
            .map(|(id, _)| id)
            .collect();
        let copied: Vec<&&String> = candidates
            .iter()
            .filter(|id| catalogue.text(id) == english.text(id))
            .collect();
        assert!(
            copied.len() * 20 <= candidates.len().max(1),
            "{}: {} of {} messages read exactly as in English: {copied:?}",
            language.code,
            copied.len(),
            candidates.len()
        );
    }
}

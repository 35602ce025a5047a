//! Says messages as Meridian's language layer does, for the cross-check with Mozilla's own Fluent
//! implementation (`tests/python/test_fluent_agreement.py`). Reads lines of
//! `language<TAB>id<TAB>name=value<TAB>…` from stdin (a value of digits is a number, anything else
//! text) and prints each message on its own line (newlines in a message as `\n`).

use meridian_words::{Args, Catalogue};
use std::collections::HashMap;
use std::io::{BufRead, Write};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut catalogues: HashMap<String, Catalogue> = HashMap::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let mut fields = line.split('\t');
        let (Some(code), Some(id)) = (fields.next(), fields.next()) else {
            continue;
        };
        let catalogue = catalogues.entry(code.to_string()).or_insert_with(|| {
            let ftl = std::fs::read_to_string(root.join(format!("{code}.ftl"))).unwrap_or_default();
            Catalogue::parse(code, &ftl).unwrap_or_else(|e| panic!("{e}"))
        });
        let pairs: Vec<(&str, &str)> = fields.filter_map(|f| f.split_once('=')).collect();
        let mut args = Args::new();
        for (name, value) in &pairs {
            args = match value.parse::<i64>() {
                Ok(n) => args.set(name, n),
                Err(_) => args.set(name, *value),
            };
        }
        let said = catalogue.text_with(id, &args);
        let _ = writeln!(out, "{}", said.replace('\n', "\\n"));
    }
}

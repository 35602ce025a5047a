//! The English catalogue compiled into the CLI and the tests (the `english` feature) without its
//! comments (the glossary and the notes for translators, 40 % of the file), which Fluent reads
//! past anyway. The app's pages fetch their catalogues and have none compiled in.
//!
//! Also the ids of the catalogue's place names (`place-milan`, its section "Places"), which
//! `places.rs` looks a name up in: written whole into the crate (every build, the pages' too),
//! so each id is in the wasm and the timetable page's catalogue cut keeps its message.

fn main() {
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en.ftl");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).expect("locales/en.ftl");
    // A line starting with `#` is a comment in Fluent (pattern lines are indented).
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| [l, "\n"])
        .collect();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("en.ftl");
    std::fs::write(out, kept).expect("OUT_DIR/en.ftl");
    let places: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, _)| id.trim_end())
        .filter(|id| id.starts_with("place-"))
        .map(|id| format!("{id:?}"))
        .collect();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("places.rs");
    std::fs::write(
        out,
        format!("const PLACES: &[&str] = &[{}];\n", places.join(", ")),
    )
    .expect("OUT_DIR/places.rs");
}

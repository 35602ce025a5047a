//! The pseudo-locale's transform: each text of an English message accented, bracketed and made
//! 40 % longer, so a layout that clips, overlaps or hard-codes English shows in screenshots.
//! Variables (names, dates, numbers) are not texts and pass unchanged.

use std::borrow::Cow;

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'c' => 'ç',
        'e' => 'é',
        'i' => 'î',
        'n' => 'ñ',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        's' => 'š',
        'z' => 'ž',
        'g' => 'ĝ',
        'h' => 'ĥ',
        'k' => 'ķ',
        'l' => 'ļ',
        'r' => 'ŕ',
        't' => 'ţ',
        'd' => 'ď',
        'w' => 'ŵ',
        'j' => 'ĵ',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'U' => 'Ü',
        'S' => 'Š',
        'Z' => 'Ž',
        'D' => 'Ð',
        'G' => 'Ĝ',
        'L' => 'Ľ',
        'R' => 'Ŕ',
        'T' => 'Ţ',
        'W' => 'Ŵ',
        'Y' => 'Ý',
        other => other,
    }
}

/// `Conflicts` → `⟦Çöñƒļîçţš·····⟧`-like: accented, 40 % longer (rounded up), bracketed. Blank
/// texts (spaces between variables) stay as they are.
pub fn transform(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let n = text.chars().count();
    let mut out: String = text.chars().map(accent).collect();
    // Keep the text's own leading and trailing spaces outside the brackets.
    let lead = out.len() - out.trim_start().len();
    let trail = out.len() - out.trim_end().len();
    let core = out[lead..out.len() - trail].to_string();
    let pad = "·".repeat((n * 2).div_ceil(5).max(1));
    out = format!(
        "{}⟦{core}{pad}⟧{}",
        &text[..lead],
        &text[text.len() - trail..]
    );
    Cow::Owned(out)
}

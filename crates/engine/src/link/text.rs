//! Finding a link in whatever text a sender produced: wrapped, quoted, percent-encoded or
//! inside a redirector's address. Linear in the text, on bounded input; nothing is repaired.

use super::*;
use crate::error::LinkProblem;
use crate::Error;

/// A link found in text: `s<version>.<payload>` or `Q<version>.<payload>`, and whether the
/// payload stopped at a stray character with more payload-like text right after it (then a
/// link that ends too early was changed, not cut off).
pub(super) struct Found {
    pub(super) link: String,
    pub(super) interrupted: bool,
}

/// The link in any text a sender's software produces, as `s1.<payload>` (or `Q1.…`): a whole
/// URL or its fragment or the bare text; wrapped over lines by a mail client (with
/// indentation, `> ` quoting, or a trailing space before the break); inside `<…>`, quotes,
/// brackets or markdown `[text](url)`; followed by punctuation; with `%23` for `#` or
/// percent-encoded whole; or inside a redirector's query (Outlook Safe Links' `?url=`,
/// Google's `?q=`), percent-encoded up to [`MAX_PERCENT_ROUNDS`] times.
///
/// Only where the link starts and ends is found here, never a changed character: the payload
/// is the longest run of its alphabet after the first `#s1.` (or, without a `#`, the first
/// `s1.` that starts a word), continued across line breaks (and when the break falls inside
/// the `#s1.` itself, found in the text with its lines joined); its checksum then tells a
/// damaged link. Linear in the text, which may be at most [`MAX_LINK_TEXT_BYTES`] long.
pub fn link_text(text: &str) -> Result<String, Error> {
    locate(text).map(|f| f.link)
}

pub(super) fn locate(text: &str) -> Result<Found, Error> {
    if text.len() > MAX_LINK_TEXT_BYTES {
        return Err(Error::BadLink(LinkProblem::TooLong {
            limit: MAX_LINK_TEXT_BYTES,
        }));
    }
    let mut text = std::borrow::Cow::Borrowed(text);
    for _ in 0..MAX_PERCENT_ROUNDS {
        match percent_decoded(&text) {
            Some(decoded) => text = std::borrow::Cow::Owned(decoded),
            None => break,
        }
    }
    // A line break inside the marker itself (`#s\n> 1.…`): look again with the lines joined.
    find_link(&text)
        .or_else(|| find_link(&unwrapped(&text)))
        .ok_or(Error::BadLink(LinkProblem::NotALink))
}

/// `text` with its line breaks taken out, with the blanks before them and the indentation and
/// `>` quoting after them.
pub(super) fn unwrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = if i == 0 {
            line
        } else {
            line.trim_start_matches([' ', '\t', '>'])
        };
        out.push_str(line.trim_end_matches([' ', '\t']));
    }
    out
}

/// `text` with `%XX` escapes undone (invalid UTF-8 replaced), or `None` when it has none.
pub(super) fn percent_decoded(text: &str) -> Option<String> {
    let hex = |b: u8| char::from(b).to_digit(16).map(|d| d as u8);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        let escape = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&a), Some(&b)) => hex(a).zip(hex(b)).map(|(a, b)| a * 16 + b),
            _ => None,
        };
        match escape {
            Some(b) => {
                out.push(b);
                changed = true;
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    changed.then(|| String::from_utf8_lossy(&out).into_owned())
}

/// The link marker at `i` (`s1.`, `Q12.`): (alphabet, index of the payload's first byte).
pub(super) fn marker_at(bytes: &[u8], i: usize) -> Option<(Alphabet, usize)> {
    let alphabet = match bytes[i] {
        b's' => Alphabet::Base64Url,
        b'Q' | b'q' => Alphabet::Base32,
        _ => return None,
    };
    let digits = bytes[i + 1..]
        .iter()
        .take(7)
        .take_while(|b| b.is_ascii_digit())
        .count();
    ((1..=6).contains(&digits) && bytes.get(i + 1 + digits) == Some(&b'.'))
        .then_some((alphabet, i + 2 + digits))
}

pub(super) fn in_alphabet(alphabet: Alphabet, b: u8) -> bool {
    match alphabet {
        Alphabet::Base64Url => b.is_ascii_alphanumeric() || b == b'-' || b == b'_',
        Alphabet::Base32 => b.is_ascii_alphabetic() || (b'2'..=b'7').contains(&b),
    }
}

pub(super) fn find_link(text: &str) -> Option<Found> {
    let bytes = text.as_bytes();
    let word_start = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut bare = None;
    for i in 0..bytes.len() {
        let Some((alphabet, start)) = marker_at(bytes, i) else {
            continue;
        };
        let preceded_by_hash = i > 0 && bytes[i - 1] == b'#';
        if preceded_by_hash {
            return Some(payload_from(bytes, i, alphabet, start));
        }
        if bare.is_none() && word_start(i) {
            let found = payload_from(bytes, i, alphabet, start);
            // A bare marker with nothing after it is a word in a sentence ("Q1. Why…"), unless
            // it is all the text there is (a link cut off after its version).
            if found.link.len() > start - i || text.trim().len() == start - i {
                bare = Some(found);
            }
        }
    }
    bare
}

/// The payload after the marker at `marker` (payload from `start`): the run of the alphabet,
/// continued over line breaks (with trailing blanks before them and indentation or `>`
/// quoting after them).
pub(super) fn payload_from(bytes: &[u8], marker: usize, alphabet: Alphabet, start: usize) -> Found {
    let mut link: Vec<u8> = bytes[marker..start].to_vec();
    let mut i = start;
    loop {
        let run = bytes[i..]
            .iter()
            .take_while(|&&b| in_alphabet(alphabet, b))
            .count();
        link.extend_from_slice(&bytes[i..i + run]);
        i += run;
        // A line break, perhaps after blanks (format=flowed ends soft breaks with a space).
        let blanks = bytes[i..]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let mut j = i + blanks;
        match bytes.get(j..j + 2) {
            Some(b"\r\n") => j += 2,
            _ if matches!(bytes.get(j), Some(b'\n' | b'\r')) => j += 1,
            _ => break,
        }
        j += bytes[j..]
            .iter()
            .take_while(|&&b| matches!(b, b' ' | b'\t' | b'>'))
            .count();
        if !bytes.get(j).is_some_and(|&b| in_alphabet(alphabet, b)) {
            break;
        }
        i = j;
    }
    let interrupted = match bytes.get(i) {
        Some(b) if !b.is_ascii_whitespace() => bytes
            .get(i + 1)
            .is_some_and(|&next| in_alphabet(alphabet, next)),
        _ => false,
    };
    Found {
        // The marker and the payload are ASCII.
        link: String::from_utf8(link).unwrap_or_default(),
        interrupted,
    }
}

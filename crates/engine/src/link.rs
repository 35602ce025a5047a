//! Share links: a whole schedule in a URL fragment, `#s1.<payload>`.
//!
//! The payload is a compact binary form of the schedule, not JSON: preset campuses by reference
//! with only their edits, every string stored once in a table and referred to by number, dates
//! as day offsets from the term's start and times as minutes of the day, everything in
//! variable-length integers ([postcard]). That is compressed with zlib (deflate plus an Adler-32
//! check, [miniz_oxide]) and written in unpadded base64url, which survives URLs, mail and chat.
//! QR codes get the same bytes in base32 (`#Q1.…`), which their alphanumeric mode packs
//! tighter.
//!
//! Decoding is total: any text gives a schedule or a typed [`LinkProblem`] within bounded time
//! and memory (the link's length and the unpacked size have hard limits), and a decoded schedule
//! passes the same validation as an imported file.
//!
//! **Versioning rule.** `s1` is link version 1. A released version is never changed: a link made
//! once keeps decoding, guarded by golden links in the tests. Anything an `s1` payload cannot
//! say gets a new version (`s2.`), and this module keeps a decoder for every older one. A
//! version newer than this module knows is reported as [`LinkProblem::Newer`].

use crate::error::LinkProblem;
use crate::presets::known_campus;
use crate::schedule::{
    BusyTarget, Campus, CampusId, Closure, Cohort, CohortId, Hours, Lecturer, LecturerId,
    OccurrenceChange, Room, RoomId, Rules, Schedule, Session, SessionId, SessionKind,
    TeachingHours, Term, Weekly, FORMAT,
};
use crate::time::{CivilDate, CivilDateTime, CivilTime, Weekday};
use crate::zone::Zone;
use crate::Error;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The newest link version this Meridian reads and writes. Version 1 holds a schedule;
/// version 2 adds imported busy time after version 1's fields (and is written only when a
/// schedule has some, so every other link stays version 1).
pub const LINK_VERSION: u32 = 2;

/// The longest link payload (after `#s1.`) Meridian reads, in characters; [`encode`] refuses a
/// schedule whose link would be longer.
pub const MAX_LINK_CHARS: usize = 256 * 1024;

/// The most bytes a payload may unpack to (a guard against decompression bombs); [`encode`]
/// refuses a schedule that packs to more.
pub const MAX_UNPACKED_BYTES: usize = 1024 * 1024;

/// The most text [`decode`] and [`link_text`] look through for a link, in bytes: room for a
/// link of [`MAX_LINK_CHARS`] percent-encoded whole, with its address and the text around it.
pub const MAX_LINK_TEXT_BYTES: usize = 4 * MAX_LINK_CHARS;

/// How many times [`link_text`] undoes percent-encoding (`%23` for `#`): a redirector wraps an
/// encoded link in its own query, which may itself be encoded again.
pub const MAX_PERCENT_ROUNDS: usize = 3;

/// A preset dictionary for deflate, part of link version 1 and frozen with it: words that
/// schedules of any alliance share (zones, holidays, the preset campuses as of version 1,
/// programmes, kinds of session, meeting services), so that a short link does not spend its
/// bytes spelling them out. Most used last (deflate's distances are shorter there). Public so
/// that `make bench` can give other compressors the same start.
pub const DICTIONARY: &str = concat!(
    "Europe/London Europe/Paris Europe/Madrid Europe/Rome Europe/Stockholm Europe/Oslo ",
    "Europe/Warsaw Europe/Moscow Africa/Nairobi Asia/Kolkata Asia/Bangkok Asia/Singapore ",
    "Asia/Shanghai Asia/Ulaanbaatar Asia/Tokyo Australia/Sydney Pacific/Auckland ",
    "America/Santiago America/Sao_Paulo America/New_York America/Toronto America/Chicago ",
    "America/Denver America/Los_Angeles Europe/Berlin ",
    "New Year's Day, Epiphany, Good Friday, Easter Monday, Labour Day, May Day, Ascension Day, ",
    "Whit Monday, Corpus Christi, Midsummer, Assumption Day, National Day, Constitution Day, ",
    "Independence Day, Liberation Day, Republic Day, Reformation Day, German Unity Day, ",
    "All Saints' Day, Immaculate Conception, Christmas Eve, Christmas Day, Boxing Day, ",
    "Spring Festival, Lunar New Year, Reading week, Exam period, Holiday, Closed. ",
    "tub TU Berlin · Technische Universität Berlin, Berlin. ",
    "chalmers Chalmers · Chalmers University of Technology, Gothenburg. ",
    "ntnu NTNU · Norwegian University of Science and Technology, Trondheim. ",
    "polimi PoliMi · Politecnico di Milano, Milan. ",
    "rwth RWTH · RWTH Aachen University, Aachen. ",
    "upv UPV · Universitat Politècnica de València, Valencia. ",
    "wut WUT · Warsaw University of Technology, Warsaw. ",
    "tum TUM · Technical University of Munich, Munich. ",
    "cri CRI · CRI — Center for Research and Interdisciplinarity, Paris. ",
    "edx edX · edX, Cambridge, MA. ",
    "must MUST · Mongolian University of Science and Technology, Ulaanbaatar. ",
    "ntu NTU · Nanyang Technological University, Singapore. ",
    "pku PKU · Peking University, Beijing. ",
    "rice Rice · Rice University, Houston. ",
    "spbu SPbU · Saint Petersburg University, Saint Petersburg. ",
    "sjtu SJTU · Shanghai Jiao Tong University, Shanghai. ",
    "thaimooc Thai MOOC · Thai MOOC, Bangkok. ",
    "tsinghua Tsinghua · Tsinghua University, Beijing. ",
    "auckland Auckland · University of Auckland, Auckland. ",
    "uchile U. Chile · University of Chile, Santiago. ",
    "manchester Manchester · University of Manchester, Manchester. ",
    "nairobi Nairobi · University of Nairobi, Nairobi. ",
    "toronto Toronto · University of Toronto, Toronto. ",
    "xuetangx XuetangX · XuetangX, Beijing. ",
    "zju ZJU · Zhejiang University, Hangzhou. ",
    "Prof. Dr. Mr. Ms. Teaching assistant, Lecturer, ",
    "Bachelor, Master, PhD, MBA, BSc MSc ",
    "Architecture, Biology, Chemistry, Chemical Engineering, Civil Engineering, Economics, ",
    "Materials, Mathematics, Physics, Robotics, Artificial Intelligence, Machine Learning, ",
    "Data Science, Computer Science, Management, Design, Environmental Engineering, ",
    "Mechanical Engineering, Electrical Engineering, Information Technology, Energy, Power, ",
    "Environment, Sustainability, Sustainable, Renewable, Systems, Engineering, Technology, ",
    "Introduction to Advanced Applied Project Kick-off Workshop ",
    ", year 1, year 2, year 3 · ",
    "Aula Room Hall Building Auditorium Studio studio hybrid on-site in person ",
    "recorded recording Online online ",
    "Joint lecture Lecture Seminar Lab Tutorial Midterm exam Final exam Exam Office hours ",
    "Guest lecture: joint lecture lecture seminar lab tutorial exam ",
    "https://zoom.us/j/ https://teams.microsoft.com/l/meetup-join/ https://meet.google.com/ ",
    "https://www. https://meet. ",
    " the and of on in at from to for with each its this that is are by after before until ",
    "every week weeks time times teaching hours summer time winter time ",
    "cohort cohorts campus students room rooms ",
);

/// What a link opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkKind {
    /// The whole schedule, to open in the planner as a copy.
    Edit,
    /// Read-only, for the student timetable; may be narrowed to one campus or cohort (the link
    /// then holds only the sessions they take part in).
    View {
        /// The campus it is narrowed to.
        campus: Option<CampusId>,
        /// The cohort it is narrowed to.
        cohort: Option<CohortId>,
    },
}

/// A decoded link: what it opens and the schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedSchedule {
    /// Edit or view.
    pub kind: LinkKind,
    /// The schedule, validated.
    pub schedule: Schedule,
}

/// The link text for a schedule, `s1.<payload>` (put it after `#`). For a view link narrowed
/// to a campus or cohort, only the sessions they take part in are kept. Deterministic: the same
/// schedule always gives the same text, and decoding then encoding gives it back.
///
/// What this writes, [`decode`] reads: a schedule that would not pass the checks a decoded
/// link must pass ([`Schedule::from_json`]'s), or whose link would be over [`MAX_LINK_CHARS`] or
/// unpack to over [`MAX_UNPACKED_BYTES`], is refused ([`Error::TooLargeToShare`] names the
/// limit).
pub fn encode(schedule: &Schedule, kind: &LinkKind) -> Result<String, Error> {
    let (version, bytes) = packed(schedule, kind, true)?;
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    within_link_limit(text.len())?;
    Ok(format!("s{version}.{text}"))
}

/// [`encode`] without its checks, for tests and the fuzzer (links a hostile sender could make).
#[doc(hidden)]
pub fn encode_unchecked(schedule: &Schedule, kind: &LinkKind) -> String {
    let (version, bytes) = packed(schedule, kind, false).unwrap_or_default();
    format!(
        "s{version}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// The same link for a QR code: `Q1.` and the same bytes in base32 (RFC 4648, capitals and
/// digits), which a QR code stores in its alphanumeric mode at 5.5 bits a character instead of
/// 8, so about a fifth more schedule fits in one code. [`decode`] reads both forms; refused as
/// [`encode`] refuses.
pub fn encode_for_qr(schedule: &Schedule, kind: &LinkKind) -> Result<String, Error> {
    let (version, bytes) = packed(schedule, kind, true)?;
    let text = data_encoding::BASE32_NOPAD.encode(&bytes);
    within_link_limit(text.len())?;
    Ok(format!("Q{version}.{text}"))
}

fn within_link_limit(chars: usize) -> Result<(), Error> {
    if chars > MAX_LINK_CHARS {
        return Err(Error::TooLargeToShare {
            what: "characters of link",
            size: chars,
            limit: MAX_LINK_CHARS,
        });
    }
    Ok(())
}

/// The link version and packed payload bytes of a link; with `checked`, refused when the
/// decoder would refuse them.
fn packed(schedule: &Schedule, kind: &LinkKind, checked: bool) -> Result<(u32, Vec<u8>), Error> {
    let narrowed;
    let schedule = match kind {
        LinkKind::View { campus, cohort } if campus.is_some() || cohort.is_some() => {
            narrowed = schedule.narrowed(campus.as_ref(), cohort.as_ref());
            &narrowed
        }
        _ => schedule,
    };
    if checked {
        // The checks a decoded link meets (see `decode`), so that no link is made that does
        // not open.
        Schedule::from_json(&serde_json::to_string(schedule).unwrap_or_default())?;
    }
    let wire = Packer::default().pack(schedule, kind);
    let mut bytes = postcard::to_allocvec(&wire).unwrap_or_default();
    let version = if schedule.busy.is_empty() {
        1
    } else {
        bytes.extend(postcard::to_allocvec(&pack_busy(schedule)).unwrap_or_default());
        2
    };
    if checked && bytes.len() > MAX_UNPACKED_BYTES {
        return Err(Error::TooLargeToShare {
            what: "bytes unpacked",
            size: bytes.len(),
            limit: MAX_UNPACKED_BYTES,
        });
    }
    Ok((version, pack_bytes(&bytes)))
}

/// A full URL: `base` (its own fragment dropped) followed by `#` and the link text; refused
/// as [`encode`] refuses.
pub fn url(base: &str, schedule: &Schedule, kind: &LinkKind) -> Result<String, Error> {
    let base = base.split('#').next().unwrap_or(base);
    Ok(format!("{base}#{}", encode(schedule, kind)?))
}

/// A link found in text: `s<version>.<payload>` or `Q<version>.<payload>`, and whether the
/// payload stopped at a stray character with more payload-like text right after it (then a
/// link that ends too early was changed, not cut off).
struct Found {
    link: String,
    interrupted: bool,
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

fn locate(text: &str) -> Result<Found, Error> {
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
fn unwrapped(text: &str) -> String {
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
fn percent_decoded(text: &str) -> Option<String> {
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
fn marker_at(bytes: &[u8], i: usize) -> Option<(Alphabet, usize)> {
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

fn in_alphabet(alphabet: Alphabet, b: u8) -> bool {
    match alphabet {
        Alphabet::Base64Url => b.is_ascii_alphanumeric() || b == b'-' || b == b'_',
        Alphabet::Base32 => b.is_ascii_alphabetic() || (b'2'..=b'7').contains(&b),
    }
}

fn find_link(text: &str) -> Option<Found> {
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
fn payload_from(bytes: &[u8], marker: usize, alphabet: Alphabet, start: usize) -> Found {
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

/// Reads a link from any text that holds one (see [`link_text`]): a whole URL, a fragment
/// (`#s1.…`), the bare text (`s1.…`), or all of these as mail clients, chat apps and
/// redirectors pass them on.
pub fn decode(text: &str) -> Result<SharedSchedule, Error> {
    let found = locate(text)?;
    decode_link(&found.link).map_err(|e| match e {
        Error::BadLink(LinkProblem::CutOff) if found.interrupted => {
            Error::BadLink(LinkProblem::Damaged)
        }
        e => e,
    })
}

fn decode_link(fragment: &str) -> Result<SharedSchedule, Error> {
    let bad = Error::BadLink;
    let (alphabet, version, payload) = split_version(fragment).ok_or(bad(LinkProblem::NotALink))?;
    if version > LINK_VERSION {
        return Err(bad(LinkProblem::Newer {
            version,
            supported: LINK_VERSION,
        }));
    }
    if version == 0 {
        return Err(bad(LinkProblem::NotALink));
    }
    if payload.len() > MAX_LINK_CHARS {
        return Err(bad(LinkProblem::TooLong {
            limit: MAX_LINK_CHARS,
        }));
    }
    if payload.is_empty() {
        return Err(bad(LinkProblem::CutOff));
    }
    let packed = match alphabet {
        Alphabet::Base64Url => from_base64url(payload)?,
        Alphabet::Base32 => from_base32(payload)?,
    };
    let bytes = unpack_bytes(&packed)?;
    let (wire, busy): (Wire, Vec<WireBusy>) =
        match (version, postcard::take_from_bytes::<Wire>(&bytes)) {
            (1, Ok((wire, []))) => (wire, Vec::new()),
            (2, Ok((wire, rest))) => match postcard::take_from_bytes::<Vec<WireBusy>>(rest) {
                Ok((busy, [])) => (wire, busy),
                _ => return Err(bad(LinkProblem::Damaged)),
            },
            _ => return Err(bad(LinkProblem::Damaged)),
        };
    let (kind, mut schedule) = unpack(wire).ok_or(bad(LinkProblem::Damaged))?;
    schedule.busy = unpack_busy(&schedule, busy).ok_or(bad(LinkProblem::Damaged))?;
    // The same validation as an imported file: through the JSON form, so that what types
    // cannot say (hours, references, spans) is checked exactly as on import.
    let schedule = Schedule::from_json(&serde_json::to_string(&schedule).unwrap_or_default())
        .map_err(|e| {
            bad(match e {
                Error::Invalid { path, message } => LinkProblem::InvalidSchedule { path, message },
                other => LinkProblem::InvalidSchedule {
                    path: String::new(),
                    message: other.to_string(),
                },
            })
        })?;
    if let LinkKind::View { campus, cohort } = &kind {
        let campus_known = campus
            .as_ref()
            .is_none_or(|c| schedule.campuses.iter().any(|x| x.id == *c));
        let cohort_known = cohort
            .as_ref()
            .is_none_or(|c| schedule.cohorts.iter().any(|x| x.id == *c));
        if !(campus_known && cohort_known) {
            return Err(bad(LinkProblem::Damaged));
        }
        // A narrowed view link holds only what it is narrowed to (as `encode` writes it);
        // one with more would show one thing and, shared on, say another.
        if let Some(i) = schedule
            .sessions
            .iter()
            .position(|x| !schedule.involves(x, campus.as_ref(), cohort.as_ref()))
        {
            return Err(bad(LinkProblem::InvalidSchedule {
                path: format!("sessions[{i}]"),
                message: "a view link holds a session its campus or cohort takes no part in".into(),
            }));
        }
    }
    Ok(SharedSchedule { kind, schedule })
}

/// How a link's bytes are written: `s` base64url (URLs), `Q` base32 (QR codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alphabet {
    Base64Url,
    Base32,
}

/// `s<version>.<payload>` or `Q<version>.<payload>` → (alphabet, version, payload).
fn split_version(fragment: &str) -> Option<(Alphabet, u32, &str)> {
    let alphabet = match fragment.as_bytes().first()? {
        b's' => Alphabet::Base64Url,
        b'Q' | b'q' => Alphabet::Base32,
        _ => return None,
    };
    let (v, payload) = fragment[1..].split_once('.')?;
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((alphabet, v.parse().ok()?, payload))
}

fn from_base64url(payload: &str) -> Result<Vec<u8>, Error> {
    if !payload
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(Error::BadLink(LinkProblem::Damaged));
    }
    // A base64 text cut at any point still decodes when a last lone character is dropped; the
    // missing end then shows up as a deflate stream that stops early.
    let whole = payload.len() - usize::from(payload.len() % 4 == 1);
    let lenient = base64::engine::GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::RequireNone),
    );
    lenient
        .decode(&payload[..whole])
        .map_err(|_| Error::BadLink(LinkProblem::Damaged))
}

fn from_base32(payload: &str) -> Result<Vec<u8>, Error> {
    // Some QR readers hand over the text in small letters.
    let upper = payload.to_ascii_uppercase();
    if !upper
        .bytes()
        .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
    {
        return Err(Error::BadLink(LinkProblem::Damaged));
    }
    // Base32 groups of 8 characters hold 5 bytes; a text cut inside a group keeps the bytes
    // its whole characters spell (lengths 1, 3 and 6 in a group spell no whole byte more).
    let keep = match upper.len() % 8 {
        1 | 3 | 6 => upper.len() - 1,
        _ => upper.len(),
    };
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    spec.check_trailing_bits = false;
    let lenient = spec
        .encoding()
        .map_err(|_| Error::BadLink(LinkProblem::Damaged))?;
    lenient
        .decode(&upper.as_bytes()[..keep])
        .map_err(|_| Error::BadLink(LinkProblem::Damaged))
}

/// A QR code of a link, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrLink {
    /// The text the code holds: the address, `#`, then the `Q1.` form of the link.
    pub text: String,
    /// The QR version (1–40).
    pub version: i16,
    /// Modules a side.
    pub width: usize,
    /// The code as SVG, dark modules on a white square with the quiet zone.
    pub svg: String,
}

/// The QR code of a schedule's link at `base`, at error correction L (the most data), or
/// `None` when the schedule is too large for one code (share the link itself then).
pub fn qr(base: &str, schedule: &Schedule, kind: &LinkKind) -> Option<QrLink> {
    let base = base.split('#').next().unwrap_or(base);
    let text = format!("{base}#{}", encode_for_qr(schedule, kind).ok()?);
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    let version = match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    };
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .build();
    Some(QrLink {
        version,
        width: code.width(),
        svg,
        text,
    })
}

/// The bytes followed by their Adler-32, deflated (raw, no zlib header) after [`DICTIONARY`].
///
/// miniz_oxide has no preset-dictionary call, so the compressor reads the dictionary first and
/// flushes (a sync flush ends on a byte boundary and keeps the window), and only what it writes
/// after that is kept. The reader rebuilds the same window from the dictionary in stored blocks.
pub(crate) fn pack_bytes(bytes: &[u8]) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
    };
    let mut data = bytes.to_vec();
    let check = miniz_oxide::mz_adler32_oxide(miniz_oxide::MZ_ADLER32_INIT, bytes);
    data.extend_from_slice(&check.to_be_bytes());
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(10, -15, 0));
    let mut out = Vec::new();
    let mut run = |input: &[u8], flush: TDEFLFlush, out: &mut Vec<u8>| {
        let mut input = input;
        let mut buf = [0u8; 8192];
        loop {
            let (status, read, wrote) = compress(&mut compressor, input, &mut buf, flush);
            out.extend_from_slice(&buf[..wrote]);
            input = &input[read..];
            let finished = match status {
                TDEFLStatus::Done => true,
                TDEFLStatus::Okay => input.is_empty() && wrote < buf.len(),
                _ => true,
            };
            if finished {
                break;
            }
        }
    };
    run(DICTIONARY.as_bytes(), TDEFLFlush::Sync, &mut out);
    let start = out.len();
    run(&data, TDEFLFlush::Finish, &mut out);
    out.split_off(start)
}

/// The reverse of [`pack_bytes`], with the output limited to [`MAX_UNPACKED_BYTES`].
pub(crate) fn unpack_bytes(packed: &[u8]) -> Result<Vec<u8>, Error> {
    use miniz_oxide::inflate::TINFLStatus;
    let dictionary = DICTIONARY.as_bytes();
    // The dictionary as stored (uncompressed) blocks: header byte 0 (not last, stored), then
    // LEN and its complement, little-endian, then the bytes.
    let mut stream = Vec::with_capacity(dictionary.len() + 8 + packed.len());
    for chunk in dictionary.chunks(u16::MAX as usize) {
        let len = chunk.len() as u16;
        stream.push(0);
        stream.extend_from_slice(&len.to_le_bytes());
        stream.extend_from_slice(&(!len).to_le_bytes());
        stream.extend_from_slice(chunk);
    }
    stream.extend_from_slice(packed);
    // One byte over the limit, so that "more than the limit" is told apart from "exactly".
    let limit = dictionary.len() + MAX_UNPACKED_BYTES + 4 + 1;
    let mut data =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&stream, limit).map_err(|e| {
            Error::BadLink(match e.status {
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                    LinkProblem::CutOff
                }
                TINFLStatus::HasMoreOutput => LinkProblem::TooLong {
                    limit: MAX_UNPACKED_BYTES,
                },
                _ => LinkProblem::Damaged,
            })
        })?;
    let mut data = data.split_off(dictionary.len().min(data.len()));
    if data.len() < 4 {
        return Err(Error::BadLink(LinkProblem::Damaged));
    }
    if data.len() > MAX_UNPACKED_BYTES + 4 {
        return Err(Error::BadLink(LinkProblem::TooLong {
            limit: MAX_UNPACKED_BYTES,
        }));
    }
    let check = data.split_off(data.len() - 4);
    let expected = miniz_oxide::mz_adler32_oxide(miniz_oxide::MZ_ADLER32_INIT, &data);
    if check != expected.to_be_bytes() {
        return Err(Error::BadLink(LinkProblem::Damaged));
    }
    Ok(data)
}

// ---- The wire form of link version 1. Never change these types: add a version instead. ----

type Str = u32;

#[derive(Debug, Serialize, Deserialize)]
struct Wire {
    /// `None` for an edit link; a view link with its narrowing (string numbers).
    view: Option<(Option<Str>, Option<Str>)>,
    strings: Vec<String>,
    id: Str,
    name: Str,
    alliance: Option<Str>,
    /// Days since 2000-01-01.
    term_start: i32,
    /// Days from the term's start to its end.
    term_days: i32,
    campuses: Vec<WireCampus>,
    /// (id, name, campus number, size)
    cohorts: Vec<(Str, Str, u32, Option<u32>)>,
    /// (id, name, campus number)
    lecturers: Vec<(Str, Str, Option<u32>)>,
    /// (id, name, campus number, capacity)
    rooms: Vec<(Str, Str, u32, Option<u32>)>,
    sessions: Vec<WireSession>,
    min_break_minutes: u32,
}

/// (weekdays as bits, Monday = 1, start minute, end minute): days with the same hours share
/// one entry.
type WireHours = Vec<(u8, u16, u16)>;
/// (name, first day, last day) as day offsets
type WireClosure = (Str, i32, Option<i32>);
/// (first day, last day) as day offsets
type WireTerm = (i32, i32);
/// (day offset, minute of the day)
type WireDateTime = (i32, u16);

#[derive(Debug, Serialize, Deserialize)]
enum WireCampus {
    /// A campus Meridian knows, by its preset id, with only what differs from the preset.
    Known {
        preset: Str,
        /// Its id in the schedule, when not the preset's.
        id: Option<Str>,
        /// Name, short name, code, city, country and zone, when any differs from the preset.
        details: Option<WireDetails>,
        hours: Option<WireHours>,
        term: Option<WireTerm>,
        closures: Vec<WireClosure>,
    },
    /// Any other campus, whole.
    Own {
        id: Str,
        name: Str,
        short: Str,
        code: Option<Str>,
        city: Str,
        country: Str,
        zone: Str,
        hours: WireHours,
        term: Option<WireTerm>,
        closures: Vec<WireClosure>,
    },
}

/// (interval, weekdays 0 = Monday, until, count, skipped days)
type WireWeekly = (u32, Vec<u8>, Option<i32>, Option<u32>, Vec<i32>);
/// (date, new start, new length, new rooms) of one changed occurrence
type WireChange = (i32, Option<WireDateTime>, Option<u32>, Option<Vec<u32>>);
/// (name, short, code, city, country, zone) of a renamed or moved preset campus.
type WireDetails = (Str, Str, Option<Str>, Str, Str, Str);

#[derive(Debug, Serialize, Deserialize)]
struct WireSession {
    id: Str,
    title: Str,
    course: Option<Str>,
    kind: u8,
    host: u32,
    zone: Option<Str>,
    start: WireDateTime,
    duration_minutes: u32,
    repeat: Option<WireWeekly>,
    cohorts: Vec<u32>,
    lecturer: Option<u32>,
    rooms: Vec<u32>,
    meeting_url: Option<Str>,
    notes: Option<Str>,
    changes: Vec<WireChange>,
}

/// Session kinds by number in the wire form: [`SessionKind::ALL`]'s order, which link
/// version 1 fixes (never reorder it).
const KINDS: [SessionKind; 8] = SessionKind::ALL;

fn epoch() -> CivilDate {
    CivilDate::new(2000, 1, 1).unwrap_or_else(|| unreachable!("2000-01-01 is a date"))
}

/// Strings stored once, numbered in order of first use.
#[derive(Default)]
struct Packer {
    strings: Vec<String>,
    numbers: HashMap<String, Str>,
    origin: Option<CivilDate>,
}

impl Packer {
    fn s(&mut self, text: &str) -> Str {
        if let Some(&n) = self.numbers.get(text) {
            return n;
        }
        let n = self.strings.len() as Str;
        self.strings.push(text.to_string());
        self.numbers.insert(text.to_string(), n);
        n
    }

    fn day(&self, d: CivilDate) -> i32 {
        self.origin.unwrap_or_else(epoch).days_until(d) as i32
    }

    fn datetime(&self, t: CivilDateTime) -> WireDateTime {
        (self.day(t.date()), t.time().minutes_of_day() as u16)
    }

    fn hours(h: &TeachingHours) -> WireHours {
        let mut out: WireHours = Vec::new();
        for (d, h) in h {
            let bit = 1u8 << d.index();
            match out
                .iter_mut()
                .find(|x| (x.1, x.2) == (h.start_minute, h.end_minute))
            {
                Some(x) => x.0 |= bit,
                None => out.push((bit, h.start_minute, h.end_minute)),
            }
        }
        out
    }

    fn closures(&mut self, c: &[Closure]) -> Vec<WireClosure> {
        c.iter()
            .map(|c| {
                (
                    self.s(&c.name),
                    self.day(c.start),
                    c.end.map(|e| self.day(e)),
                )
            })
            .collect()
    }

    fn term(&self, t: &Term) -> WireTerm {
        (self.day(t.start), self.day(t.end))
    }

    fn campus(&mut self, c: &Campus) -> WireCampus {
        let Some(known) = known_campus(c.id.as_str()) else {
            return WireCampus::Own {
                id: self.s(c.id.as_str()),
                name: self.s(&c.name),
                short: self.s(&c.short),
                code: c.code.as_deref().map(|x| self.s(x)),
                city: self.s(&c.city),
                country: self.s(&c.country),
                zone: self.s(c.zone.name()),
                hours: Packer::hours(&c.teaching_hours),
                term: c.term.as_ref().map(|t| self.term(t)),
                closures: self.closures(&c.closures),
            };
        };
        let preset = known.to_campus();
        let same = (&c.name, &c.short, &c.code, &c.city, &c.country, c.zone)
            == (
                &preset.name,
                &preset.short,
                &preset.code,
                &preset.city,
                &preset.country,
                preset.zone,
            );
        let details = (!same).then(|| {
            (
                self.s(&c.name),
                self.s(&c.short),
                c.code.as_deref().map(|x| self.s(x)),
                self.s(&c.city),
                self.s(&c.country),
                self.s(c.zone.name()),
            )
        });
        WireCampus::Known {
            preset: self.s(known.id),
            id: (c.id.as_str() != known.id).then(|| self.s(c.id.as_str())),
            details,
            hours: (c.teaching_hours != preset.teaching_hours)
                .then(|| Packer::hours(&c.teaching_hours)),
            term: c.term.as_ref().map(|t| self.term(t)),
            closures: self.closures(&c.closures),
        }
    }

    fn pack(mut self, s: &Schedule, kind: &LinkKind) -> Wire {
        self.origin = Some(s.term.start);
        let view = match kind {
            LinkKind::Edit => None,
            LinkKind::View { campus, cohort } => Some((
                campus.as_ref().map(|c| self.s(c.as_str())),
                cohort.as_ref().map(|c| self.s(c.as_str())),
            )),
        };
        let position = |ids: Vec<&str>| -> HashMap<String, u32> {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.to_string(), i as u32))
                .collect()
        };
        let campus_no = position(s.campuses.iter().map(|c| c.id.as_str()).collect());
        let cohort_no = position(s.cohorts.iter().map(|c| c.id.as_str()).collect());
        let lecturer_no = position(s.lecturers.iter().map(|c| c.id.as_str()).collect());
        let room_no = position(s.rooms.iter().map(|c| c.id.as_str()).collect());
        let at = |map: &HashMap<String, u32>, id: &str| map.get(id).copied().unwrap_or(u32::MAX);
        let id = self.s(&s.id);
        let name = self.s(&s.name);
        let alliance = s.alliance.as_deref().map(|a| self.s(a));
        let campuses = s.campuses.iter().map(|c| self.campus(c)).collect();
        let cohorts = s
            .cohorts
            .iter()
            .map(|c| {
                (
                    self.s(c.id.as_str()),
                    self.s(&c.name),
                    at(&campus_no, c.campus.as_str()),
                    c.size,
                )
            })
            .collect();
        let lecturers = s
            .lecturers
            .iter()
            .map(|l| {
                (
                    self.s(l.id.as_str()),
                    self.s(&l.name),
                    l.campus.as_ref().map(|c| at(&campus_no, c.as_str())),
                )
            })
            .collect();
        let rooms = s
            .rooms
            .iter()
            .map(|r| {
                (
                    self.s(r.id.as_str()),
                    self.s(&r.name),
                    at(&campus_no, r.campus.as_str()),
                    r.capacity,
                )
            })
            .collect();
        let sessions = s
            .sessions
            .iter()
            .map(|x| WireSession {
                id: self.s(x.id.as_str()),
                title: self.s(&x.title),
                course: x.course.as_deref().map(|c| self.s(c)),
                kind: KINDS.iter().position(|k| *k == x.kind).unwrap_or(0) as u8,
                host: at(&campus_no, x.host.as_str()),
                zone: x.zone.map(|z| self.s(z.name())),
                start: self.datetime(x.start),
                duration_minutes: x.duration_minutes,
                repeat: x.repeat.as_ref().map(|r| {
                    (
                        r.interval,
                        r.weekdays.iter().map(|d| d.index() as u8).collect(),
                        r.until.map(|d| self.day(d)),
                        r.count,
                        r.skip.iter().map(|d| self.day(*d)).collect(),
                    )
                }),
                cohorts: x
                    .cohorts
                    .iter()
                    .map(|c| at(&cohort_no, c.as_str()))
                    .collect(),
                lecturer: x.lecturer.as_ref().map(|l| at(&lecturer_no, l.as_str())),
                rooms: x.rooms.iter().map(|r| at(&room_no, r.as_str())).collect(),
                meeting_url: x.meeting_url.as_deref().map(|u| self.s(u)),
                notes: x.notes.as_deref().map(|n| self.s(n)),
                changes: x
                    .changes
                    .iter()
                    .map(|c| {
                        (
                            self.day(c.date),
                            c.start.map(|t| self.datetime(t)),
                            c.duration_minutes,
                            c.rooms
                                .as_ref()
                                .map(|rs| rs.iter().map(|r| at(&room_no, r.as_str())).collect()),
                        )
                    })
                    .collect(),
            })
            .collect();
        Wire {
            view,
            id,
            name,
            alliance,
            term_start: epoch().days_until(s.term.start) as i32,
            term_days: s.term.start.days_until(s.term.end) as i32,
            campuses,
            cohorts,
            lecturers,
            rooms,
            sessions,
            min_break_minutes: s.rules.min_break_minutes,
            strings: self.strings,
        }
    }
}

/// The schedule a wire form describes; `None` when it refers to what is not there.
fn unpack(w: Wire) -> Option<(LinkKind, Schedule)> {
    let strings = &w.strings;
    let s = |n: Str| strings.get(n as usize).cloned();
    let origin = epoch().add_days(i64::from(w.term_start))?;
    let day = |d: i32| origin.add_days(i64::from(d));
    let datetime = |(d, m): WireDateTime| {
        (m < 1440).then_some(())?;
        Some(day(d)?.at(CivilTime::from_minutes_of_day(u32::from(m))))
    };
    let zone = |n: Str| Zone::parse(&s(n)?).ok();
    let hours = |h: &WireHours| -> Option<TeachingHours> {
        let mut out = TeachingHours::new();
        for &(days, a, b) in h {
            for d in Weekday::ALL.iter().filter(|d| days & (1 << d.index()) != 0) {
                let hours = Hours {
                    start_minute: a,
                    end_minute: b,
                };
                // A weekday in two entries is not what an encoder writes.
                out.insert(*d, hours).is_none().then_some(())?;
            }
        }
        Some(out)
    };
    let closures = |c: &[WireClosure]| -> Option<Vec<Closure>> {
        c.iter()
            .map(|&(n, a, b)| {
                Some(Closure {
                    name: s(n)?,
                    start: day(a)?,
                    end: match b {
                        Some(b) => Some(day(b)?),
                        None => None,
                    },
                })
            })
            .collect()
    };
    let term = |(a, b): WireTerm| {
        Some(Term {
            start: day(a)?,
            end: day(b)?,
        })
    };
    let opt = |o: Option<Str>| -> Option<Option<String>> {
        match o {
            Some(n) => Some(Some(s(n)?)),
            None => Some(None),
        }
    };
    let mut campuses = Vec::with_capacity(w.campuses.len().min(1024));
    for c in &w.campuses {
        campuses.push(match c {
            WireCampus::Own {
                id,
                name,
                short,
                code,
                city,
                country,
                zone: z,
                hours: h,
                term: t,
                closures: cl,
            } => Campus {
                id: CampusId(s(*id)?),
                name: s(*name)?,
                short: s(*short)?,
                code: opt(*code)?,
                city: s(*city)?,
                country: s(*country)?,
                zone: zone(*z)?,
                teaching_hours: hours(h)?,
                term: match t {
                    Some(t) => Some(term(*t)?),
                    None => None,
                },
                closures: closures(cl)?,
            },
            WireCampus::Known {
                preset,
                id,
                details,
                hours: h,
                term: t,
                closures: cl,
            } => {
                let mut c = known_campus(&s(*preset)?)?.to_campus();
                if let Some(id) = id {
                    c.id = CampusId(s(*id)?);
                }
                if let Some((name, short, code, city, country, z)) = details {
                    c.name = s(*name)?;
                    c.short = s(*short)?;
                    c.code = opt(*code)?;
                    c.city = s(*city)?;
                    c.country = s(*country)?;
                    c.zone = zone(*z)?;
                }
                if let Some(h) = h {
                    c.teaching_hours = hours(h)?;
                }
                c.term = match t {
                    Some(t) => Some(term(*t)?),
                    None => None,
                };
                c.closures = closures(cl)?;
                c
            }
        });
    }
    let campus_id = |n: u32| campuses.get(n as usize).map(|c: &Campus| c.id.clone());
    let cohorts = w
        .cohorts
        .iter()
        .map(|&(id, name, campus, size)| {
            Some(Cohort {
                id: CohortId(s(id)?),
                name: s(name)?,
                campus: campus_id(campus)?,
                size,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let lecturers = w
        .lecturers
        .iter()
        .map(|&(id, name, campus)| {
            Some(Lecturer {
                id: LecturerId(s(id)?),
                name: s(name)?,
                campus: match campus {
                    Some(c) => Some(campus_id(c)?),
                    None => None,
                },
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let rooms = w
        .rooms
        .iter()
        .map(|&(id, name, campus, capacity)| {
            Some(Room {
                id: RoomId(s(id)?),
                name: s(name)?,
                campus: campus_id(campus)?,
                capacity,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let room_ids = |rs: &[u32]| -> Option<Vec<RoomId>> {
        rs.iter()
            .map(|&r| rooms.get(r as usize).map(|x| x.id.clone()))
            .collect()
    };
    let sessions = w
        .sessions
        .iter()
        .map(|x| {
            Some(Session {
                id: SessionId(s(x.id)?),
                title: s(x.title)?,
                course: opt(x.course)?,
                kind: *KINDS.get(usize::from(x.kind))?,
                host: campus_id(x.host)?,
                zone: match x.zone {
                    Some(z) => Some(zone(z)?),
                    None => None,
                },
                start: datetime(x.start)?,
                duration_minutes: x.duration_minutes,
                repeat: match &x.repeat {
                    Some((interval, weekdays, until, count, skip)) => Some(Weekly {
                        interval: *interval,
                        weekdays: weekdays
                            .iter()
                            .map(|&d| Weekday::ALL.get(usize::from(d)).copied())
                            .collect::<Option<_>>()?,
                        until: match until {
                            Some(u) => Some(day(*u)?),
                            None => None,
                        },
                        count: *count,
                        skip: skip.iter().map(|&d| day(d)).collect::<Option<_>>()?,
                    }),
                    None => None,
                },
                cohorts: x
                    .cohorts
                    .iter()
                    .map(|&c| cohorts.get(c as usize).map(|k| k.id.clone()))
                    .collect::<Option<_>>()?,
                lecturer: match x.lecturer {
                    Some(l) => Some(lecturers.get(l as usize)?.id.clone()),
                    None => None,
                },
                rooms: room_ids(&x.rooms)?,
                meeting_url: opt(x.meeting_url)?,
                notes: opt(x.notes)?,
                changes: x
                    .changes
                    .iter()
                    .map(|(date, start, duration, rs)| {
                        Some(OccurrenceChange {
                            date: day(*date)?,
                            start: match start {
                                Some(t) => Some(datetime(*t)?),
                                None => None,
                            },
                            duration_minutes: *duration,
                            rooms: match rs {
                                Some(rs) => Some(room_ids(rs)?),
                                None => None,
                            },
                        })
                    })
                    .collect::<Option<_>>()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let kind = match w.view {
        None => LinkKind::Edit,
        Some((campus, cohort)) => LinkKind::View {
            campus: match campus {
                Some(c) => Some(CampusId(s(c)?)),
                None => None,
            },
            cohort: match cohort {
                Some(c) => Some(CohortId(s(c)?)),
                None => None,
            },
        },
    };
    let schedule = Schedule {
        format: FORMAT.to_string(),
        id: s(w.id)?,
        name: s(w.name)?,
        alliance: opt(w.alliance)?,
        term: Term {
            start: origin,
            end: day(w.term_days)?,
        },
        campuses,
        cohorts,
        lecturers,
        rooms,
        sessions,
        rules: Rules {
            min_break_minutes: w.min_break_minutes,
        },
        busy: Vec::new(),
    };
    Some((kind, schedule))
}

/// Link version 2's addition: a busy calendar, its attachment as (0 campus, 1 cohort,
/// 2 lecturer, 3 room; position in that list), and its blocks as (seconds from the term's first
/// midnight UTC, length in seconds, title).
#[derive(Debug, Serialize, Deserialize)]
struct WireBusy {
    id: String,
    name: String,
    target: (u8, u32),
    blocks: Vec<(i64, u32, String)>,
}

fn term_origin(s: &Schedule) -> Option<i64> {
    Zone::UTC
        .resolve(
            s.term.start.at(CivilTime::MIDNIGHT),
            crate::Disambiguation::Compatible,
        )
        .ok()
        .map(|r| r.instant.unix_seconds())
}

fn pack_busy(s: &Schedule) -> Vec<WireBusy> {
    let origin = term_origin(s).unwrap_or(0);
    let position = |ids: Vec<&str>, id: &str| ids.iter().position(|x| *x == id).unwrap_or(0) as u32;
    s.busy
        .iter()
        .map(|b| WireBusy {
            id: b.id.clone(),
            name: b.name.clone(),
            // The link says what a calendar applies to as (kind, position in its list).
            target: match b.target() {
                Some(BusyTarget::Campus(c)) => (
                    0,
                    position(
                        s.campuses.iter().map(|x| x.id.as_str()).collect(),
                        c.as_str(),
                    ),
                ),
                Some(BusyTarget::Cohort(c)) => (
                    1,
                    position(
                        s.cohorts.iter().map(|x| x.id.as_str()).collect(),
                        c.as_str(),
                    ),
                ),
                Some(BusyTarget::Lecturer(l)) => (
                    2,
                    position(
                        s.lecturers.iter().map(|x| x.id.as_str()).collect(),
                        l.as_str(),
                    ),
                ),
                Some(BusyTarget::Room(r)) => (
                    3,
                    position(s.rooms.iter().map(|x| x.id.as_str()).collect(), r.as_str()),
                ),
                None => (0, 0),
            },
            blocks: b
                .blocks
                .iter()
                .map(|x| {
                    (
                        x.start.unix_seconds() - origin,
                        (x.end.unix_seconds() - x.start.unix_seconds())
                            .clamp(0, i64::from(u32::MAX)) as u32,
                        x.title.clone(),
                    )
                })
                .collect(),
        })
        .collect()
}

fn unpack_busy(s: &Schedule, busy: Vec<WireBusy>) -> Option<Vec<crate::schedule::BusyCalendar>> {
    let origin = term_origin(s)?;
    busy.into_iter()
        .map(|b| {
            let (kind, n) = b.target;
            let n = n as usize;
            let mut calendar = crate::schedule::BusyCalendar {
                id: b.id,
                name: b.name,
                campus: None,
                cohort: None,
                lecturer: None,
                room: None,
                blocks: Vec::new(),
            };
            match kind {
                0 => calendar.campus = Some(s.campuses.get(n)?.id.clone()),
                1 => calendar.cohort = Some(s.cohorts.get(n)?.id.clone()),
                2 => calendar.lecturer = Some(s.lecturers.get(n)?.id.clone()),
                3 => calendar.room = Some(s.rooms.get(n)?.id.clone()),
                _ => return None,
            }
            calendar.blocks = b
                .blocks
                .into_iter()
                .map(|(start, length, title)| {
                    let start = crate::Instant::from_unix_seconds(origin.checked_add(start)?)?;
                    let end = crate::Instant::from_unix_seconds(
                        start.unix_seconds().checked_add(i64::from(length))?,
                    )?;
                    Some(crate::schedule::BusyBlock { start, end, title })
                })
                .collect::<Option<_>>()?;
            Some(calendar)
        })
        .collect()
}

/// A version-1 link around arbitrary payload bytes (for tests and the fuzzer: hostile payloads
/// that pass the checksum).
#[doc(hidden)]
pub fn link_of_bytes(bytes: &[u8]) -> String {
    format!(
        "s1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(pack_bytes(bytes))
    )
}

/// The payload bytes of a link, unpacked and checked but not decoded (for the fuzzer, which
/// mutates them under a valid checksum).
#[doc(hidden)]
pub fn payload_bytes(link: &str) -> Result<Vec<u8>, Error> {
    let found = locate(link)?;
    let (alphabet, _, payload) =
        split_version(&found.link).ok_or(Error::BadLink(LinkProblem::NotALink))?;
    let packed = match alphabet {
        Alphabet::Base64Url => from_base64url(payload)?,
        Alphabet::Base32 => from_base32(payload)?,
    };
    unpack_bytes(&packed)
}

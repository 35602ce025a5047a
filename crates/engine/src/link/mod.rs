//! Share links: a whole schedule in a URL fragment, `#s1.<payload>` … `#s4.<payload>` (each
//! version adds to the one before), or `#Q1.`…`#Q4.` in a QR code.
//!
//! The payload is a compact binary form of the schedule, not JSON: preset campuses by reference
//! with only their edits, every string stored once in a table and referred to by number, dates
//! as day offsets from the term's start and times as minutes of the day, everything in
//! variable-length integers ([postcard]). That, followed by its Adler-32, is compressed with raw
//! deflate ([miniz_oxide], no zlib header) primed with a frozen [`DICTIONARY`], and written in
//! unpadded base64url, which survives URLs, mail and chat.
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
//! version newer than this module knows is reported as [`LinkProblem::Newer`]. Each version is
//! written only when the schedule needs what it adds, so a link is always the oldest version
//! that can say it: version 2 for busy time, version 3 for a base fingerprint, version 4 for a
//! campus's holiday calendar (region, switched-off holidays, own periods). The public holidays
//! themselves are never in a link: they come from the data, so a link carries only what differs
//! from them.

use crate::error::LinkProblem;
use crate::lineage::{Fingerprint, FINGERPRINT_BYTES};
use crate::schedule::{CampusId, CohortId, Schedule};
use crate::Error;
use base64::Engine as _;

mod text;
mod wire;

pub use text::link_text;
use text::*;
use wire::*;

/// The newest link version this Meridian reads and writes. Version 1 holds a schedule;
/// version 2 adds imported busy time after version 1's fields (and is written only when a
/// schedule has some, so every other link stays version 1); version 3 adds, after version 2's
/// fields, the fingerprint of the link's base (the version both sides last had in common),
/// and is written only for a link with a base. Version 4 adds, after version 2's fields, the
/// base as an option and each campus's holiday calendar (its region, switched-off public
/// holidays and own periods), and is written only when a campus has one of those.
pub const LINK_VERSION: u32 = 4;

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

/// A decoded link: what it opens, the schedule and the version it was based on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedSchedule {
    /// Edit or view.
    pub kind: LinkKind,
    /// The schedule, validated.
    pub schedule: Schedule,
    /// The fingerprint of the version the sender last had in common with its receivers (the
    /// link they edited), when the link carries one (version 3); `None` for older links.
    pub base: Option<Fingerprint>,
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
    encode_with_base(schedule, kind, None)
}

/// [`encode`] with the fingerprint of the link's base (see [`SharedSchedule::base`]): a
/// version 3 link, 8 bytes longer before compression; with `None` exactly [`encode`]'s link.
pub fn encode_with_base(
    schedule: &Schedule,
    kind: &LinkKind,
    base: Option<Fingerprint>,
) -> Result<String, Error> {
    let (version, bytes) = packed(schedule, kind, true, base)?;
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    within_link_limit(text.len())?;
    Ok(format!("s{version}.{text}"))
}

/// [`encode`] without its checks, for tests and the fuzzer (links a hostile sender could make).
#[doc(hidden)]
pub fn encode_unchecked(schedule: &Schedule, kind: &LinkKind) -> String {
    let (version, bytes) = packed(schedule, kind, false, None).unwrap_or_default();
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
    encode_for_qr_with_base(schedule, kind, None)
}

/// [`encode_for_qr`] with the fingerprint of the link's base (see [`encode_with_base`]).
pub fn encode_for_qr_with_base(
    schedule: &Schedule,
    kind: &LinkKind,
    base: Option<Fingerprint>,
) -> Result<String, Error> {
    let (version, bytes) = packed(schedule, kind, true, base)?;
    let text = data_encoding::BASE32_NOPAD.encode(&bytes);
    within_link_limit(text.len())?;
    Ok(format!("Q{version}.{text}"))
}

fn within_link_limit(chars: usize) -> Result<(), Error> {
    if chars > MAX_LINK_CHARS {
        return Err(Error::TooLargeToShare {
            what: crate::ShareLimit::LinkCharacters,
            size: chars,
            limit: MAX_LINK_CHARS,
        });
    }
    Ok(())
}

/// The link version and packed payload bytes of a link; with `checked`, refused when the
/// decoder would refuse them.
fn packed(
    schedule: &Schedule,
    kind: &LinkKind,
    checked: bool,
    base: Option<Fingerprint>,
) -> Result<(u32, Vec<u8>), Error> {
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
    let version = match base {
        _ if schedule.campuses.iter().any(has_calendar) => {
            bytes.extend(postcard::to_allocvec(&pack_busy(schedule)).unwrap_or_default());
            let base: Option<[u8; FINGERPRINT_BYTES]> = base.map(|b| b.bytes());
            bytes.extend(postcard::to_allocvec(&base).unwrap_or_default());
            bytes.extend(postcard::to_allocvec(&pack_calendars(schedule)).unwrap_or_default());
            4
        }
        Some(base) => {
            bytes.extend(postcard::to_allocvec(&pack_busy(schedule)).unwrap_or_default());
            bytes.extend_from_slice(&base.bytes());
            3
        }
        None if schedule.busy.is_empty() => 1,
        None => {
            bytes.extend(postcard::to_allocvec(&pack_busy(schedule)).unwrap_or_default());
            2
        }
    };
    if checked && bytes.len() > MAX_UNPACKED_BYTES {
        return Err(Error::TooLargeToShare {
            what: crate::ShareLimit::UnpackedBytes,
            size: bytes.len(),
            limit: MAX_UNPACKED_BYTES,
        });
    }
    Ok((version, pack_bytes(&bytes)))
}

/// The planner's page: what an edit link opens.
pub const PLANNER_PAGE: &str = "index.html";

/// The student timetable's page, beside the planner's: what a view link opens.
pub const TIMETABLE_PAGE: &str = "timetable.html";

/// `page` in the same folder as `address` (its query and fragment dropped): where a link made
/// on one page sends readers of the other. An address with no path (`https://uni.example`) is
/// its root folder, and so is one whose last part has no `.` (`https://uni.example/meridian`):
/// Meridian's pages are `.html` files, so such a part names the folder it is served from.
pub fn sibling_page(address: &str, page: &str) -> String {
    let address = address.split(['#', '?']).next().unwrap_or(address);
    let path_start = match address.find("://") {
        Some(i) => address[i + 3..]
            .find('/')
            .map_or(address.len(), |j| i + 3 + j),
        None => 0,
    };
    let (origin, path) = address.split_at(path_start);
    let path = if path.is_empty() && !origin.is_empty() {
        "/"
    } else {
        path
    };
    let (folder, last) = match path.rfind('/') {
        Some(i) => (&path[..=i], &path[i + 1..]),
        None => ("", path),
    };
    if last.is_empty() || last.contains('.') {
        format!("{origin}{folder}{page}")
    } else {
        format!("{origin}{path}/{page}")
    }
}

/// The page a link of `kind` opens, given where Meridian is served (`address`: the planner's
/// page, its folder or any page beside it): a view link opens the student timetable's page
/// ([`TIMETABLE_PAGE`]), where a reader who gets a damaged link is told so rather than shown
/// the planner; an edit link opens `address` itself (its fragment dropped). The app's Share
/// dialog and `meridian link encode` both ask this.
pub fn page_for(address: &str, kind: &LinkKind) -> String {
    match kind {
        LinkKind::View { .. } => sibling_page(address, TIMETABLE_PAGE),
        LinkKind::Edit => address.split('#').next().unwrap_or(address).to_string(),
    }
}

/// A full URL: `base` (its own fragment dropped) followed by `#` and the link text; refused
/// as [`encode`] refuses.
pub fn url(base: &str, schedule: &Schedule, kind: &LinkKind) -> Result<String, Error> {
    url_with_base(base, schedule, kind, None)
}

/// [`url`] with the fingerprint of the link's base (see [`encode_with_base`]); `address` is
/// the page's address.
pub fn url_with_base(
    address: &str,
    schedule: &Schedule,
    kind: &LinkKind,
    base: Option<Fingerprint>,
) -> Result<String, Error> {
    let address = address.split('#').next().unwrap_or(address);
    Ok(format!(
        "{address}#{}",
        encode_with_base(schedule, kind, base)?
    ))
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
    type Parts = (Wire, Vec<WireBusy>, Option<Fingerprint>, Vec<WireCalendar>);
    let version_4 =
        |rest: &[u8]| -> Option<(Vec<WireBusy>, Option<Fingerprint>, Vec<WireCalendar>)> {
            let (busy, rest) = postcard::take_from_bytes::<Vec<WireBusy>>(rest).ok()?;
            let (base, rest) =
                postcard::take_from_bytes::<Option<[u8; FINGERPRINT_BYTES]>>(rest).ok()?;
            match postcard::take_from_bytes::<Vec<WireCalendar>>(rest).ok()? {
                (calendars, []) => Some((busy, base.map(Fingerprint), calendars)),
                _ => None,
            }
        };
    let (wire, busy, base, calendars): Parts =
        match (version, postcard::take_from_bytes::<Wire>(&bytes)) {
            (1, Ok((wire, []))) => (wire, Vec::new(), None, Vec::new()),
            (4, Ok((wire, rest))) => {
                let (busy, base, calendars) = version_4(rest).ok_or(bad(LinkProblem::Damaged))?;
                (wire, busy, base, calendars)
            }
            (2 | 3, Ok((wire, rest))) => match postcard::take_from_bytes::<Vec<WireBusy>>(rest) {
                Ok((busy, [])) if version == 2 => (wire, busy, None, Vec::new()),
                Ok((busy, rest)) if version == 3 && rest.len() == FINGERPRINT_BYTES => {
                    let mut base = [0u8; FINGERPRINT_BYTES];
                    base.copy_from_slice(rest);
                    (wire, busy, Some(Fingerprint(base)), Vec::new())
                }
                _ => return Err(bad(LinkProblem::Damaged)),
            },
            _ => return Err(bad(LinkProblem::Damaged)),
        };
    let (kind, mut schedule) = unpack(wire).ok_or(bad(LinkProblem::Damaged))?;
    schedule.busy = unpack_busy(&schedule, busy).ok_or(bad(LinkProblem::Damaged))?;
    unpack_calendars(&mut schedule, calendars).ok_or(bad(LinkProblem::Damaged))?;
    // The same reading as an imported file (direction controls out, then validation). What the file's typed reading refuses on top
    // (seconds in a civil time, a fraction of a second) a link cannot carry: its wire format
    // holds minutes and whole seconds. Checking directly rather than through the JSON form keeps
    // the JSON reader and its path tracking out of the timetable page (see DESIGN.md, "Two
    // apps"); `make fuzz` checks that every schedule a link opens also imports as a file.
    schedule.read_in().map_err(|e| {
        bad(match e {
            Error::Invalid { path, problem } => LinkProblem::InvalidSchedule { path, problem },
            other => LinkProblem::InvalidSchedule {
                path: String::new(),
                problem: crate::Problem::Value(Box::new(other)),
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
                problem: crate::Problem::ViewLinkExtraSession,
            }));
        }
    }
    Ok(SharedSchedule {
        kind,
        schedule,
        base,
    })
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
    Ok(base32_bytes(&upper.as_bytes()[..keep]))
}

/// The bytes RFC 4648 base32 characters (capitals and 2–7, checked by the caller) spell, bits
/// left over at the end dropped. By hand rather than `data_encoding`'s general decoder, whose
/// code is about 36 kB of the timetable page's wasm; tested against it.
fn base32_bytes(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut bits, mut held) = (0u32, 0u32);
    for &c in text {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            _ => c.wrapping_sub(b'2') + 26,
        };
        bits = (bits << 5) | u32::from(value & 31);
        held += 5;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
            bits &= (1 << held) - 1;
        }
    }
    out
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
    qr_with_base(base, schedule, kind, None)
}

/// [`qr`] of a link with the fingerprint of its base (see [`encode_with_base`]); `address` is
/// the page's address.
pub fn qr_with_base(
    address: &str,
    schedule: &Schedule,
    kind: &LinkKind,
    base: Option<Fingerprint>,
) -> Option<QrLink> {
    let address = address.split('#').next().unwrap_or(address);
    let text = format!(
        "{address}#{}",
        encode_for_qr_with_base(schedule, kind, base).ok()?
    );
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

#[cfg(test)]
mod base32_tests {
    use super::base32_bytes;
    use proptest::prelude::*;

    proptest! {
        /// The hand-written decoder reads every whole-byte length exactly as `data_encoding`'s
        /// lenient base32 (the decoder links used before).
        #[test]
        fn base32_reads_as_data_encoding_does(text in "[A-Z2-7]{0,64}") {
            let keep = match text.len() % 8 {
                1 | 3 | 6 => text.len() - 1,
                _ => text.len(),
            };
            let mut spec = data_encoding::Specification::new();
            spec.symbols.push_str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
            spec.check_trailing_bits = false;
            let expected = spec.encoding().unwrap().decode(&text.as_bytes()[..keep]).unwrap();
            prop_assert_eq!(base32_bytes(&text.as_bytes()[..keep]), expected);
        }

        /// What the QR form writes, it reads back.
        #[test]
        fn base32_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            let text = data_encoding::BASE32_NOPAD.encode(&bytes);
            prop_assert_eq!(base32_bytes(text.as_bytes()), bytes);
        }
    }
}

//! Share-link sizes for `make bench`: the demo terms against lz-string on their JSON (what the
//! TypeScript Playground does), and a 50-session term against the capacity of one QR code.

use crate::Rng;
use meridian_engine::link::{url, LinkKind};
use meridian_engine::schedule::{Schedule, Session, SessionId, SessionKind, Weekly};
use meridian_engine::{demo, CivilDateTime};

/// Where the links in the figures point.
pub const BASE: &str = "https://meridian.example/";

const TITLES: [&str; 25] = [
    "Thermodynamics",
    "Power electronics",
    "Grid operation and control",
    "Hydrogen technologies",
    "Energy economics",
    "Wind energy systems",
    "Photovoltaic systems",
    "Battery storage",
    "Heat pumps and district heating",
    "Energy policy and regulation",
    "Smart grids",
    "Carbon capture and storage",
    "Life-cycle assessment",
    "Electricity markets",
    "Optimisation for energy systems",
    "Machine learning for energy",
    "Building energy performance",
    "Hydropower",
    "Bioenergy",
    "Energy and society",
    "Research methods",
    "Project management",
    "Electric mobility",
    "Power system stability",
    "Sustainable cities",
];

const NOTES: [&str; 5] = [
    "Bring a laptop with Python 3 installed.",
    "Reading for this week is on the course page.",
    "Group presentations; each cohort presents in turn.",
    "Held in the lab: safety briefing is required before the first session.",
    "Recorded for cohorts whose local time is outside teaching hours.",
];

/// A realistic term of 50 weekly sessions on the ENHANCE campuses: varied titles, kinds, hosts
/// and cohorts, a meeting link with its own number for most, a note for some.
pub fn fifty_sessions() -> Schedule {
    let mut s = demo::load("enhance-autumn-2026").unwrap_or_else(|e| panic!("{e}"));
    let mut rng = Rng(0x50_5e55);
    let kinds = [
        SessionKind::Lecture,
        SessionKind::JointLecture,
        SessionKind::Lab,
        SessionKind::Seminar,
        SessionKind::Tutorial,
    ];
    let template = s.sessions[0].clone();
    s.sessions = (0..50)
        .map(|i| {
            let host = &s.campuses[rng.below(s.campuses.len() as u64) as usize];
            let title = TITLES[i % TITLES.len()];
            let kind = kinds[rng.below(kinds.len() as u64) as usize];
            let day = 7 + rng.below(5);
            let minute = 8 * 60 + 15 * rng.below(36);
            let start = CivilDateTime::parse(&format!(
                "2026-09-{day:02}T{:02}:{:02}",
                minute / 60,
                minute % 60
            ))
            .unwrap_or(template.start);
            let mut cohorts: Vec<_> = s
                .cohorts
                .iter()
                .filter(|c| c.campus == host.id)
                .map(|c| c.id.clone())
                .collect();
            for _ in 0..rng.below(3) {
                cohorts.push(
                    s.cohorts[rng.below(s.cohorts.len() as u64) as usize]
                        .id
                        .clone(),
                );
            }
            cohorts.sort();
            cohorts.dedup();
            let rooms = s
                .rooms
                .iter()
                .filter(|r| r.campus == host.id)
                .map(|r| r.id.clone())
                .take(1)
                .collect();
            Session {
                id: SessionId(format!(
                    "{}-{}",
                    title.to_lowercase().replace(' ', "-"),
                    i / TITLES.len() + 1
                )),
                title: format!("{title} ({})", kind.label()),
                course: Some(template.course.clone().unwrap_or_default()),
                kind,
                host: host.id.clone(),
                zone: None,
                start,
                duration_minutes: [60, 90, 90, 120][rng.below(4) as usize],
                repeat: Some(Weekly {
                    interval: 1 + u32::from(rng.below(4) == 0),
                    weekdays: Vec::new(),
                    until: None,
                    count: None,
                    skip: Vec::new(),
                }),
                cohorts,
                lecturer: Some(
                    s.lecturers[rng.below(s.lecturers.len() as u64) as usize]
                        .id
                        .clone(),
                ),
                rooms,
                meeting_url: (rng.below(5) != 0).then(|| {
                    format!(
                        "https://zoom.us/j/{}",
                        8_000_000_000 + rng.below(999_999_999)
                    )
                }),
                notes: (rng.below(5) == 0).then(|| NOTES[rng.below(5) as usize].to_string()),
                changes: Vec::new(),
            }
        })
        .collect();
    s
}

/// One schedule's figures: edit link, lz-string on the JSON, and the QR code it needs.
pub struct LinkFigures {
    /// The schedule's name.
    pub name: String,
    /// Sessions in it.
    pub sessions: usize,
    /// Characters of the link text (`s1.…`).
    pub link_chars: usize,
    /// Characters of the whole URL.
    pub url_chars: usize,
    /// Characters of lz-string's `compressToEncodedURIComponent` on the compact JSON.
    pub lz_chars: usize,
    /// The smallest QR code holding the whole URL (in its `Q1.` form) at error correction L:
    /// (version, modules a side), or `None` when it needs more than one code.
    pub qr: Option<(i16, usize)>,
    /// Bytes of the payload before compression, and of the text in it (every distinct name,
    /// id, note and meeting link, each stored once).
    pub payload_bytes: usize,
    /// Of [`LinkFigures::payload_bytes`], the distinct text.
    pub text_bytes: usize,
    /// Characters of the link text for the same schedule without its sessions' notes: what
    /// the free text a coordinator writes costs.
    pub without_notes_chars: usize,
    /// Compressed bytes of the same payload by deflate as links use it, brotli (quality 11,
    /// its built-in dictionary) and PPMd (order 6, 7-Zip's text compressor), each with the link
    /// dictionary in front and its cost taken off.
    pub compressed: Compressed,
}

/// What three compressors make of one payload, in bytes.
pub struct Compressed {
    /// Deflate with the dictionary, as in the link.
    pub deflate: usize,
    /// Brotli at quality 11.
    pub brotli: usize,
    /// PPMd order 6.
    pub ppmd: usize,
}

/// Bytes `compress` adds for `payload` after the link dictionary.
fn after_dictionary(payload: &[u8], compress: impl Fn(&[u8]) -> usize) -> usize {
    let dictionary = meridian_engine::link::DICTIONARY.as_bytes();
    let whole = compress(&[dictionary, payload].concat());
    whole.saturating_sub(compress(dictionary))
}

fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out.len()
}

fn ppmd_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let Ok(mut e) = ppmd_rust::Ppmd7Encoder::new(Vec::new(), 6, 16 << 20) else {
        return 0;
    };
    let _ = e.write_all(bytes);
    e.finish(false).map_or(0, |out| out.len())
}

/// The three compressors on one payload.
fn compressed(payload: &[u8], link_bytes: usize) -> Compressed {
    Compressed {
        deflate: link_bytes,
        brotli: after_dictionary(payload, brotli_len),
        ppmd: after_dictionary(payload, ppmd_len),
    }
}

/// The figures for one schedule.
pub fn figures(s: &Schedule) -> LinkFigures {
    let link = url(BASE, s, &LinkKind::Edit).unwrap_or_else(|e| panic!("{}: {e}", s.name));
    let text = &link[link.find('#').map_or(0, |i| i + 1)..];
    let json = serde_json::to_string(s).unwrap_or_default();
    let qr = meridian_engine::link::qr(BASE, s, &LinkKind::Edit).map(|q| (q.version, q.width));
    let payload = meridian_engine::link::payload_bytes(text).unwrap_or_default();
    let mut without_notes = s.clone();
    for x in &mut without_notes.sessions {
        x.notes = None;
    }
    LinkFigures {
        payload_bytes: payload.len(),
        // Unpadded base64url after `s1.`: 4 characters for 3 bytes.
        compressed: compressed(&payload, (text.len() - 3) * 3 / 4),
        text_bytes: distinct_text(s),
        without_notes_chars: meridian_engine::link::encode_unchecked(
            &without_notes,
            &LinkKind::Edit,
        )
        .len(),
        name: s.name.clone(),
        sessions: s.sessions.len(),
        link_chars: text.len(),
        url_chars: link.len(),
        lz_chars: lz_str::compress_to_encoded_uri_component(&json).len(),
        qr,
    }
}

/// Bytes of every distinct string a link stores for `s` (what its string table holds).
fn distinct_text(s: &Schedule) -> usize {
    let mut seen = std::collections::BTreeSet::new();
    let mut add = |t: &str| {
        seen.insert(t.to_string());
    };
    add(&s.id);
    add(&s.name);
    s.alliance.iter().for_each(|a| add(a));
    for c in &s.campuses {
        add(c.id.as_str());
        c.closures.iter().for_each(|x| add(&x.name));
    }
    for c in &s.cohorts {
        add(c.id.as_str());
        add(&c.name);
    }
    for l in &s.lecturers {
        add(l.id.as_str());
        add(&l.name);
    }
    for r in &s.rooms {
        add(r.id.as_str());
        add(&r.name);
    }
    for x in &s.sessions {
        add(x.id.as_str());
        add(&x.title);
        for t in [&x.course, &x.meeting_url, &x.notes].into_iter().flatten() {
            add(t);
        }
        x.zone.iter().for_each(|z| add(z.name()));
    }
    seen.iter().map(String::len).sum()
}

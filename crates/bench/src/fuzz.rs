//! `make fuzz`: random and mutated share links thrown at the decoder. Every input must give a
//! schedule or a typed error, quickly; a panic aborts the run and the panic hook prints the
//! input that caused it.

use crate::Rng;
use meridian_engine::link::{
    decode, encode_unchecked as encode, link_of_bytes, LinkKind, MAX_UNPACKED_BYTES,
};
use meridian_engine::schedule::{CampusId, CohortId};
use meridian_engine::{demo, Error, LinkProblem};
use std::cell::RefCell;
use std::collections::BTreeMap;

thread_local! {
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// What a fuzz run saw.
#[derive(Debug, Default)]
pub struct FuzzReport {
    /// Inputs decoded.
    pub runs: u64,
    /// How many ended how ("schedule", "cut off", "damaged", …).
    pub outcomes: BTreeMap<&'static str, u64>,
    /// The slowest decode, milliseconds, and what kind of input it was.
    pub slowest_ms: f64,
    /// The kind of input of the slowest decode.
    pub slowest_kind: &'static str,
}

fn outcome(r: &Result<meridian_engine::link::SharedSchedule, Error>) -> &'static str {
    match r {
        Ok(_) => "opened a schedule",
        Err(Error::BadLink(LinkProblem::CutOff)) => "cut off",
        Err(Error::BadLink(LinkProblem::Damaged)) => "damaged",
        Err(Error::BadLink(LinkProblem::NotALink)) => "not a link",
        Err(Error::BadLink(LinkProblem::Newer { .. })) => "newer version",
        Err(Error::BadLink(LinkProblem::TooLong { .. })) => "too long",
        Err(_) => "refused by validation",
    }
}

/// Installs a panic hook that prints the input being decoded (then the default hook runs).
pub fn report_panicking_input() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CURRENT.with(|c| eprintln!("meridian-fuzz: the decoder panicked on: {}", c.borrow()));
        default(info);
    }));
}

/// Decodes `runs` inputs made from seed `seed`, timing each with `now` (milliseconds).
pub fn fuzz(runs: u64, seed: u64, now: &dyn Fn() -> f64) -> FuzzReport {
    let mut rng = Rng(seed | 1);
    let enhance = demo::load("enhance-autumn-2026").unwrap_or_else(|e| panic!("{e}"));
    let gma = demo::load("gma-spring-2027").unwrap_or_else(|e| panic!("{e}"));
    let seeds: Vec<String> = vec![
        encode(&enhance, &LinkKind::Edit),
        encode(&gma, &LinkKind::Edit),
        encode(
            &enhance,
            &LinkKind::View {
                campus: None,
                cohort: Some(CohortId::from("ntnu-msc1")),
            },
        ),
        encode(
            &gma,
            &LinkKind::View {
                campus: Some(CampusId::from("auckland")),
                cohort: None,
            },
        ),
    ];
    // The payloads under the checksum, to mutate and re-pack: these reach the binary decoder
    // and validation instead of stopping at the checksum.
    let payloads: Vec<Vec<u8>> = seeds.iter().map(|s| unpacked(s)).collect();
    // Decompression bombs: a megabyte and more of one byte packs into a few hundred bytes.
    let bombs: Vec<String> = [MAX_UNPACKED_BYTES + 1, 8 * MAX_UNPACKED_BYTES]
        .iter()
        .map(|&n| link_of_bytes(&vec![0u8; n]))
        .collect();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut report = FuzzReport::default();
    for _ in 0..runs {
        let base = &seeds[rng.below(seeds.len() as u64) as usize];
        let (kind, input): (&'static str, String) = match rng.below(100) {
            0..=29 => (
                "truncated",
                base[..rng.below(base.len() as u64) as usize].to_string(),
            ),
            30..=54 => {
                let mut b = base.clone().into_bytes();
                for _ in 0..=rng.below(4) {
                    let i = 3 + rng.below(b.len() as u64 - 3) as usize;
                    b[i] = alphabet[rng.below(64) as usize];
                }
                (
                    "characters changed",
                    String::from_utf8_lossy(&b).into_owned(),
                )
            }
            55..=64 => {
                let mut b = base.clone().into_bytes();
                let i = rng.below(b.len() as u64) as usize;
                if rng.below(2) == 0 {
                    b.insert(i, rng.below(256) as u8);
                } else {
                    b.remove(i);
                }
                (
                    "byte inserted or removed",
                    String::from_utf8_lossy(&b).into_owned(),
                )
            }
            65..=84 => {
                let mut p = payloads[rng.below(payloads.len() as u64) as usize].clone();
                for _ in 0..=rng.below(3) {
                    if p.is_empty() {
                        break;
                    }
                    let i = rng.below(p.len() as u64) as usize;
                    match rng.below(4) {
                        0 => p[i] ^= 1 << rng.below(8),
                        1 => p[i] = 0xff,
                        2 => {
                            // A huge declared length (a varint of 2^35 - 1).
                            let at = i.min(p.len());
                            p.splice(at..at, [0xff, 0xff, 0xff, 0xff, 0x7f]);
                        }
                        _ => p.truncate(i),
                    }
                }
                ("payload mutated under a valid checksum", link_of_bytes(&p))
            }
            85..=86 => ("decompression bomb", bombs[rng.below(2) as usize].clone()),
            87..=94 => {
                let n = rng.below(300) as usize;
                let text: String = (0..n)
                    .map(|_| alphabet[rng.below(64) as usize] as char)
                    .collect();
                ("random base64url", format!("s1.{text}"))
            }
            _ => {
                let n = rng.below(80) as usize;
                let text: String = (0..n)
                    .map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('?'))
                    .collect();
                ("random text", text)
            }
        };
        CURRENT.with(|c| c.replace(input.clone()));
        let t = now();
        let result = decode(&input);
        let ms = now() - t;
        *report.outcomes.entry(outcome(&result)).or_default() += 1;
        if ms > report.slowest_ms {
            report.slowest_ms = ms;
            report.slowest_kind = kind;
        }
        report.runs += 1;
    }
    report
}

/// The payload bytes inside a link (what the checksum covers).
fn unpacked(link: &str) -> Vec<u8> {
    meridian_engine::link::payload_bytes(link).unwrap_or_default()
}

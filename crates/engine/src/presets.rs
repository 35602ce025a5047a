//! Alliance presets: the partner campuses of ENHANCE, the PoliMi–TUM partnership and the Global
//! MOOC Alliance, with their IANA zones and Meridian's default teaching hours (Monday–Friday,
//! 08:00–20:00 local), which a coordinator edits per campus.

use crate::schedule::{default_teaching_hours, Campus, CampusId};
use crate::zone::Zone;

/// Facts about one campus known to Meridian.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownCampus {
    /// Identifier used in presets and share links.
    pub id: &'static str,
    /// Full name.
    pub name: &'static str,
    /// Short label.
    pub short: &'static str,
    /// Ruler code (the IATA city code where there is a familiar one).
    pub code: &'static str,
    /// City.
    pub city: &'static str,
    /// ISO 3166 country code.
    pub country: &'static str,
    /// The subdivision whose public holidays the campus keeps, as the holiday data names it
    /// (`BE` for Berlin, `MI` for Milan); empty for the country's own calendar.
    pub region: &'static str,
    /// IANA zone name.
    pub zone: &'static str,
}

impl KnownCampus {
    /// A schedule campus with its country and region, default teaching hours, no own term, no
    /// closures and no periods.
    pub fn to_campus(&self) -> Campus {
        Campus {
            id: CampusId(self.id.to_string()),
            name: self.name.to_string(),
            short: self.short.to_string(),
            code: Some(self.code.to_string()),
            city: self.city.to_string(),
            country: self.country.to_string(),
            region: (!self.region.is_empty()).then(|| self.region.to_string()),
            // Every zone here is checked by a test to exist.
            zone: Zone::find(self.zone).unwrap_or(Zone::UTC),
            teaching_hours: default_teaching_hours(),
            term: None,
            closures: Vec::new(),
            holidays_off: Vec::new(),
            periods: Vec::new(),
        }
    }
}

/// An alliance or partnership whose campuses teach together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alliance {
    /// Identifier, e.g. `enhance`.
    pub id: &'static str,
    /// Name, e.g. "ENHANCE".
    pub name: &'static str,
    /// One line about it.
    pub description: &'static str,
    /// Ids of its campuses in [`CAMPUSES`], in the order shown.
    pub members: &'static [&'static str],
}

impl Alliance {
    /// The member campuses, ready to put in a schedule.
    pub fn campuses(&self) -> Vec<Campus> {
        self.members
            .iter()
            .filter_map(|id| known_campus(id))
            .map(|k| k.to_campus())
            .collect()
    }
}

/// The preset campuses as link version 1 knew them, which links refer to by id: a link names
/// another campus whole, so that a Meridian from before a preset was added still opens it.
pub const LINK_V1_PRESETS: &[&str] = &[
    "tub",
    "chalmers",
    "ntnu",
    "polimi",
    "rwth",
    "upv",
    "wut",
    "tum",
    "cri",
    "edx",
    "must",
    "ntu",
    "pku",
    "rice",
    "spbu",
    "sjtu",
    "thaimooc",
    "tsinghua",
    "auckland",
    "uchile",
    "manchester",
    "nairobi",
    "toronto",
    "xuetangx",
    "zju",
];

/// The campus with this id, if Meridian knows it.
pub fn known_campus(id: &str) -> Option<&'static KnownCampus> {
    CAMPUSES.iter().find(|c| c.id == id)
}

/// The alliance with this id.
pub fn alliance(id: &str) -> Option<&'static Alliance> {
    ALLIANCES.iter().find(|a| a.id == id)
}

macro_rules! campus {
    ($id:literal, $name:literal, $short:literal, $code:literal, $city:literal, $country:literal, $region:literal, $zone:literal) => {
        KnownCampus {
            id: $id,
            name: $name,
            short: $short,
            code: $code,
            city: $city,
            country: $country,
            region: $region,
            zone: $zone,
        }
    };
}

/// Every campus of the three alliances (from `shared/reference/campuses.md`; TU Delft,
/// Gdańsk Tech and ETH Zürich joined ENHANCE after its seven founders). The order is free:
/// links name a preset campus by id, and only the presets of link version 1
/// ([`LINK_V1_PRESETS`]) by reference.
pub const CAMPUSES: &[KnownCampus] = &[
    campus!(
        "tub",
        "Technische Universität Berlin",
        "TU Berlin",
        "BER",
        "Berlin",
        "DE",
        "BE",
        "Europe/Berlin"
    ),
    campus!(
        "chalmers",
        "Chalmers University of Technology",
        "Chalmers",
        "GOT",
        "Gothenburg",
        "SE",
        "",
        "Europe/Stockholm"
    ),
    campus!(
        "ntnu",
        "Norwegian University of Science and Technology",
        "NTNU",
        "TRD",
        "Trondheim",
        "NO",
        "50",
        "Europe/Oslo"
    ),
    campus!(
        "polimi",
        "Politecnico di Milano",
        "PoliMi",
        "MIL",
        "Milan",
        "IT",
        "MI",
        "Europe/Rome"
    ),
    campus!(
        "rwth",
        "RWTH Aachen University",
        "RWTH",
        "AAC",
        "Aachen",
        "DE",
        "NW",
        "Europe/Berlin"
    ),
    campus!(
        "upv",
        "Universitat Politècnica de València",
        "UPV",
        "VLC",
        "Valencia",
        "ES",
        "VC",
        "Europe/Madrid"
    ),
    campus!(
        "wut",
        "Warsaw University of Technology",
        "WUT",
        "WAW",
        "Warsaw",
        "PL",
        "",
        "Europe/Warsaw"
    ),
    campus!(
        "tum",
        "Technical University of Munich",
        "TUM",
        "MUC",
        "Munich",
        "DE",
        "BY",
        "Europe/Berlin"
    ),
    campus!(
        "cri",
        "CRI — Center for Research and Interdisciplinarity",
        "CRI",
        "PAR",
        "Paris",
        "FR",
        "",
        "Europe/Paris"
    ),
    campus!(
        "edx",
        "edX",
        "edX",
        "EDX",
        "Cambridge, MA",
        "US",
        "MA",
        "America/New_York"
    ),
    campus!(
        "must",
        "Mongolian University of Science and Technology",
        "MUST",
        "ULN",
        "Ulaanbaatar",
        "MN",
        "",
        "Asia/Ulaanbaatar"
    ),
    campus!(
        "ntu",
        "Nanyang Technological University",
        "NTU",
        "SIN",
        "Singapore",
        "SG",
        "",
        "Asia/Singapore"
    ),
    campus!(
        "pku",
        "Peking University",
        "PKU",
        "PEK",
        "Beijing",
        "CN",
        "",
        "Asia/Shanghai"
    ),
    campus!(
        "rice",
        "Rice University",
        "Rice",
        "HOU",
        "Houston",
        "US",
        "TX",
        "America/Chicago"
    ),
    campus!(
        "spbu",
        "Saint Petersburg University",
        "SPbU",
        "SPB",
        "Saint Petersburg",
        "RU",
        "",
        "Europe/Moscow"
    ),
    campus!(
        "sjtu",
        "Shanghai Jiao Tong University",
        "SJTU",
        "SHA",
        "Shanghai",
        "CN",
        "",
        "Asia/Shanghai"
    ),
    campus!(
        "thaimooc",
        "Thai MOOC",
        "Thai MOOC",
        "BKK",
        "Bangkok",
        "TH",
        "",
        "Asia/Bangkok"
    ),
    campus!(
        "tsinghua",
        "Tsinghua University",
        "Tsinghua",
        "THU",
        "Beijing",
        "CN",
        "",
        "Asia/Shanghai"
    ),
    campus!(
        "auckland",
        "University of Auckland",
        "Auckland",
        "AKL",
        "Auckland",
        "NZ",
        "AUK",
        "Pacific/Auckland"
    ),
    campus!(
        "uchile",
        "University of Chile",
        "U. Chile",
        "SCL",
        "Santiago",
        "CL",
        "RM",
        "America/Santiago"
    ),
    campus!(
        "manchester",
        "University of Manchester",
        "Manchester",
        "MAN",
        "Manchester",
        "GB",
        "ENG",
        "Europe/London"
    ),
    campus!(
        "nairobi",
        "University of Nairobi",
        "Nairobi",
        "NBO",
        "Nairobi",
        "KE",
        "",
        "Africa/Nairobi"
    ),
    campus!(
        "toronto",
        "University of Toronto",
        "Toronto",
        "TOR",
        "Toronto",
        "CA",
        "ON",
        "America/Toronto"
    ),
    campus!(
        "xuetangx",
        "XuetangX",
        "XuetangX",
        "XTX",
        "Beijing",
        "CN",
        "",
        "Asia/Shanghai"
    ),
    campus!(
        "zju",
        "Zhejiang University",
        "ZJU",
        "HGH",
        "Hangzhou",
        "CN",
        "",
        "Asia/Shanghai"
    ),
    campus!(
        "tudelft",
        "Delft University of Technology",
        "TU Delft",
        "DFT",
        "Delft",
        "NL",
        "",
        "Europe/Amsterdam"
    ),
    campus!(
        "gdansk",
        "Gdańsk University of Technology",
        "Gdańsk Tech",
        "GDN",
        "Gdańsk",
        "PL",
        "",
        "Europe/Warsaw"
    ),
    campus!(
        "ethz",
        "ETH Zürich",
        "ETH Zürich",
        "ZRH",
        "Zürich",
        "CH",
        "ZH",
        "Europe/Zurich"
    ),
];

/// The alliances Meridian has presets for.
pub const ALLIANCES: &[Alliance] = &[
    Alliance {
        id: "enhance",
        name: "ENHANCE",
        description: "European Universities of Technology Alliance: virtual joint classrooms across ten campuses",
        members: &[
            "tub", "chalmers", "ntnu", "polimi", "rwth", "upv", "wut", "tudelft", "gdansk", "ethz",
        ],
    },
    Alliance {
        id: "polimi-tum",
        name: "PoliMi–TUM",
        description: "Strategic partnership of Politecnico di Milano and TU Munich",
        members: &["polimi", "tum"],
    },
    Alliance {
        id: "gma",
        name: "Global MOOC Alliance",
        description: "Joint teaching from Auckland to Santiago",
        members: &[
            "cri", "edx", "must", "ntu", "pku", "polimi", "rice", "rwth", "spbu", "sjtu",
            "thaimooc", "tsinghua", "auckland", "uchile", "manchester", "nairobi", "toronto",
            "xuetangx", "zju",
        ],
    },
];

/// A new, empty schedule for some campuses Meridian knows: each with default teaching hours
/// and one cohort, named by [`crate::edit::cohort_name`] (the campus's short name alone, "TU
/// Berlin", as conflicts say "Cohort TU Berlin" in every language; the coordinator renames it),
/// no sessions yet.
/// Unknown campus ids are left out. The result is validated.
pub fn new_schedule(
    id: &str,
    name: &str,
    alliance: Option<&str>,
    campuses: &[&str],
    term: crate::schedule::Term,
) -> Result<crate::Schedule, crate::Error> {
    let campuses: Vec<Campus> = campuses
        .iter()
        .filter_map(|c| known_campus(c))
        .map(|k| k.to_campus())
        .collect();
    let mut cohorts: Vec<crate::schedule::Cohort> = Vec::new();
    for c in &campuses {
        let name = crate::edit::cohort_name(&c.short, |n| cohorts.iter().any(|k| k.name == n));
        cohorts.push(crate::schedule::Cohort {
            id: crate::schedule::CohortId(format!("{}-cohort", c.id)),
            name,
            campus: c.id.clone(),
            size: None,
        });
    }
    let s = crate::Schedule {
        format: crate::schedule::FORMAT.to_string(),
        id: id.to_string(),
        name: name.to_string(),
        alliance: alliance.map(str::to_string),
        term,
        campuses,
        cohorts,
        lecturers: Vec::new(),
        rooms: Vec::new(),
        sessions: Vec::new(),
        rules: Default::default(),
        busy: Vec::new(),
    };
    s.validate()?;
    Ok(s)
}

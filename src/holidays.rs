//! The partners' public holidays in the app: each country's file (`data/holidays/ES.txt`,
//! served beside the app) fetched once per session when a campus of that country is in the
//! open schedule, and shared with the planner, the session form, *Campuses and people* and the
//! timetable through a context ([`Holidays`]). The engine reads the files and checks with them;
//! this module only fetches, keeps and words what is missing.

use crate::browser;
use meridian_engine::holidays::{CountryHolidays, HolidayGap};
use meridian_engine::{PublicHolidays, Schedule};
use meridian_words::{w, Words};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::prelude::*;

/// Where the holiday files are, relative to the page.
pub const FOLDER: &str = "data/holidays";

/// The public holidays loaded so far in this session, and the countries whose file could not
/// be had. Compared by identity: each arrival makes a new one.
#[derive(Clone, Debug, Default)]
pub struct Holidays {
    /// The loaded countries.
    pub data: Rc<PublicHolidays>,
    /// Countries whose file could not be fetched or read.
    pub failed: Rc<BTreeSet<String>>,
}

impl PartialEq for Holidays {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && Rc::ptr_eq(&self.failed, &other.failed)
    }
}

/// What happened to one country's file.
pub enum Arrived {
    /// It was fetched and read.
    Loaded(CountryHolidays),
    /// It could not be fetched or read (the country's code).
    Failed(String),
}

impl Reducible for Holidays {
    type Action = Arrived;

    fn reduce(self: Rc<Self>, action: Arrived) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Arrived::Loaded(country) => {
                let mut data = (*self.data).clone();
                data.add(country);
                next.data = Rc::new(data);
            }
            Arrived::Failed(code) => {
                let mut failed = (*self.failed).clone();
                failed.insert(code);
                next.failed = Rc::new(failed);
            }
        }
        Rc::new(next)
    }
}

/// The holidays of the open schedule's countries: each country's file is fetched the first
/// time a campus of it is in the schedule, and kept for the session (the service worker keeps
/// the files for offline use). Until a file arrives its campuses are checked without it.
#[hook]
pub fn use_public_holidays(schedule: &Rc<Schedule>) -> Holidays {
    let holidays = use_reducer(Holidays::default);
    // Countries asked for in this session (fetched or on their way).
    let asked = use_mut_ref(BTreeSet::<String>::new);
    let countries = PublicHolidays::countries_of(schedule);
    {
        let dispatcher = holidays.dispatcher();
        use_effect_with(countries, move |countries| {
            for code in countries {
                if !asked.borrow_mut().insert(code.clone()) {
                    continue;
                }
                let (dispatcher, code) = (dispatcher.clone(), code.clone());
                let path = format!("{FOLDER}/{code}.txt");
                browser::fetch_bytes(&path, move |bytes| {
                    let read = bytes.map(|b| CountryHolidays::from_bytes(&b));
                    dispatcher.dispatch(match read {
                        Some(Ok(country)) if country.country == code => Arrived::Loaded(country),
                        _ => Arrived::Failed(code),
                    });
                });
            }
        });
    }
    (*holidays).clone()
}

/// The holidays the app has loaded (none outside the shell's provider).
#[hook]
pub fn use_holidays() -> Holidays {
    use_context::<Holidays>().unwrap_or_default()
}

/// Why a campus's public holidays are not all in the check, in a sentence; `None` while its
/// country's file is still on its way (or for a campus without a country, which keeps only the
/// closures typed in).
pub fn gap_words(
    words: &Words,
    schedule: &Schedule,
    holidays: &Holidays,
    gap: &HolidayGap,
) -> Option<String> {
    let short = |id: &meridian_engine::schedule::CampusId| {
        schedule
            .campus(id)
            .map_or_else(|| id.to_string(), |c| c.short.clone())
    };
    match gap {
        HolidayGap::NoData { campus, country } => {
            let code = country.trim().to_ascii_uppercase();
            holidays.failed.contains(&code).then(|| {
                w!(
                    words,
                    "holidays-not-loaded",
                    campus = short(campus),
                    country = code.as_str()
                )
            })
        }
        HolidayGap::UnknownRegion {
            campus,
            country,
            region,
        } => Some(w!(
            words,
            "holidays-unknown-region",
            campus = short(campus),
            region = region.as_str(),
            country = country.as_str()
        )),
        HolidayGap::YearNotCovered {
            campus,
            country,
            year,
        } => Some(w!(
            words,
            "holidays-year-not-covered",
            campus = short(campus),
            country = country.as_str(),
            year = year.to_string()
        )),
    }
}

/// The public holidays of a student's campus from `from` (today; the term's start when
/// unknown) to the end of its term, as notices: "Thu 8 Oct 2026: Día de la Comunidad
/// Valenciana (Valencian Community Day), a public holiday at UPV".
pub fn student_notices(
    words: &Words,
    schedule: &Schedule,
    campus: &meridian_engine::schedule::CampusId,
    holidays: &PublicHolidays,
    from: Option<meridian_engine::CivilDate>,
) -> Vec<String> {
    let Some(c) = schedule.campus(campus) else {
        return Vec::new();
    };
    let term = c.term.unwrap_or(schedule.term);
    let first = from.filter(|f| *f > term.start).unwrap_or(term.start);
    holidays
        .of_campus(c, first, term.end)
        .into_iter()
        .map(|h| {
            let name = if h.english_name == h.local_name {
                h.local_name.clone()
            } else {
                w!(
                    words,
                    "holidays-both-names",
                    local = h.local_name.as_str(),
                    english = h.english_name.as_str()
                )
            };
            let id = if h.observed() {
                "holidays-student-notice-observed"
            } else {
                "holidays-student-notice"
            };
            w!(
                words,
                id,
                date = words.long_date(h.date),
                name = name,
                campus = c.short.as_str()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_engine::schedule::CampusId;
    use meridian_engine::{demo, CivilDate};

    fn loaded(codes: &[&str]) -> Holidays {
        let data = PublicHolidays::new(codes.iter().map(|c| {
            let path = format!("{}/data/holidays/{c}.txt", env!("CARGO_MANIFEST_DIR"));
            CountryHolidays::from_bytes(&std::fs::read(path).unwrap()).unwrap()
        }));
        Holidays {
            data: Rc::new(data),
            failed: Rc::default(),
        }
    }

    #[test]
    fn a_student_at_upv_reads_the_holidays_still_to_come_with_both_names() {
        let mut s = demo::load("enhance-autumn-2026").unwrap();
        let upv = CampusId::from("upv");
        s = s.with_region(&upv, Some("VC")).unwrap();
        let h = loaded(&["ES"]);
        let today = CivilDate::parse("2026-10-10").ok();
        assert_eq!(
            student_notices(&Words::english(), &s, &upv, &h.data, today),
            [
                "Mon 12 Oct 2026: Fiesta Nacional de España (National Day), a public holiday at UPV",
                "Tue 8 Dec 2026: Inmaculada Concepción (Immaculate Conception), a public holiday at UPV",
            ]
        );
        // Switched off, a holiday is no notice.
        let taught = s
            .with_holiday_off(&upv, CivilDate::parse("2026-10-12").unwrap(), true)
            .unwrap();
        assert_eq!(
            student_notices(&Words::english(), &taught, &upv, &h.data, today).len(),
            1
        );
    }

    #[test]
    fn a_region_the_data_lacks_and_a_file_that_failed_are_said_but_a_file_on_its_way_is_not() {
        let s = demo::load("enhance-autumn-2026")
            .unwrap()
            .with_region(&CampusId::from("upv"), Some("Atlantis"))
            .unwrap();
        let mut h = loaded(&["ES"]);
        h.failed = Rc::new(BTreeSet::from(["IT".to_string()]));
        let said: Vec<String> = h
            .data
            .gaps(&s)
            .iter()
            .filter_map(|g| gap_words(&Words::english(), &s, &h, g))
            .collect();
        assert_eq!(said.len(), 2, "{said:#?}");
        assert!(said[0].starts_with("PoliMi's public holidays (IT) could not be loaded"));
        assert!(said[1]
            .starts_with("UPV has region “Atlantis”, which the holiday data for ES does not have"));
    }
}

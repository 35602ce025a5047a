//! How a front end says weekdays, dates, clock times and decimal numbers. The app asks the
//! browser's `Intl` in the chosen language; the CLI and the tests use [`EnglishDates`].

use meridian_engine::{CivilDate, CivilTime, Weekday};

/// Weekdays, dates, clock times and decimal numbers in one language.
pub trait Dates {
    /// The weekday's short name: `Mon`, `Mo`, `pon.`, `周一`.
    fn weekday(&self, day: Weekday) -> String;
    /// Day and month: `26 Oct`, `26. Okt.`.
    fn day_month(&self, date: CivilDate) -> String;
    /// Weekday, day and month: `Mon 26 Oct`.
    fn short_date(&self, date: CivilDate) -> String;
    /// Weekday, day, month and year: `Mon 26 Oct 2026`.
    fn long_date(&self, date: CivilDate) -> String;
    /// A wall-clock time as the reader reads clocks: `16:05`, or `4:05 p.m.`.
    fn clock(&self, time: CivilTime) -> String;
    /// A span of wall-clock times: `16:00–17:30`.
    fn span(&self, start: CivilTime, end: CivilTime) -> String {
        format!("{}–{}", self.clock(start), self.clock(end))
    }
    /// A span of days, days and months, the month said once when both ends share it, in the
    /// order the language puts them: `19–25 Oct`, `26 Oct – 1 Nov`, `19.–25. Okt.`,
    /// `10月19日–25日`.
    fn day_month_span(&self, first: CivilDate, last: CivilDate) -> String {
        format!("{} – {}", self.day_month(first), self.day_month(last))
    }
    /// A decimal number with `decimals` digits after the decimal separator the language
    /// writes: `12.5` in English, `12,5` in German.
    fn decimal(&self, value: f64, decimals: usize) -> String {
        format!("{value:.decimals$}")
    }
}

/// Month abbreviations, January first.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// English as the CLI writes it (and the app's words read in English): `Mon 26 Oct 2026`, a 24-
/// or 12-hour clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EnglishDates {
    /// `4:05 p.m.` rather than `16:05`.
    pub twelve_hour: bool,
}

impl Dates for EnglishDates {
    fn weekday(&self, day: Weekday) -> String {
        day.to_string()
    }

    fn day_month(&self, date: CivilDate) -> String {
        format!(
            "{} {}",
            date.day(),
            MONTHS[(date.month() as usize).saturating_sub(1) % 12]
        )
    }

    fn short_date(&self, date: CivilDate) -> String {
        format!("{} {}", date.weekday(), self.day_month(date))
    }

    fn long_date(&self, date: CivilDate) -> String {
        format!("{} {}", self.short_date(date), date.year())
    }

    fn clock(&self, time: CivilTime) -> String {
        let m = time.minutes_of_day();
        let (h, min) = (m / 60, m % 60);
        if self.twelve_hour {
            let suffix = if h < 12 { "a.m." } else { "p.m." };
            let h12 = if h % 12 == 0 { 12 } else { h % 12 };
            format!("{h12}:{min:02} {suffix}")
        } else {
            format!("{h:02}:{min:02}")
        }
    }

    /// `19–25 Oct` within a month, `26 Oct – 1 Nov` across two.
    fn day_month_span(&self, first: CivilDate, last: CivilDate) -> String {
        if (first.year(), first.month()) == (last.year(), last.month()) {
            format!("{}–{}", first.day(), self.day_month(last))
        } else {
            format!("{} – {}", self.day_month(first), self.day_month(last))
        }
    }

    /// One suffix when both ends share it on a 12-hour clock: `4:00–5:30 p.m.`.
    fn span(&self, start: CivilTime, end: CivilTime) -> String {
        let (a, b) = (self.clock(start), self.clock(end));
        if self.twelve_hour {
            let suffix = |t: &str| t.rsplit(' ').next().unwrap_or("").to_string();
            if suffix(&a) == suffix(&b) {
                let bare = a.rsplit_once(' ').map_or(a.as_str(), |(t, _)| t);
                return format!("{bare}–{b}");
            }
        }
        format!("{a}–{b}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> CivilTime {
        CivilTime::parse(s).unwrap()
    }

    #[test]
    fn english_clocks_read_in_12_or_24_hours() {
        let (h24, h12) = (EnglishDates::default(), EnglishDates { twelve_hour: true });
        assert_eq!(h24.clock(t("16:05")), "16:05");
        assert_eq!(h12.clock(t("16:05")), "4:05 p.m.");
        assert_eq!(h12.clock(t("00:30")), "12:30 a.m.");
        assert_eq!(h12.span(t("16:00"), t("17:30")), "4:00–5:30 p.m.");
        assert_eq!(h12.span(t("11:00"), t("12:30")), "11:00 a.m.–12:30 p.m.");
        assert_eq!(h24.span(t("16:00"), t("17:30")), "16:00–17:30");
    }

    #[test]
    fn english_dates_read_naturally() {
        let d = CivilDate::parse("2026-10-26").unwrap();
        let e = EnglishDates::default();
        assert_eq!(e.short_date(d), "Mon 26 Oct");
        assert_eq!(e.long_date(d), "Mon 26 Oct 2026");
    }

    #[test]
    fn english_spans_of_days_say_a_shared_month_once() {
        let d = |s: &str| CivilDate::parse(s).unwrap();
        let e = EnglishDates::default();
        assert_eq!(
            e.day_month_span(d("2026-10-19"), d("2026-10-25")),
            "19–25 Oct"
        );
        assert_eq!(
            e.day_month_span(d("2026-10-26"), d("2026-11-01")),
            "26 Oct – 1 Nov"
        );
        assert_eq!(
            e.day_month_span(d("2026-12-28"), d("2027-01-03")),
            "28 Dec – 3 Jan"
        );
    }

    #[test]
    fn english_decimals_keep_the_point_and_the_digits_asked_for() {
        let e = EnglishDates::default();
        assert_eq!(e.decimal(12.46, 1), "12.5");
        assert_eq!(e.decimal(12.0, 1), "12.0");
        assert_eq!(e.decimal(-0.5, 1), "-0.5");
        assert_eq!(e.decimal(3.0, 0), "3");
    }
}

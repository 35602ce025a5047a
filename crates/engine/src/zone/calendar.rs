// The proleptic Gregorian arithmetic of the zone table and its yearly rules, written once for
// both readers: `build.rs` (which writes the table, through `include!`) and `zone/table.rs`
// (which reads it, as a module). Days are numbered from 1970-01-01 (Howard Hinnant's
// algorithms).

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// 0 = Monday … 6 = Sunday.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// Days in month `m` of year `y`.
fn month_length(y: i64, m: i64) -> i64 {
    let (ny, nm) = if m >= 12 { (y + 1, 1) } else { (y, m + 1) };
    days_from_civil(ny, nm, 1) - days_from_civil(y, m, 1)
}

/// One change of a yearly rule: in `month`, the first `weekday` on or after `day` (or the last
/// `weekday` of the month when `day` is 0), at `seconds` after 00:00 UTC of that local date
/// (the wall time minus the offset before the change), to state `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RuleChange {
    month: i64,
    day: i64,
    weekday: i64,
    seconds: i64,
    to: u16,
}

impl RuleChange {
    /// When the change happens in `year`, in seconds since 1970-01-01 00:00 UTC.
    fn at(&self, year: i64) -> i64 {
        let date = if self.day == 0 {
            let last = days_from_civil(year, self.month, month_length(year, self.month));
            last - (weekday(last) - self.weekday).rem_euclid(7)
        } else {
            let first = days_from_civil(year, self.month, self.day);
            first + (self.weekday - weekday(first)).rem_euclid(7)
        };
        date * 86_400 + self.seconds
    }
}

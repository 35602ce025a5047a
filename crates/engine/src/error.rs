//! The engine's one error type. Every message says what was wrong and, where possible, what to do.

use crate::CivilDate;
use std::fmt;

/// The shape a date or time was expected in ([`Error::BadDateTime`]), as data: front ends
/// write its pattern as their readers do (`YYYY-MM-DD`, `JJJJ-MM-TT`, `ÅÅÅÅ-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateTimeShape {
    /// A date: year, month and day, `2026-10-12`.
    Date,
    /// A time of day: hours and minutes, `10:15`.
    Time,
    /// A date and a time of day joined by `T`, `2026-10-12T10:15`.
    DateTime,
    /// A span of the day: two times joined by `-`, `08:00-20:00`.
    TimeRange,
    /// An instant in RFC 3339, `2026-03-29T01:30:00Z` or with an offset.
    Instant,
}

/// Everything that can go wrong in the engine. Bad input is always reported with one of these;
/// the engine never panics on user data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A time zone name that is not in the IANA database. `suggestions` holds close names.
    UnknownZone {
        /// The name as given.
        name: String,
        /// Close zone names, best first (may be empty).
        suggestions: Vec<String>,
    },
    /// A date, time or date-time that could not be read.
    BadDateTime {
        /// The text as given.
        text: String,
        /// The shape expected.
        expected: DateTimeShape,
    },
    /// A disambiguation name other than `compatible`, `earlier`, `later` or `reject`.
    UnknownDisambiguation(String),
    /// A wall-clock time that does not exist in the zone (skipped by a daylight-saving switch)
    /// and the caller asked to reject it.
    NonexistentLocalTime {
        /// The zone.
        zone: String,
        /// The wall-clock time asked for.
        local: String,
        /// The skipped span, e.g. `02:00–03:00`.
        skipped: String,
    },
    /// A wall-clock time that happens twice in the zone and the caller asked to reject it.
    AmbiguousLocalTime {
        /// The zone.
        zone: String,
        /// The wall-clock time asked for.
        local: String,
        /// The two UTC offsets it could have, earlier first.
        offsets: (String, String),
    },
    /// A time outside the range the engine handles (years 1000–9999).
    OutOfRange(String),
    /// A schedule document that is not valid JSON; line and column are 1-based.
    Syntax {
        /// What is wrong with the text.
        problem: Problem,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// A schedule document whose `format` this version of Meridian does not read.
    UnsupportedFormat(String),
    /// A schedule document that is valid JSON but not a valid schedule. `path` is a JSON path
    /// such as `sessions[2].cohorts[0]`.
    Invalid {
        /// Where in the document.
        path: String,
        /// What is wrong, as data a front end words.
        problem: Problem,
    },
    /// An iCalendar file that cannot be read; `line` is 1-based (0 when it is about the whole
    /// file).
    Calendar {
        /// Where.
        line: usize,
        /// What is wrong, as data a front end words.
        problem: CalendarProblem,
    },
    /// A public-holiday file (`data/holidays/CC.txt`) that cannot be read; `line` is 1-based
    /// (0 when it is about the whole file).
    HolidayFile {
        /// Where.
        line: usize,
        /// What is wrong, as data a front end words.
        problem: HolidayFileProblem,
    },
    /// A country code that is not two letters (ISO 3166-1 alpha-2), as given.
    UnknownCountry(String),
    /// A region its country's holiday file does not list.
    UnknownRegion {
        /// The country, e.g. `DE`.
        country: String,
        /// The region as given.
        region: String,
        /// The regions the file lists.
        regions: Vec<String>,
    },
    /// A share link that cannot be opened.
    BadLink(LinkProblem),
    /// A schedule too large for a share link: the link would be longer, or unpack to more, than
    /// [`decode`](crate::link::decode) reads, so none is made.
    TooLargeToShare {
        /// What is over: characters of link or bytes unpacked.
        what: ShareLimit,
        /// How much the schedule needs.
        size: usize,
        /// The limit ([`MAX_LINK_CHARS`](crate::link::MAX_LINK_CHARS) or
        /// [`MAX_UNPACKED_BYTES`](crate::link::MAX_UNPACKED_BYTES)).
        limit: usize,
    },
}

/// What a share link is too large in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareLimit {
    /// Characters of link text ([`MAX_LINK_CHARS`](crate::link::MAX_LINK_CHARS)).
    LinkCharacters,
    /// Bytes of the unpacked schedule ([`MAX_UNPACKED_BYTES`](crate::link::MAX_UNPACKED_BYTES)).
    UnpackedBytes,
}

/// A kind of thing in a schedule, as a problem names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A campus.
    Campus,
    /// A session's host campus.
    HostCampus,
    /// A cohort.
    Cohort,
    /// A lecturer.
    Lecturer,
    /// A room.
    Room,
    /// A session.
    Session,
    /// A busy calendar.
    BusyCalendar,
}

impl Item {
    /// A stable key for the kind (`campus`, `host-campus`, `cohort`, `lecturer`, `room`,
    /// `session`, `busy-calendar`), which message catalogues select on.
    pub fn key(self) -> &'static str {
        match self {
            Item::Campus => "campus",
            Item::HostCampus => "host-campus",
            Item::Cohort => "cohort",
            Item::Lecturer => "lecturer",
            Item::Room => "room",
            Item::Session => "session",
            Item::BusyCalendar => "busy-calendar",
        }
    }
}

/// What is wrong with a schedule document, a request or an edit, as data: the front end words
/// it (`meridian_words::error`). Texts a user gave are kept whole; the wording shows excerpts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A problem a front end found and worded itself, in its reader's language (its own check
    /// of a text before it asks the engine for an edit).
    Said(String),
    /// What the JSON reader found wrong ([`json_problem`](crate::json_problem)).
    Json(crate::JsonProblem),
    /// A value the engine read and refused (a zone, a date, teaching hours).
    Value(Box<Error>),
    /// A file larger than [`MAX_DOCUMENT_BYTES`](crate::input::MAX_DOCUMENT_BYTES).
    FileTooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The most Meridian reads.
        max: usize,
    },
    /// A byte that is not UTF-8 text.
    NotUtf8 {
        /// 1-based byte offset.
        byte: usize,
        /// The byte.
        value: u8,
    },
    /// UTF-16 text that ends in an odd byte.
    OddByteUtf16,
    /// UTF-16 text with a lone surrogate.
    LoneSurrogate,
    /// A document that is not a JSON object.
    NotAnObject,
    /// A list where the format has an object or a single value.
    MisplacedList,
    /// `format` is there but not a string.
    FormatNotString,
    /// No `format`.
    FormatMissing,
    /// An empty schedule id.
    IdEmpty,
    /// A schedule without campuses.
    NoCampus,
    /// An item without an id.
    IdMissing {
        /// What kind of item.
        item: Item,
    },
    /// Two items of a kind share an id.
    DuplicateId {
        /// What kind of item.
        item: Item,
        /// The id.
        id: String,
    },
    /// A campus code that is empty or longer than 5 characters.
    CampusCode {
        /// The campus's id.
        campus: String,
    },
    /// A campus region that is not a holiday region code.
    CampusRegion {
        /// The campus's id.
        campus: String,
        /// The most characters of a region.
        max: usize,
    },
    /// A period that ends before it starts.
    PeriodEndsBeforeStart {
        /// The period's name.
        name: String,
    },
    /// A closure that ends before it starts.
    ClosureEndsBeforeStart {
        /// The closure's name.
        name: String,
    },
    /// An item refers to another that is not in the schedule.
    MissingReference {
        /// What refers (a cohort, room, lecturer, busy calendar or session).
        from: Item,
        /// Its id.
        id: String,
        /// What it refers to.
        to: Item,
        /// The id it names.
        target: String,
    },
    /// A busy calendar that applies to none or several things.
    BusyTargetNotOne {
        /// The busy calendar's id.
        busy: String,
    },
    /// A busy block that ends before it starts.
    BusyBlockEndsBeforeStart {
        /// The block's title.
        title: String,
    },
    /// A busy block longer than a link can carry.
    BusyBlockTooLong {
        /// The block's title.
        title: String,
    },
    /// A session shorter than a minute or longer than 7 days.
    SessionLength {
        /// The session's id.
        session: String,
    },
    /// A change on a date the session does not meet.
    ChangeWithoutOccurrence {
        /// The session's id.
        session: String,
        /// The date.
        date: CivilDate,
    },
    /// A changed length shorter than a minute or longer than 7 days.
    ChangeLength,
    /// A repeat interval outside 1–52 weeks.
    RepeatInterval,
    /// A repeat count of 0.
    RepeatCount,
    /// A repeat rule with both until and count.
    UntilAndCount,
    /// A series that repeats until before its first date.
    UntilBeforeStart {
        /// The session's id.
        session: String,
        /// Its until date.
        until: CivilDate,
        /// Its first date.
        first: CivilDate,
    },
    /// A term that ends before it starts.
    TermEndsBeforeStart {
        /// Its start.
        start: CivilDate,
        /// Its end.
        end: CivilDate,
    },
    /// A term longer than a year.
    TermTooLong,
    /// A civil time with seconds, as given.
    Seconds {
        /// The text.
        text: String,
    },
    /// An instant with a fraction of a second, as given.
    FractionOfSecond {
        /// The text.
        text: String,
    },
    /// A teaching-hours key that is not a weekday, as given.
    NotAWeekday {
        /// The text.
        text: String,
    },
    /// A weekday given twice in teaching hours.
    WeekdayTwice {
        /// The weekday as given.
        day: String,
    },
    /// Teaching hours that end before they start, as given.
    HoursEndBeforeStart {
        /// The text.
        text: String,
    },
    /// No demo schedule of that name.
    NoDemo {
        /// The name asked for.
        name: String,
    },
    /// A request names something the schedule does not have.
    Unknown {
        /// What kind.
        item: Item,
        /// The id as given.
        id: String,
    },
    /// A change names something that is not in the schedule to change.
    NothingToChange {
        /// What kind.
        item: Item,
        /// The id.
        id: String,
    },
    /// A map of best times with no campus.
    NoCampusChosen,
    /// A map of best times with too many campuses or resources.
    TooManyAtOnce {
        /// The most of each.
        max: usize,
    },
    /// A map of best times for a length outside 5 minutes to a week.
    MapLength,
    /// Answers to a merge that are not one per question.
    AnswerCount {
        /// How many questions.
        questions: usize,
        /// How many answers.
        answers: usize,
    },
    /// Text that is not a fingerprint, as given.
    NotAFingerprint {
        /// The text.
        text: String,
    },
    /// A view link with a session its campus or cohort takes no part in.
    ViewLinkExtraSession,
    /// A session has no occurrence on a date (to change, to cancel, or at all).
    NoOccurrence {
        /// The session's title.
        title: String,
        /// The date.
        date: CivilDate,
        /// What was asked for it.
        action: OccurrenceAction,
    },
    /// An occurrence shorter than 5 minutes or longer than a week.
    OccurrenceLength {
        /// The session's title.
        title: String,
    },
    /// An occurrence moved too far.
    TooFarToMove,
    /// A series moved too far (out of the years Meridian handles).
    SeriesTooFar {
        /// The session's title.
        title: String,
    },
    /// A series meeting every few weeks moved by days that put some of its days in weeks it
    /// does not meet.
    WeeksWrap {
        /// The session's title.
        title: String,
        /// Its interval in weeks.
        interval: u32,
        /// The move in days.
        days: i64,
    },
    /// Cancelling a one-off session.
    OneOff {
        /// The session's title.
        title: String,
    },
    /// The session is no longer in the schedule.
    SessionGone,
    /// The schedule's only campus cannot be removed.
    OnlyCampus {
        /// The campus's short name.
        campus: String,
    },
    /// A campus that hosts sessions cannot be removed.
    CampusTeaches {
        /// The campus's short name.
        campus: String,
        /// The titles of the sessions it teaches.
        sessions: Vec<String>,
    },
    /// An edit names something that is not in the schedule.
    NotInSchedule {
        /// What kind.
        item: Item,
        /// The id.
        id: String,
    },
    /// A schedule name that is empty.
    NameEmpty,
    /// A cohort, lecturer or room without a name, when the Campuses and people dialog saves.
    Unnamed {
        /// What kind.
        item: Item,
        /// Its place in its list, counted from 1.
        position: usize,
    },
    /// A period without a name.
    PeriodNeedsName,
    /// A period the campus has already.
    PeriodExists {
        /// The campus's id.
        campus: String,
        /// The period's name.
        period: String,
    },
    /// An academic calendar entry with no name or that ends before it starts.
    AcademicEntry {
        /// Its first date.
        date: CivilDate,
    },
    /// The period is no longer in the schedule.
    PeriodGone,
    /// A rotation with no slot or no week.
    RotationEmpty,
}

/// What is wrong with a calendar file (.ics) being read, as data: the front end words it
/// (`meridian_words::error`). Text from the file is kept as an excerpt of at most
/// [`MAX_ECHO_CHARS`] characters, so a hostile file cannot make an error large.
/// Property names (`DTSTART`, `RRULE`…) are iCalendar's and stay as they are in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarProblem {
    /// A file larger than [`MAX_IMPORT_BYTES`](crate::ics::MAX_IMPORT_BYTES).
    FileTooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The most Meridian reads, in bytes.
        max: usize,
    },
    /// The file does not start with `BEGIN:VCALENDAR`: it is not an iCalendar file.
    NotICalendar,
    /// The first line is a continuation line (it starts with a space or a tab).
    StartsWithContinuation,
    /// A line that is not `NAME:value` (it has no colon), as found.
    NotAContentLine {
        /// The line.
        text: String,
    },
    /// An `END:` that does not close what was begun last.
    EndWithoutBegin {
        /// What it ends (`VEVENT`), in capitals.
        what: String,
    },
    /// The file ends before `END:VCALENDAR`: it was probably cut off.
    CutOff,
    /// A value that is neither a date (`YYYYMMDD`) nor a date-time (`YYYYMMDDTHHMMSS`), as found.
    NotADateTime {
        /// The value.
        text: String,
    },
    /// A date-time its zone puts outside the years Meridian handles, as found.
    DateTimeOutOfRange {
        /// The value.
        text: String,
    },
    /// A date (an event's start or end, or an `RDATE`) outside the years Meridian handles.
    DateOutOfRange,
    /// A `DURATION` that is not a duration such as `PT1H30M`, as found.
    NotADuration {
        /// The value.
        text: String,
    },
    /// A negative `DURATION`, as found.
    NegativeDuration {
        /// The value.
        text: String,
    },
    /// An event that ends (`DTEND`) before it starts (`DTSTART`).
    EndsBeforeStart,
    /// An `RDATE` with periods (start/end), which Meridian does not read.
    RdatePeriods,
    /// The calendar expands to more events in the term than Meridian reads.
    TooManyEvents {
        /// The most ([`MAX_IMPORT_BLOCKS`](crate::ics::MAX_IMPORT_BLOCKS)).
        max: usize,
    },
    /// A repeat rule (`RRULE`) without `FREQ`.
    NoFreq,
    /// A repeat rule with a `FREQ` other than `DAILY` or `WEEKLY`.
    FreqNotRead {
        /// The `FREQ` as found, in capitals.
        freq: String,
    },
    /// An `INTERVAL` that is not a positive number, as found.
    IntervalNotPositive {
        /// The value.
        text: String,
    },
    /// A `COUNT` that is not a number, as found.
    CountNotANumber {
        /// The value.
        text: String,
    },
    /// An `UNTIL` outside the years Meridian handles.
    UntilOutOfRange,
    /// A `BYDAY` entry other than a plain weekday (`MO`, `WE`), as found.
    ByDayNotRead {
        /// The entry (`1MO`).
        day: String,
    },
    /// A repeat rule part other than `FREQ`, `INTERVAL`, `COUNT`, `UNTIL`, `BYDAY` and `WKST`.
    RulePartNotRead {
        /// The part's name, in capitals (`BYMONTH`).
        part: String,
    },
    /// A `TZID` that is no IANA or Windows zone name and no zone the file defines.
    UnknownZone {
        /// The name as found.
        name: String,
    },
    /// A time zone rule (a `VTIMEZONE`'s `STANDARD` or `DAYLIGHT`) without a property it needs.
    ZoneRuleWithout {
        /// `TZOFFSETFROM`, `TZOFFSETTO` or `DTSTART`.
        property: &'static str,
    },
    /// A `TZOFFSETFROM` or `TZOFFSETTO` that is not a UTC offset such as `+0100`, as found.
    NotAnOffset {
        /// The value.
        text: String,
    },
    /// A time zone rule's `RRULE` part that Meridian does not read (it reads yearly rules by
    /// month and weekday), as found.
    ZoneRulePartNotRead {
        /// The part (`FREQ=MONTHLY`).
        part: String,
    },
    /// A time zone rule's `RRULE` without `BYMONTH`.
    ZoneRuleWithoutMonth,
    /// A time zone that switches more often in the years read than Meridian follows.
    TooManySwitches {
        /// The most switches.
        max: usize,
    },
    /// The schedule's term (a busy calendar's span) is outside the years Meridian handles.
    ScheduleTermOutOfRange,
    /// The term an academic calendar is read over is outside the years Meridian handles.
    TermOutOfRange,
}

/// What is wrong with a public-holiday file (`data/holidays/CC.txt`, the grammar in DESIGN.md,
/// "Holidays"), as data: the front end words it (`meridian_words::error`). Text
/// from the file is kept as an excerpt of at most [`MAX_ECHO_CHARS`] characters.
/// Header keys (`country`, `years`…) are the grammar's and stay as they are in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayFileProblem {
    /// A file larger than [`MAX_FILE_BYTES`](crate::holidays::MAX_FILE_BYTES).
    FileTooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The most a holiday file has.
        max: usize,
    },
    /// A byte that is not UTF-8 text.
    NotUtf8 {
        /// 1-based byte offset.
        byte: usize,
    },
    /// The file does not end with a line break: it was cut off.
    CutOff,
    /// The file is empty.
    Empty,
    /// The first line is not [`FORMAT`](crate::holidays::FORMAT).
    NotAHolidayFile {
        /// The first line as found.
        found: String,
    },
    /// The file ends before a header line.
    EndsBefore {
        /// The header's key (`source`).
        key: &'static str,
    },
    /// Another line where a header line belongs.
    ExpectedHeader {
        /// The header's key (`country`).
        key: &'static str,
        /// The line as found.
        found: String,
    },
    /// A country that is not two capital letters, as found.
    NotACountryCode {
        /// The code.
        text: String,
    },
    /// A `years` line that is not two years.
    ExpectedYears {
        /// The value as found.
        found: String,
    },
    /// A year that is not `YYYY` in 1000–9999, as found.
    NotAYear {
        /// The year.
        text: String,
    },
    /// Years that run backwards or over more than [`MAX_YEARS`](crate::holidays::MAX_YEARS).
    YearSpan {
        /// The first year.
        first: i32,
        /// The last year.
        last: i32,
        /// The most years a file covers.
        max: i32,
    },
    /// A locale that is not one such as `de` or `en_US`, as found.
    NotALocale {
        /// The locale.
        text: String,
    },
    /// `-` (no locale) in a list of locales, where it must stand alone.
    DashNotAlone,
    /// A region code that is empty, too long, `*` or `-`, as found.
    NotARegionCode {
        /// The code.
        text: String,
        /// The most characters of a region code.
        max: usize,
    },
    /// More than 65,535 regions.
    TooManyRegions,
    /// A region listed twice on the `regions` line.
    RegionTwice {
        /// The code.
        code: String,
    },
    /// A holiday line with fewer than its 5 tab-separated fields.
    TooFewFields {
        /// How many it has.
        fields: usize,
    },
    /// A holiday line with more than its 5 tab-separated fields.
    TooManyFields,
    /// A holiday's date that is not `YYYY-MM-DD` in the file's years, as found.
    NotADate {
        /// The date.
        text: String,
        /// The file's first year.
        first: i32,
        /// Its last year.
        last: i32,
    },
    /// A holiday line dated before the one above it.
    OutOfDateOrder,
    /// A kind other than `-`, `o` and `s`, as found.
    NotAKind {
        /// The kind.
        text: String,
    },
    /// A scope naming a region the `regions` line does not list (or `-` not first), as found.
    NotARegion {
        /// The code.
        code: String,
    },
    /// A scope whose regions are out of the `regions` line's order, or repeated.
    RegionOutOfOrder {
        /// The code.
        code: String,
    },
    /// A name that is empty.
    EmptyName {
        /// Which name.
        field: HolidayField,
    },
    /// A name that holds a control character.
    ControlCharacter {
        /// Which name.
        field: HolidayField,
    },
}

/// A name in a holiday file, as a problem names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayField {
    /// The `source` header.
    Source,
    /// A holiday's local name.
    LocalName,
    /// A holiday's English name.
    EnglishName,
}

impl HolidayField {
    /// A stable key (`source`, `local-name`, `english-name`), which message catalogues select on.
    pub fn key(self) -> &'static str {
        match self {
            HolidayField::Source => "source",
            HolidayField::LocalName => "local-name",
            HolidayField::EnglishName => "english-name",
        }
    }
}

/// Text from a file as a problem keeps it: an [`excerpt`] of at most [`MAX_ECHO_CHARS`]
/// characters.
pub(crate) fn found(text: &str) -> String {
    excerpt(text, MAX_ECHO_CHARS).into_owned()
}

/// What was asked of an occurrence that is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OccurrenceAction {
    /// Just to find it.
    Find,
    /// To change it.
    Change,
    /// To cancel it.
    Cancel,
}

/// Why a share link cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// The text holds no Meridian link (no `s1.` payload).
    NotALink,
    /// The link ends too early: it was cut off when copied or sent.
    CutOff,
    /// Made by a newer Meridian: its link version is one this version does not read.
    Newer {
        /// The link's version.
        version: u32,
        /// The newest version this Meridian reads.
        supported: u32,
    },
    /// The payload was changed after it was made (or is not Meridian's).
    Damaged,
    /// Longer than any link Meridian makes, or unpacks to more than it accepts.
    TooLong {
        /// The limit, in characters of link or bytes unpacked.
        limit: usize,
    },
    /// The link is intact (its checksum holds) but the schedule in it fails the checks an
    /// imported file must pass: it was not made by Meridian, or by a Meridian with a bug.
    InvalidSchedule {
        /// Where in the schedule, as a JSON path (`sessions[2].id`); empty for the whole.
        path: String,
        /// What is wrong.
        problem: Problem,
    },
}

/// The most characters of user-given text an error message repeats; longer text is shown as
/// its start and an ellipsis ([`excerpt`]).
pub const MAX_ECHO_CHARS: usize = 80;

/// The most characters of a whole error message (composed ones, such as a JSON parser's, may
/// hold user text); longer messages are cut with an ellipsis.
pub const MAX_MESSAGE_CHARS: usize = 400;

/// `text` as an error message may repeat it: at most `max` characters, then `…` when cut.
/// Linear in `max`, not in the length of `text`.
pub fn excerpt(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((i, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..i])),
    }
}

/// A composed message (such as a JSON parser's) bounded: every quoted or back-quoted run of user text longer than
/// [`MAX_ECHO_CHARS`] is cut to an excerpt, then the whole to [`MAX_MESSAGE_CHARS`].
pub fn bounded(message: &str) -> std::borrow::Cow<'_, str> {
    let long_quote = message
        .split(['"', '`'])
        .skip(1)
        .step_by(2)
        .any(|q| q.chars().nth(MAX_ECHO_CHARS).is_some());
    if !long_quote {
        return excerpt(message, MAX_MESSAGE_CHARS);
    }
    let mut out = String::new();
    let mut rest = message;
    let mut inside = false;
    while let Some(i) = rest.find(['"', '`']) {
        let (part, quote) = (&rest[..i], &rest[i..i + 1]);
        out.push_str(
            if inside {
                excerpt(part, MAX_ECHO_CHARS)
            } else {
                std::borrow::Cow::Borrowed(part)
            }
            .as_ref(),
        );
        out.push_str(quote);
        inside = !inside;
        rest = &rest[i + 1..];
        if out.len() > 4 * MAX_MESSAGE_CHARS {
            break;
        }
    }
    if out.len() <= 4 * MAX_MESSAGE_CHARS {
        out.push_str(&if inside {
            excerpt(rest, MAX_ECHO_CHARS)
        } else {
            excerpt(rest, MAX_MESSAGE_CHARS)
        });
    }
    std::borrow::Cow::Owned(excerpt(&out, MAX_MESSAGE_CHARS).into_owned())
}

impl fmt::Display for Error {
    /// A short technical form for logs and `std::error::Error`; what a user reads is worded by
    /// the front end (`meridian_words::error`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid { path, problem } => write!(f, "invalid at {path:?}: {problem:?}"),
            Error::Syntax {
                problem,
                line,
                column,
            } => write!(f, "syntax at {line}:{column}: {problem:?}"),
            other => write!(f, "{other:?}"),
        }
    }
}

impl std::error::Error for Error {}

impl fmt::Display for LinkProblem {
    /// A short technical form; a user reads `meridian_words::error`'s wording.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

thread_local! {
    /// The engine error behind the last custom serde error a deserializer of the engine made
    /// (serde carries only text; the reader takes the error back as data).
    static REFUSED: std::cell::RefCell<Option<(String, Error)>> = const { std::cell::RefCell::new(None) };
}

/// A serde error for a value the engine refused, remembering `e` as data for
/// [`take_refused`].
pub(crate) fn refused_by_serde<E: serde::de::Error>(e: Error) -> E {
    let text = excerpt(&e.to_string(), MAX_MESSAGE_CHARS).into_owned();
    REFUSED.with(|r| *r.borrow_mut() = Some((text.clone(), e)));
    E::custom(text)
}

/// The engine error behind serde's `message` (which may have a position after it), when a
/// deserializer of the engine made it.
pub(crate) fn take_refused(message: &str) -> Option<Error> {
    REFUSED
        .with(|r| r.borrow_mut().take())
        .filter(|(text, _)| message.starts_with(text.as_str()))
        .map(|(_, e)| e)
}

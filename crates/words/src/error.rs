//! The engine's errors in words: what was wrong and, where possible, what to do.

use crate::{w, Words};
use meridian_engine::schedule::FORMAT;
use meridian_engine::{
    bounded, excerpt, CalendarProblem, DateTimeShape, Error, HolidayFileProblem, Item,
    JsonExpected, JsonFound, JsonProblem, LinkProblem, OccurrenceAction, Problem, ShareLimit,
    MAX_ECHO_CHARS,
};

/// A user's text as an error (or a change, `change::text`) repeats it: at most
/// [`MAX_ECHO_CHARS`] characters.
pub(crate) fn echo(text: &str) -> String {
    excerpt(text, MAX_ECHO_CHARS).into_owned()
}

/// `error` in words, as every front end shows it ("unknown time zone \"Europe/Berln\"; did you
/// mean Europe/Berlin?").
pub fn error(words: &Words, error: &Error) -> String {
    worded(words, error, FILES)
}

/// How the file readers' problems are worded: what the JSON reader found wrong in a schedule
/// file, and calendar-file and holiday-file errors. Every front end but the timetable page
/// words them ([`FILES`]); a link's decoding never gives them, so [`link_error`] words neither
/// ([`NO_FILES`]) and the timetable page carries neither their wording nor their ~70 messages.
#[derive(Clone, Copy)]
struct FileWords {
    json: fn(&Words, &JsonProblem) -> String,
    files: fn(&Words, &Error) -> String,
}

/// The file readers' problems in words.
const FILES: FileWords = FileWords {
    json: json_problem,
    files,
};

/// No words for the file readers' problems (an empty reason, should one come).
const NO_FILES: FileWords = FileWords {
    json: |_, _| String::new(),
    files: |_, _| String::new(),
};

/// An error a share link's decoding gave, in words: as [`error`], but without the wording of
/// calendar-file and holiday-file errors, which decoding a link never gives — so that the
/// timetable page, which only decodes links, does not carry those ~50 kinds and their messages.
/// Should one come anyway, the reason is left empty rather than carry their wording (or the
/// engine's `Debug` forms, 5 kB of the page's wasm). Likewise for what the JSON reader finds
/// wrong in a file ([`JsonProblem`]), which a link never gives.
pub fn link_error(words: &Words, error: &Error) -> String {
    worded(words, error, NO_FILES)
}

/// Calendar-file and holiday-file errors in words.
fn files(words: &Words, error: &Error) -> String {
    match error {
        Error::HolidayFile { line: 0, problem } => w!(
            words,
            "error-holiday-file",
            problem = holiday_file(words, problem)
        ),
        Error::HolidayFile { line, problem } => w!(
            words,
            "error-holiday-file-line",
            line = *line,
            problem = holiday_file(words, problem)
        ),
        Error::Calendar { line: 0, problem } => w!(
            words,
            "error-calendar-file",
            problem = calendar(words, problem)
        ),
        Error::Calendar { line, problem } => w!(
            words,
            "error-calendar-file-line",
            line = *line,
            problem = calendar(words, problem)
        ),
        // Every other error is worded by `worded`, which sends only these here.
        _ => String::new(),
    }
}

/// An error in words, with the file readers' problems worded by `file_words`.
fn worded(words: &Words, error: &Error, file_words: FileWords) -> String {
    match error {
        Error::HolidayFile { .. } | Error::Calendar { .. } => (file_words.files)(words, error),
        Error::UnknownZone { name, suggestions } if suggestions.is_empty() => {
            w!(words, "error-unknown-zone", name = echo(name))
        }
        Error::UnknownZone { name, suggestions } => w!(
            words,
            "error-unknown-zone-suggestions",
            name = echo(name),
            suggestions = suggestions.join(", ")
        ),
        Error::BadDateTime { text, expected } => w!(
            words,
            "error-bad-date-time",
            text = echo(text),
            expected = shape(words, *expected)
        ),
        Error::UnknownDisambiguation(text) => {
            w!(words, "error-unknown-disambiguation", text = echo(text))
        }
        Error::NonexistentLocalTime {
            zone,
            local,
            skipped,
        } => w!(
            words,
            "error-nonexistent-local-time",
            local = local.as_str(),
            zone = zone.as_str(),
            skipped = skipped.as_str()
        ),
        Error::AmbiguousLocalTime {
            zone,
            local,
            offsets,
        } => w!(
            words,
            "error-ambiguous-local-time",
            local = local.as_str(),
            zone = zone.as_str(),
            earlier = offsets.0.as_str(),
            later = offsets.1.as_str()
        ),
        Error::OutOfRange(text) => w!(words, "error-out-of-range", text = echo(text)),
        Error::Syntax {
            problem,
            line,
            column,
        } => w!(
            words,
            "error-syntax",
            line = *line,
            column = *column,
            problem = bounded(&problem_in(words, problem, file_words)).into_owned()
        ),
        Error::UnsupportedFormat(found) => w!(
            words,
            "error-unsupported-format",
            found = echo(found),
            format = FORMAT
        ),
        Error::Invalid { path, problem } => invalid(words, path, problem, file_words),
        Error::BadLink(p) => link_in(words, p, file_words),
        Error::TooLargeToShare { what, size, limit } => w!(
            words,
            "error-too-large-to-share",
            what = match what {
                ShareLimit::LinkCharacters => "characters",
                ShareLimit::UnpackedBytes => "bytes",
            },
            size = *size,
            limit = *limit
        ),
        Error::UnknownCountry(text) => w!(words, "error-unknown-country", text = echo(text)),
        Error::UnknownRegion {
            country,
            region,
            regions,
        } if regions.is_empty() => w!(
            words,
            "error-unknown-region-none",
            country = country.as_str(),
            region = echo(region)
        ),
        Error::UnknownRegion {
            country,
            region,
            regions,
        } => {
            // The codes come from a file: at most 30 are named.
            let named: Vec<String> = regions.iter().take(30).map(|r| echo(r)).collect();
            w!(
                words,
                "error-unknown-region",
                country = country.as_str(),
                region = echo(region),
                regions = named.join(", "),
                more = regions.len().saturating_sub(30)
            )
        }
    }
}

/// What is wrong with a calendar file, in words (without the line it is on).
fn calendar(words: &Words, problem: &CalendarProblem) -> String {
    use CalendarProblem as P;
    const MB: usize = 1024 * 1024;
    match problem {
        P::FileTooLarge { bytes, max } => w!(
            words,
            "problem-calendar-file-too-large",
            size = *bytes / MB,
            max = *max / MB
        ),
        P::NotICalendar => words.t("problem-calendar-not-icalendar"),
        P::StartsWithContinuation => words.t("problem-calendar-starts-with-continuation"),
        P::NotAContentLine { text } => {
            w!(words, "problem-calendar-not-a-line", text = echo(text))
        }
        P::EndWithoutBegin { what } => {
            w!(
                words,
                "problem-calendar-end-without-begin",
                what = echo(what)
            )
        }
        P::CutOff => words.t("problem-calendar-cut-off"),
        P::NotADateTime { text } => {
            w!(words, "problem-calendar-not-a-date-time", text = echo(text))
        }
        P::DateTimeOutOfRange { text } => w!(
            words,
            "problem-calendar-date-time-out-of-range",
            text = echo(text)
        ),
        P::DateOutOfRange => words.t("problem-calendar-date-out-of-range"),
        P::NotADuration { text } => {
            w!(words, "problem-calendar-not-a-duration", text = echo(text))
        }
        P::NegativeDuration { text } => {
            w!(
                words,
                "problem-calendar-negative-duration",
                text = echo(text)
            )
        }
        P::EndsBeforeStart => words.t("problem-calendar-ends-before-start"),
        P::RdatePeriods => words.t("problem-calendar-rdate-periods"),
        P::TooManyEvents { max } => w!(words, "problem-calendar-too-many-events", max = *max),
        P::NoFreq => words.t("problem-calendar-no-freq"),
        P::FreqNotRead { freq } => {
            w!(words, "problem-calendar-freq-not-read", freq = echo(freq))
        }
        P::IntervalNotPositive { text } => {
            w!(words, "problem-calendar-interval", text = echo(text))
        }
        P::CountNotANumber { text } => w!(words, "problem-calendar-count", text = echo(text)),
        P::UntilOutOfRange => words.t("problem-calendar-until-out-of-range"),
        P::ByDayNotRead { day } => w!(words, "problem-calendar-byday", day = echo(day)),
        P::RulePartNotRead { part } => {
            w!(words, "problem-calendar-rule-part", part = echo(part))
        }
        P::UnknownZone { name } => {
            w!(words, "problem-calendar-unknown-zone", name = echo(name))
        }
        P::ZoneRuleWithout { property } => w!(
            words,
            "problem-calendar-zone-rule-without",
            property = *property
        ),
        P::NotAnOffset { text } => {
            w!(words, "problem-calendar-not-an-offset", text = echo(text))
        }
        P::ZoneRulePartNotRead { part } => {
            w!(words, "problem-calendar-zone-rule-part", part = echo(part))
        }
        P::ZoneRuleWithoutMonth => words.t("problem-calendar-zone-rule-without-month"),
        P::TooManySwitches { max } => {
            w!(words, "problem-calendar-too-many-switches", max = *max)
        }
        P::ScheduleTermOutOfRange => words.t("problem-calendar-schedule-term-out-of-range"),
        P::TermOutOfRange => words.t("problem-calendar-term-out-of-range"),
    }
}

/// What is wrong with a public-holiday file, in words (without the line it is on).
fn holiday_file(words: &Words, problem: &HolidayFileProblem) -> String {
    use HolidayFileProblem as P;
    match problem {
        P::FileTooLarge { bytes, max } => w!(
            words,
            "problem-holiday-file-too-large",
            bytes = *bytes,
            max = *max
        ),
        P::NotUtf8 { byte } => w!(words, "problem-holiday-not-utf8", byte = *byte),
        P::CutOff => words.t("problem-holiday-cut-off"),
        P::Empty => words.t("problem-holiday-empty"),
        P::NotAHolidayFile { found } => w!(
            words,
            "problem-holiday-not-a-holiday-file",
            found = echo(found),
            format = meridian_engine::holidays::FORMAT
        ),
        P::EndsBefore { key } => w!(words, "problem-holiday-ends-before", key = *key),
        P::ExpectedHeader { key, found } => w!(
            words,
            "problem-holiday-expected-header",
            key = *key,
            found = echo(found)
        ),
        P::NotACountryCode { text } => {
            w!(
                words,
                "problem-holiday-not-a-country-code",
                text = echo(text)
            )
        }
        P::ExpectedYears { found } => {
            w!(words, "problem-holiday-expected-years", found = echo(found))
        }
        P::NotAYear { text } => w!(words, "problem-holiday-not-a-year", text = echo(text)),
        P::YearSpan { first, last, max } => w!(
            words,
            "problem-holiday-year-span",
            first = first.to_string(),
            last = last.to_string(),
            max = *max
        ),
        P::NotALocale { text } => {
            w!(words, "problem-holiday-not-a-locale", text = echo(text))
        }
        P::DashNotAlone => words.t("problem-holiday-dash-not-alone"),
        P::NotARegionCode { text, max } => w!(
            words,
            "problem-holiday-not-a-region-code",
            text = echo(text),
            max = *max
        ),
        P::TooManyRegions => words.t("problem-holiday-too-many-regions"),
        P::RegionTwice { code } => {
            w!(words, "problem-holiday-region-twice", code = echo(code))
        }
        P::TooFewFields { fields } => {
            w!(words, "problem-holiday-too-few-fields", fields = *fields)
        }
        P::TooManyFields => words.t("problem-holiday-too-many-fields"),
        P::NotADate { text, first, last } => w!(
            words,
            "problem-holiday-not-a-date",
            text = echo(text),
            first = first.to_string(),
            last = last.to_string()
        ),
        P::OutOfDateOrder => words.t("problem-holiday-out-of-date-order"),
        P::NotAKind { text } => w!(words, "problem-holiday-not-a-kind", text = echo(text)),
        P::NotARegion { code } => {
            w!(words, "problem-holiday-not-a-region", code = echo(code))
        }
        P::RegionOutOfOrder { code } => {
            w!(
                words,
                "problem-holiday-region-out-of-order",
                code = echo(code)
            )
        }
        P::EmptyName { field } => {
            w!(words, "problem-holiday-empty-name", field = field.key())
        }
        P::ControlCharacter { field } => {
            w!(
                words,
                "problem-holiday-control-character",
                field = field.key()
            )
        }
    }
}

/// `problem` at `path` (a JSON path; empty for the whole document); the problem's words are
/// bounded ([`bounded`]: they may repeat a user's text).
fn invalid(words: &Words, path: &str, problem: &Problem, file_words: FileWords) -> String {
    let said = bounded(&problem_in(words, problem, file_words)).into_owned();
    if path.is_empty() {
        said
    } else {
        w!(words, "error-invalid", path = echo(path), problem = said)
    }
}

/// What the JSON reader found wrong, in words (without the line and column or path it is at).
pub fn json_problem(words: &Words, problem: &JsonProblem) -> String {
    use JsonProblem as P;
    let list = |names: &[String]| names.iter().map(|n| echo(n)).collect::<Vec<_>>().join(", ");
    match problem {
        P::EndsInside(part) => w!(words, "problem-json-ends-inside", part = part.key()),
        P::Expected(token) => w!(words, "problem-json-expected-token", token = token.key()),
        P::InvalidEscape => words.t("problem-json-invalid-escape"),
        P::InvalidNumber => words.t("problem-json-invalid-number"),
        P::NumberOutOfRange => words.t("problem-json-number-out-of-range"),
        P::InvalidUnicode => words.t("problem-json-invalid-unicode"),
        P::ControlCharacter => words.t("problem-json-control-character"),
        P::KeyNotText => words.t("problem-json-key-not-text"),
        P::TrailingComma => words.t("problem-json-trailing-comma"),
        P::TextAfterEnd => words.t("problem-json-text-after-end"),
        P::TooDeep => words.t("problem-json-too-deep"),
        P::OutOfRange {
            found,
            expected: JsonExpected::WholeNumber { min, max },
        } => w!(
            words,
            "problem-json-out-of-range",
            found = json_found(words, found),
            min = min.to_string(),
            max = max.to_string()
        ),
        P::WrongType { found, expected } | P::OutOfRange { found, expected } => w!(
            words,
            "problem-json-wrong-type",
            found = json_found(words, found),
            expected = json_expected(words, expected)
        ),
        P::UnknownField { field, allowed } if allowed.is_empty() => {
            w!(words, "problem-json-no-fields", field = echo(field))
        }
        P::UnknownField { field, allowed } => w!(
            words,
            "problem-json-unknown-field",
            field = echo(field),
            allowed = list(allowed)
        ),
        P::UnknownValue { value, allowed } => w!(
            words,
            "problem-json-unknown-value",
            value = echo(value),
            allowed = list(allowed)
        ),
        P::WrongLength {
            length,
            expected: Some(expected),
        } => w!(
            words,
            "problem-json-wrong-length",
            length = *length,
            expected = *expected
        ),
        P::WrongLength {
            length,
            expected: None,
        } => w!(words, "problem-json-wrong-length-any", length = *length),
        P::DuplicateField { field } => {
            w!(words, "problem-json-duplicate-field", field = echo(field))
        }
        P::MissingField { field } => {
            w!(words, "problem-json-missing-field", field = echo(field))
        }
        // A third party's words (serde_json's or serde's), which Meridian cannot translate.
        P::Unclassified(text) => bounded(text).into_owned(),
    }
}

/// A value the JSON reader found, in words ("the text "ninety"").
fn json_found(words: &Words, found: &JsonFound) -> String {
    let (kind, text) = match found {
        JsonFound::Text(t) => ("text", echo(t)),
        JsonFound::Number(n) => ("number", echo(n)),
        JsonFound::Bool(b) => ("bool", b.to_string()),
        JsonFound::Null => ("null", String::new()),
        JsonFound::List => ("list", String::new()),
        JsonFound::Object => ("object", String::new()),
    };
    w!(words, "problem-json-found", kind = kind, text = text)
}

/// The kind of value a place takes, in words ("a whole number").
fn json_expected(words: &Words, expected: &JsonExpected) -> String {
    let kind = match expected {
        JsonExpected::Text => "text",
        JsonExpected::WholeNumber { .. } => "whole-number",
        JsonExpected::Number => "number",
        JsonExpected::Bool => "bool",
        JsonExpected::Null => "null",
        JsonExpected::List => "list",
        JsonExpected::Object => "object",
    };
    w!(words, "problem-json-expected", kind = kind)
}

/// The pattern of a date or time shape as the reader writes it (`YYYY-MM-DD` in English,
/// `JJJJ-MM-TT` in German, `ÅÅÅÅ-MM-DD` in Swedish and Norwegian).
pub fn shape(words: &Words, shape: DateTimeShape) -> String {
    words.t(match shape {
        DateTimeShape::Date => "shape-date",
        DateTimeShape::Time => "shape-time",
        DateTimeShape::DateTime => "shape-date-time",
        DateTimeShape::TimeRange => "shape-time-range",
        DateTimeShape::Instant => "shape-instant",
    })
}

/// Why a share link cannot be opened, in words.
pub fn link(words: &Words, problem: &LinkProblem) -> String {
    link_in(words, problem, FILES)
}

/// [`link`], with the file readers' problems worded by `file_words`.
fn link_in(words: &Words, problem: &LinkProblem, file_words: FileWords) -> String {
    match problem {
        LinkProblem::NotALink => w!(
            words,
            "link-not-a-link",
            newest = meridian_engine::link::LINK_VERSION
        ),
        LinkProblem::CutOff => words.t("link-cut-off"),
        LinkProblem::Newer { version, supported } => w!(
            words,
            "link-newer",
            version = *version,
            supported = *supported
        ),
        LinkProblem::Damaged => words.t("link-damaged"),
        LinkProblem::TooLong { limit } => w!(words, "link-too-long", limit = *limit),
        LinkProblem::InvalidSchedule { path, problem } => w!(
            words,
            "link-invalid-schedule",
            problem = invalid(words, path, problem, file_words)
        ),
    }
}

/// What is wrong, in words (without the path it is at).
pub fn problem(words: &Words, problem: &Problem) -> String {
    problem_in(words, problem, FILES)
}

/// [`problem`], with the file readers' problems worded by `file_words`.
fn problem_in(words: &Words, problem: &Problem, file_words: FileWords) -> String {
    let item = |i: &Item| i.key();
    let titles = |titles: &[String]| match titles {
        [] => String::new(),
        [a] => w!(words, "problem-titles-one", first = a.as_str()),
        [a, b] => w!(
            words,
            "problem-titles-two",
            first = a.as_str(),
            second = b.as_str()
        ),
        [a, b, rest @ ..] => w!(
            words,
            "problem-titles-more",
            first = a.as_str(),
            second = b.as_str(),
            more = rest.len()
        ),
    };
    match problem {
        Problem::Json(p) => (file_words.json)(words, p),
        Problem::Said(text) => text.clone(),
        Problem::Value(e) => worded(words, e, file_words),
        Problem::FileTooLarge { bytes, max } => {
            w!(words, "problem-file-too-large", bytes = *bytes, max = *max)
        }
        Problem::NotUtf8 { byte, value } => w!(
            words,
            "problem-not-utf8",
            byte = *byte,
            value = format!("0x{value:02X}")
        ),
        Problem::OddByteUtf16 => words.t("problem-odd-byte-utf16"),
        Problem::LoneSurrogate => words.t("problem-lone-surrogate"),
        Problem::NotAnObject => w!(words, "problem-not-an-object", format = FORMAT),
        Problem::MisplacedList => words.t("problem-misplaced-list"),
        Problem::FormatNotString => w!(words, "problem-format-not-string", format = FORMAT),
        Problem::FormatMissing => w!(words, "problem-format-missing", format = FORMAT),
        Problem::IdEmpty => words.t("problem-id-empty"),
        Problem::NoCampus => words.t("problem-no-campus"),
        Problem::IdMissing { item: i } => w!(words, "problem-id-missing", item = item(i)),
        Problem::DuplicateId { item: i, id } => w!(
            words,
            "problem-duplicate-id",
            item = item(i),
            id = id.as_str()
        ),
        Problem::CampusCode { campus } => {
            w!(words, "problem-campus-code", campus = campus.as_str())
        }
        Problem::CampusRegion { campus, max } => w!(
            words,
            "problem-campus-region",
            campus = campus.as_str(),
            max = *max
        ),
        Problem::PeriodEndsBeforeStart { name } => {
            w!(
                words,
                "problem-period-ends-before-start",
                name = name.as_str()
            )
        }
        Problem::ClosureEndsBeforeStart { name } => w!(
            words,
            "problem-closure-ends-before-start",
            name = name.as_str()
        ),
        Problem::MissingReference {
            from,
            id,
            to,
            target,
        } => match from {
            Item::Cohort => w!(
                words,
                "problem-cohort-campus-missing",
                cohort = id.as_str(),
                campus = target.as_str()
            ),
            Item::Room => w!(
                words,
                "problem-room-campus-missing",
                room = id.as_str(),
                campus = target.as_str()
            ),
            Item::Lecturer => w!(
                words,
                "problem-lecturer-campus-missing",
                lecturer = id.as_str(),
                campus = target.as_str()
            ),
            Item::BusyCalendar => w!(
                words,
                "problem-busy-target-missing",
                busy = id.as_str(),
                item = item(to),
                id = target.as_str()
            ),
            Item::Session | Item::Campus | Item::HostCampus => w!(
                words,
                "problem-session-reference-missing",
                session = id.as_str(),
                item = item(to),
                id = target.as_str()
            ),
        },
        Problem::BusyTargetNotOne { busy } => {
            w!(words, "problem-busy-target-not-one", busy = busy.as_str())
        }
        Problem::BusyBlockEndsBeforeStart { title } => w!(
            words,
            "problem-busy-block-ends-before-start",
            title = title.as_str()
        ),
        Problem::BusyBlockTooLong { title } => {
            w!(words, "problem-busy-block-too-long", title = title.as_str())
        }
        Problem::SessionLength { session } => {
            w!(words, "problem-session-length", session = session.as_str())
        }
        Problem::ChangeWithoutOccurrence { session, date } => w!(
            words,
            "problem-change-without-occurrence",
            session = session.as_str(),
            date = date.to_string()
        ),
        Problem::ChangeLength => words.t("problem-change-length"),
        Problem::RepeatInterval => words.t("problem-repeat-interval"),
        Problem::RepeatCount => words.t("problem-repeat-count"),
        Problem::UntilAndCount => words.t("problem-until-and-count"),
        Problem::UntilBeforeStart {
            session,
            until,
            first,
        } => w!(
            words,
            "problem-until-before-start",
            session = session.as_str(),
            until = until.to_string(),
            first = first.to_string()
        ),
        Problem::TermEndsBeforeStart { start, end } => w!(
            words,
            "problem-term-ends-before-start",
            start = start.to_string(),
            end = end.to_string()
        ),
        Problem::TermTooLong => words.t("problem-term-too-long"),
        Problem::Seconds { text } => w!(
            words,
            "problem-seconds",
            text = echo(text),
            pattern = shape(words, DateTimeShape::Time)
        ),
        Problem::FractionOfSecond { text } => {
            w!(words, "problem-fraction-of-second", text = echo(text))
        }
        Problem::NotAWeekday { text } => w!(words, "problem-not-a-weekday", text = echo(text)),
        Problem::WeekdayTwice { day } => w!(words, "problem-weekday-twice", day = echo(day)),
        Problem::HoursEndBeforeStart { text } => {
            w!(words, "problem-hours-end-before-start", text = echo(text))
        }
        Problem::NoDemo { name } => w!(words, "problem-no-demo", name = echo(name)),
        Problem::Unknown { item: i, id } => {
            w!(words, "problem-unknown", item = item(i), id = echo(id))
        }
        Problem::NothingToChange { item: i, id } => w!(
            words,
            "problem-nothing-to-change",
            item = item(i),
            id = echo(id)
        ),
        Problem::NoCampusChosen => words.t("problem-no-campus-chosen"),
        Problem::TooManyAtOnce { max } => w!(words, "problem-too-many-at-once", max = *max),
        Problem::MapLength => words.t("problem-map-length"),
        Problem::AnswerCount { questions, answers } => w!(
            words,
            "problem-answer-count",
            questions = *questions,
            answers = *answers
        ),
        Problem::NotAFingerprint { text } => {
            w!(words, "problem-not-a-fingerprint", text = echo(text))
        }
        Problem::ViewLinkExtraSession => words.t("problem-view-link-extra-session"),
        Problem::NoOccurrence {
            title,
            date,
            action,
        } => w!(
            words,
            match action {
                OccurrenceAction::Find => "problem-no-occurrence",
                OccurrenceAction::Change => "problem-no-occurrence-to-change",
                OccurrenceAction::Cancel => "problem-no-occurrence-to-cancel",
            },
            title = title.as_str(),
            date = date.to_string()
        ),
        Problem::OccurrenceLength { title } => {
            w!(words, "problem-occurrence-length", title = title.as_str())
        }
        Problem::TooFarToMove => words.t("problem-too-far-to-move"),
        Problem::SeriesTooFar { title } => {
            w!(words, "problem-series-too-far", title = title.as_str())
        }
        Problem::WeeksWrap {
            title,
            interval,
            days,
        } => w!(
            words,
            "problem-weeks-wrap",
            title = title.as_str(),
            interval = *interval,
            days = *days
        ),
        Problem::OneOff { title } => w!(words, "problem-one-off", title = title.as_str()),
        Problem::SessionGone => words.t("problem-session-gone"),
        Problem::OnlyCampus { campus } => {
            w!(words, "problem-only-campus", campus = campus.as_str())
        }
        Problem::CampusTeaches { campus, sessions } => w!(
            words,
            "problem-campus-teaches",
            campus = campus.as_str(),
            sessions = titles(sessions),
            count = sessions.len()
        ),
        Problem::NotInSchedule { item: i, id } => w!(
            words,
            "problem-not-in-schedule",
            item = item(i),
            id = id.as_str()
        ),
        Problem::NameEmpty => words.t("problem-name-empty"),
        Problem::Unnamed { item: i, position } => w!(
            words,
            "problem-unnamed",
            item = item(i),
            position = *position
        ),
        Problem::PeriodNeedsName => words.t("problem-period-needs-name"),
        Problem::PeriodExists { campus, period } => w!(
            words,
            "problem-period-exists",
            campus = campus.as_str(),
            period = period.as_str()
        ),
        Problem::AcademicEntry { date } => {
            w!(words, "problem-academic-entry", date = date.to_string())
        }
        Problem::PeriodGone => words.t("problem-period-gone"),
        Problem::RotationEmpty => words.t("problem-rotation-empty"),
    }
}

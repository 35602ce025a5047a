//! The texts of an exported calendar file, in the reader's language: [`Words`] is the labels
//! [`export`](meridian_engine::ics::export) takes.

use crate::{w, Words};
use meridian_engine::ics::Labels;
use meridian_engine::schedule::SessionKind;

/// A session kind's key in the catalogue (`ics-kind`).
pub(crate) fn kind_key(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::JointLecture => "joint-lecture",
        SessionKind::Lecture => "lecture",
        SessionKind::Lab => "lab",
        SessionKind::Seminar => "seminar",
        SessionKind::Tutorial => "tutorial",
        SessionKind::Exam => "exam",
        SessionKind::OfficeHours => "office-hours",
        SessionKind::Other => "other",
    }
}

impl Labels for Words {
    fn calendar_name(&self, schedule: &str, who: &str) -> String {
        w!(self, "ics-calendar-name", schedule = schedule, who = who)
    }

    fn room(&self, room: &str, campus: &str) -> String {
        w!(self, "ics-room", room = room, campus = campus)
    }

    fn online(&self) -> String {
        self.t("ics-online")
    }

    fn kind(&self, course: Option<&str>, kind: SessionKind) -> String {
        let kind = w!(self, "ics-kind", kind = kind_key(kind));
        match course {
            Some(course) => w!(self, "ics-course-kind", course = course, kind = kind),
            None => kind,
        }
    }

    fn taught_from(&self, campus: &str, place: &str) -> String {
        w!(
            self,
            "ics-taught-from",
            campus = campus,
            place = self.place(place)
        )
    }

    fn taught_from_elsewhere(&self, campus: &str, place: &str) -> String {
        w!(
            self,
            "ics-taught-from-elsewhere",
            campus = campus,
            place = self.place(place)
        )
    }

    fn lecturer(&self, name: &str) -> String {
        w!(self, "ics-lecturer", name = name)
    }

    fn join(&self, url: &str) -> String {
        w!(self, "ics-join", url = url)
    }
}

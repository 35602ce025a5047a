//! The timetable page (`timetable.html`, binary `meridian-timetable`): what a student's view link
//! opens. It shows one shared schedule read-only with the screen the planner's timetable mode
//! uses, and nothing of the planner (grid editing, forms, dialogs, storage of schedules), so that
//! its first load stays small (see DESIGN.md, "Two apps"). An edit link opened here goes to the
//! planner page; a page opened without a link shows the last timetable opened in this browser.

use crate::browser;
use crate::language::{use_words, w};
use crate::library::{self, Request};
use crate::screens::timetable::Timetable;
use crate::shell::language_menu::LanguageMenu;
use crate::shell::shared_banner::read_only_words;
use crate::store::{Action, StudentChoice};
use meridian_engine::link::{self, LinkKind};
use meridian_engine::schedule::Schedule;
use meridian_engine::{CivilDate, Instant, Zone, TZDB_VERSION};
use std::rc::Rc;
use yew::prelude::*;

/// Where this browser keeps the last view link it opened here (the fragment), so that the
/// installed app opens that timetable again without a network.
pub const LAST_VIEW_KEY: &str = "meridian.last-view.v1";

/// The planner's page, beside this one.
pub use meridian_engine::link::PLANNER_PAGE;

/// Where the timetable page's catalogues are, beside it: each language's messages cut to those
/// this page's code can ask for, by the post-build step (`scripts/postbuild.py`; DESIGN.md,
/// "Languages").
pub const CATALOGUES: &str = "locales/timetable";

pub use meridian_engine::link::sibling_page;

/// What the page shows.
#[derive(Clone, PartialEq)]
struct Opened {
    schedule: Rc<Schedule>,
    kind: LinkKind,
    student: StudentChoice,
    week: CivilDate,
    day: usize,
}

/// What the page opens: the link in the address, else the last one opened here.
enum Start {
    Opened(Opened),
    /// An edit link: the planner's.
    Planner(String),
    /// No link, or one that could not be opened (why).
    Nothing(Option<meridian_engine::Error>),
}

fn opened(kind: LinkKind, schedule: Schedule, today: Option<CivilDate>) -> Opened {
    let student = StudentChoice::of_link(&kind, &schedule);
    let week = crate::store::opening_week(today, schedule.term);
    let day = crate::store::opening_day(today, week);
    Opened {
        schedule: Rc::new(schedule),
        kind,
        student,
        week,
        day,
    }
}

fn start(today: Option<CivilDate>) -> Start {
    let here = browser::fragment();
    let remembered = || browser::read(LAST_VIEW_KEY).ok().flatten();
    let Some(text) = here.clone().or_else(remembered) else {
        return Start::Nothing(None);
    };
    match link::decode(&text) {
        Ok(shared) if shared.kind == LinkKind::Edit && here.is_some() => Start::Planner(text),
        Ok(shared) => {
            if here.is_some() {
                let _ = browser::write(LAST_VIEW_KEY, &text);
            }
            Start::Opened(opened(shared.kind, shared.schedule, today))
        }
        Err(error) => Start::Nothing(Some(error)),
    }
}

/// The page's state: what it shows, and the clock it shows it at.
struct Shown {
    start: Rc<Start>,
    /// The reader's zone.
    viewer: Zone,
    /// Now, to the minute, when the browser said.
    now: Option<Instant>,
    /// Today in the reader's zone.
    today: Option<CivilDate>,
}

/// What changes the page's state.
enum PageEvent {
    /// A link was opened (at the start, or pasted into the address bar).
    Started(Start),
    /// The reader chose a campus, cohort, week or day, or the clock ticked.
    Acted(Action),
}

impl Reducible for Shown {
    type Action = PageEvent;

    fn reduce(self: Rc<Self>, event: PageEvent) -> Rc<Self> {
        let action = match event {
            PageEvent::Started(start) => {
                return Rc::new(Shown {
                    start: Rc::new(start),
                    viewer: self.viewer,
                    now: self.now,
                    today: self.today,
                })
            }
            PageEvent::Acted(a) => a,
        };
        let mut next = Shown {
            start: self.start.clone(),
            viewer: self.viewer,
            now: self.now,
            today: self.today,
        };
        if let Action::ClockTicked(now) = action {
            // The same rules as the planner's store: to the minute, the week following today.
            let now = crate::store::to_the_minute(now);
            if self.now == Some(now) {
                return self;
            }
            next.now = Some(now);
            next.today = Some(self.viewer.local(now).datetime.date());
            if let Start::Opened(o) = &*self.start {
                let mut o = o.clone();
                (o.week, o.day) = crate::store::following_today(
                    o.schedule.term,
                    (o.week, o.day),
                    self.today,
                    next.today,
                );
                next.start = Rc::new(Start::Opened(o));
            }
            return Rc::new(next);
        }
        let Start::Opened(o) = &*self.start else {
            return self;
        };
        let mut o = o.clone();
        match action {
            Action::StudentChosen(c) => o.student = c,
            Action::WeekChosen(w) => o.week = w.monday(),
            Action::DayChosen(d) => o.day = d.min(6),
            _ => return self,
        }
        next.start = Rc::new(Start::Opened(o));
        Rc::new(next)
    }
}

/// The timetable page.
#[function_component(TimetablePage)]
pub fn timetable_page() -> Html {
    let words = use_words();
    let viewer = use_memo((), |_| {
        browser::query_param("tz")
            .and_then(|z| Zone::find(&z))
            .or_else(browser::detected_zone)
            .unwrap_or(Zone::UTC)
    });
    let viewer = *viewer;
    let twelve_hour = use_memo((), |_| browser::uses_12_hour_clock());
    let shown = use_reducer(|| {
        let now = browser::now().map(crate::store::to_the_minute);
        let today = now.map(|n| viewer.local(n).datetime.date());
        Shown {
            start: Rc::new(start(today)),
            viewer,
            now,
            today,
        }
    });
    let (now, today) = (shown.now, shown.today);
    // Drawn now, in the reader's language: the text shown while the page loaded goes.
    use_effect_with((), |_| browser::remove_element("loading"));
    {
        // A link pasted into the address bar of this tab changes only the fragment.
        let dispatch = shown.dispatcher();
        use_effect_with((), move |_| {
            let listener = browser::on_fragment_change(move |_| {
                dispatch.dispatch(PageEvent::Started(start(browser::today(viewer))))
            });
            move || drop(listener)
        });
    }
    {
        // "Now" moves on while the page stays open: the next session, its countdown, the week.
        let dispatch = shown.dispatcher();
        use_effect_with((), move |_| {
            let watch = browser::on_clock(move |now| {
                dispatch.dispatch(PageEvent::Acted(Action::ClockTicked(now)))
            });
            move || drop(watch)
        });
    }
    let state = shown.start.clone();
    if let Start::Planner(text) = &*state {
        let to = sibling_page(&browser::page_address(), PLANNER_PAGE);
        browser::go_to(&format!("{to}#{text}"));
        return html! { <p class="loading">{ w!(words, "timetable-opening-planner") }</p> };
    }
    let on_action = {
        let dispatch = shown.dispatcher();
        Callback::from(move |a: Action| dispatch.dispatch(PageEvent::Acted(a)))
    };
    let on_store = Callback::from(|r: Request| {
        if let Request::RememberStudent {
            schedule,
            campus,
            cohort,
        } = r
        {
            library::remember_student(&schedule, campus.as_ref(), cohort.as_ref());
        }
    });
    let planner = sibling_page(&browser::page_address(), PLANNER_PAGE);
    html! {
        <div class="app timetable-app">
            { match &*state {
                Start::Opened(o) => html! {
                    <>
                    <header class="header">
                        <h1 class="title">{ &o.schedule.name }</h1>
                        <LanguageMenu />
                    </header>
                    <section class="banner" aria-label={w!(words, "banner-label")}>
                        { read_only_words(&words, &o.schedule, &o.kind) }
                    </section>
                    <Timetable schedule={o.schedule.clone()} student={o.student.clone()} viewer={viewer}
                        week={o.week} day={o.day} today={today} now={now} twelve_hour={*twelve_hour}
                        on_action={on_action} on_store={on_store} />
                    </>
                },
                Start::Nothing(problem) => html! {
                    <>
                    <header class="header">
                        <h1 class="title">{ w!(words, "shell-brand") }</h1>
                        <LanguageMenu />
                    </header>
                    <main class="timetable" aria-label={w!(words, "timetable-label")}>
                        if let Some(p) = problem {
                            <p class="notice" role="alert">{ crate::store::link_unreadable(&words, p, false) }</p>
                        }
                        <p>{ w!(words, "timetable-open-the-link") }</p>
                        <p><a href={planner}>{ w!(words, "timetable-plan-in-meridian") }</a></p>
                    </main>
                    </>
                },
                Start::Planner(_) => html! {},
            } }
            <footer class="footer">
                <span>{ w!(words, "shell-footer-tzdb", version = TZDB_VERSION) }</span>
                <span aria-hidden="true">{ "·" }</span>
                <span>{ w!(words, "shell-footer-version", version = env!("CARGO_PKG_VERSION")) }</span>
            </footer>
        </div>
    }
}

/// Mounts the timetable page on its body; the text shown while it loads stays until the page
/// first draws (its catalogue fetched).
pub fn start_page() {
    yew::Renderer::<Page>::new().render();
}

/// The timetable page in the reader's language (a view link's `hl=` says the language it was
/// made in: a hint when the reader's browser prefers none Meridian speaks).
#[function_component(Page)]
fn page() -> Html {
    let hint = browser::query_param("hl").map(AttrValue::from);
    html! {
        <crate::language::LanguageProvider hint={hint} catalogues={CATALOGUES} title="page-title-timetable">
            <TimetablePage />
            <crate::shell::release_ready::ReleaseReady />
        </crate::language::LanguageProvider>
    }
}

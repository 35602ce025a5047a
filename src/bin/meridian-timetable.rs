//! The timetable page's entry point for Trunk (`timetable.html`): what students' links open.

fn main() {
    meridian_app::timetable_page::start_page();
}

//! After a series was dragged: move (or resize) only the week that was dragged, or every week?
//! Nothing changes until the coordinator says; Escape or "Cancel" puts the block back.

use crate::store::{Action, Gesture, GestureKind, Scope};
use crate::widgets::dialog::DialogFrame;
use crate::words::{length, shift, short_date};
use yew::prelude::*;

/// Props of [`ScopeChoice`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// What was dropped.
    pub gesture: Gesture,
    /// The series' title.
    pub title: AttrValue,
    /// Reports the choice (or the cancel).
    pub on_action: Callback<Action>,
}

/// "Move “Energy systems” 30 min later: this week only (Mon 26 Oct) or every week?"
pub fn question(g: &Gesture, title: &str) -> String {
    match g.kind {
        GestureKind::Move => format!("Move “{title}” {}?", shift(g.minutes)),
        GestureKind::Resize => format!(
            "Make “{title}” {} {}?",
            length(g.minutes.abs()),
            if g.minutes < 0 { "shorter" } else { "longer" }
        ),
    }
}

/// The dialog.
#[function_component(ScopeChoice)]
pub fn scope_choice(props: &Props) -> Html {
    let choose = |scope: Scope| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::ScopeChosen(scope)))
    };
    let cancel = props.on_action.reform(|_| Action::DropCancelled);
    html! {
        <DialogFrame labelled_by="scope-title" class="scope-choice" on_close={cancel.clone()}>
            <h2 id="scope-title">{ question(&props.gesture, &props.title) }</h2>
            <p>{ "It is a weekly series. Change only the week you dragged, or every week of the series?" }</p>
            <div class="dialog-actions">
                <button type="button" class="button" onclick={cancel.reform(|_: MouseEvent| ())}>{ "Cancel" }</button>
                <button type="button" class="button" onclick={choose(Scope::ThisWeek)}>
                    { format!("This week only ({})", short_date(props.gesture.date)) }</button>
                <button type="button" class="button primary" onclick={choose(Scope::EveryWeek)}>{ "Every week" }</button>
            </div>
        </DialogFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use meridian_engine::CivilDate;

    fn g(kind: GestureKind, minutes: i64) -> Gesture {
        Gesture {
            session: 0,
            date: CivilDate::parse("2026-10-26").unwrap(),
            kind,
            minutes,
        }
    }

    #[test]
    fn the_question_says_what_the_drag_did() {
        assert_eq!(
            question(&g(GestureKind::Move, 90), "Energy systems"),
            "Move “Energy systems” 1 h 30 min later?"
        );
        assert_eq!(
            question(&g(GestureKind::Move, -2 * 24 * 60), "Lab"),
            "Move “Lab” 2 days earlier?"
        );
        assert_eq!(
            question(&g(GestureKind::Move, 24 * 60 + 30), "Lab"),
            "Move “Lab” 1 day and 30 min later?"
        );
        assert_eq!(
            question(&g(GestureKind::Resize, -15), "Lab"),
            "Make “Lab” 15 min shorter?"
        );
    }
}

//! After a series was dragged: move (or resize) only the week that was dragged, or every week?
//! Nothing changes until the coordinator says; Escape or "Cancel" puts the block back.

use crate::language::{use_words, w};
use crate::store::{Action, Gesture, GestureKind, Scope};
use crate::widgets::dialog::DialogFrame;
use meridian_words::{length, shift, Words};
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
pub fn question(words: &Words, g: &Gesture, title: &str) -> String {
    match g.kind {
        GestureKind::Move => w!(
            words,
            "planner-scope-move",
            title = title,
            shift = shift(words, g.minutes)
        ),
        GestureKind::Resize => w!(
            words,
            if g.minutes < 0 {
                "planner-scope-shorter"
            } else {
                "planner-scope-longer"
            },
            title = title,
            length = length(words, g.minutes.abs())
        ),
    }
}

/// The dialog.
#[function_component(ScopeChoice)]
pub fn scope_choice(props: &Props) -> Html {
    let words = use_words();
    let choose = |scope: Scope| {
        let cb = props.on_action.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Action::ScopeChosen(scope)))
    };
    let cancel = props.on_action.reform(|_| Action::DropCancelled);
    html! {
        <DialogFrame labelled_by="scope-title" class="scope-choice" on_close={cancel.clone()}>
            <h2 id="scope-title">{ question(&words, &props.gesture, &props.title) }</h2>
            <p>{ words.t("planner-scope-why") }</p>
            <div class="dialog-actions">
                <button type="button" class="button" onclick={cancel.reform(|_: MouseEvent| ())}>{ words.t("planner-cancel") }</button>
                <button type="button" class="button" onclick={choose(Scope::ThisWeek)}>
                    { w!(words, "planner-scope-this-week", date = words.short_date(props.gesture.date)) }</button>
                <button type="button" class="button primary" onclick={choose(Scope::EveryWeek)}>{ words.t("planner-scope-every-week") }</button>
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
        let en = Words::english();
        assert_eq!(
            question(&en, &g(GestureKind::Move, 90), "Energy systems"),
            "Move “Energy systems” 1 h 30 min later?"
        );
        assert_eq!(
            question(&en, &g(GestureKind::Move, -2 * 24 * 60), "Lab"),
            "Move “Lab” 2 days earlier?"
        );
        assert_eq!(
            question(&en, &g(GestureKind::Move, 24 * 60 + 30), "Lab"),
            "Move “Lab” 1 day and 30 min later?"
        );
        assert_eq!(
            question(&en, &g(GestureKind::Resize, -15), "Lab"),
            "Make “Lab” 15 min shorter?"
        );
    }
}

//! The banner over a schedule opened from a share link: it is a copy, not stored until the user
//! saves it, and saving never overwrites a stored schedule without asking.

use crate::language::{use_words, w};
use crate::library::Entry;
use meridian_engine::link::LinkKind;
use meridian_engine::schedule::Schedule;
use meridian_words::Words;
use std::rc::Rc;
use yew::prelude::*;

/// How to save a shared copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveChoice {
    /// Nothing with its identity is stored: save it.
    New,
    /// Replace the stored schedule with the same identity.
    Replace,
    /// Keep the stored one and save this beside it under a new identity.
    KeepBoth,
    /// See what changed from the stored schedule with the same identity, and merge.
    Compare,
}

/// Props of [`SharedBanner`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The shared copy that is open.
    pub schedule: Rc<Schedule>,
    /// The stored schedule with the same identity, if there is one.
    pub stored: Option<Entry>,
    /// The link's kind.
    pub kind: LinkKind,
    /// The user chose how to save.
    pub on_save: Callback<SaveChoice>,
}

/// The shared-copy banner.
#[function_component(SharedBanner)]
pub fn shared_banner(props: &Props) -> Html {
    let asking = use_state(|| false);
    let words = use_words();
    let (schedule, stored) = (&props.schedule, props.stored.as_ref());
    let save = {
        let (asking, on_save, exists) = (asking.clone(), props.on_save.clone(), stored.is_some());
        Callback::from(move |_: MouseEvent| {
            if exists {
                asking.set(true);
            } else {
                on_save.emit(SaveChoice::New);
            }
        })
    };
    let choose = |choice: SaveChoice| {
        let (asking, on_save) = (asking.clone(), props.on_save.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            on_save.emit(choice);
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    html! {
        <section class="banner" aria-label={w!(words, "banner-label")}>
            if matches!(props.kind, LinkKind::Edit) {
                <p>
                    <strong>{ w!(words, "banner-shared-copy") }</strong>
                    { " " }
                    { w!(words, "banner-shared-copy-detail") }
                </p>
                if *asking {
                    <div class="banner-choice" role="group" aria-label={w!(words, "banner-identity-stored")}>
                        <p>{ w!(words, "banner-already-stored", name = stored.map_or(schedule.name.as_str(), |e| e.name.as_str())) }</p>
                        <button type="button" class="button primary" onclick={choose(SaveChoice::Compare)}>{ w!(words, "banner-compare-and-merge") }</button>
                        <button type="button" class="button" onclick={choose(SaveChoice::Replace)}>{ w!(words, "banner-replace") }</button>
                        <button type="button" class="button" onclick={choose(SaveChoice::KeepBoth)}>{ w!(words, "banner-keep-both") }</button>
                        <button type="button" class="button" onclick={cancel}>{ w!(words, "banner-cancel") }</button>
                    </div>
                } else if let Some(e) = stored {
                    <p>{ w!(words, "banner-you-have", name = e.name.as_str()) }</p>
                    <button type="button" class="button primary" onclick={choose(SaveChoice::Compare)}>{ w!(words, "banner-compare-with-mine") }</button>
                    <button type="button" class="button" onclick={save}>{ w!(words, "banner-save") }</button>
                } else {
                    <button type="button" class="button primary" onclick={save}>{ w!(words, "banner-save") }</button>
                }
            } else {
                { read_only_words(&words, schedule, &props.kind) }
            }
        </section>
    }
}

/// What a view link's banner says: a read-only timetable (for whom, when the link narrows it),
/// shown in the reader's zone, nothing stored. The timetable page shows it too.
pub fn read_only_words(words: &Words, schedule: &Schedule, kind: &LinkKind) -> Html {
    let narrowed = match kind {
        LinkKind::View {
            cohort: Some(c), ..
        } => schedule
            .cohorts
            .iter()
            .find(|x| x.id == *c)
            .map(|x| x.name.clone()),
        LinkKind::View {
            campus: Some(c), ..
        } => schedule
            .campuses
            .iter()
            .find(|x| x.id == *c)
            .map(|x| x.short.clone()),
        _ => None,
    };
    let title = match narrowed {
        Some(whom) => w!(words, "banner-read-only-for", whom = whom),
        None => w!(words, "banner-read-only"),
    };
    html! {
        <p>
            <strong>{ title }</strong>
            { " " }
            { w!(words, "banner-read-only-detail") }
        </p>
    }
}

//! A form's draft that every event handler reads as it is now, not as it was when the form was
//! last drawn. With `use_state`, two events before a redraw (a field's `change` on blur, then
//! the click that caused the blur) each start from the drawn value, and the second undoes the
//! first: a typed name or note was lost when "Save" or "Add a room" was clicked straight away.

use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// The draft and a way to redraw after changing it.
#[derive(Clone)]
pub struct Latest<T> {
    value: Rc<RefCell<T>>,
    redraw: UseForceUpdateHandle,
}

impl<T> Latest<T> {
    /// Changes the draft as it is now, then redraws.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        f(&mut self.value.borrow_mut());
        self.redraw.force_update();
    }

    /// The draft as it is now.
    pub fn get(&self) -> Ref<'_, T> {
        self.value.borrow()
    }
}

/// A draft kept for the component's lifetime, starting as `init()`.
#[hook]
pub fn use_latest<T: 'static>(init: impl FnOnce() -> T) -> Latest<T> {
    Latest {
        value: use_mut_ref(init),
        redraw: use_force_update(),
    }
}

//! How a header menu (a `<details>`: File, the language menu) closes: on Escape, which puts the
//! focus back on its button; when the focus leaves it or the page is pressed outside it; and
//! when one of its items is chosen (each item does that itself, see [`close`]).
//!
//! Where a header menu opens: under its button, right-aligned to it when that fits in the
//! window, else left-aligned, else pushed in from the window's edge. The button lands wherever
//! the header wraps it (a longer language wraps sooner), so the menu is placed each time it
//! opens, from where the button and the window are then.

use yew::prelude::*;

/// The gap kept between an open menu and the window's edges, in CSS pixels.
const MARGIN: f64 = 8.0;

/// Where a menu of `width` opens, as its left edge in the window, below a button spanning
/// `button_left..button_right` in a window `window` wide: aligned to the button's right edge
/// when it fits, else to its left edge, else as far in as the window allows.
pub fn left_edge(button_left: f64, button_right: f64, width: f64, window: f64) -> f64 {
    let fits = |left: f64| left >= MARGIN && left + width <= window - MARGIN;
    if fits(button_right - width) {
        button_right - width
    } else if fits(button_left) {
        button_left
    } else {
        (window - MARGIN - width).min(button_left).max(MARGIN)
    }
}

/// A menu's `ontoggle`: when the `<details>` opens, its `.menu-items` are placed inside the
/// window (and no wider than it).
pub fn keep_in_window() -> Callback<Event> {
    Callback::from(|e: Event| {
        let menu = e.target_unchecked_into::<web_sys::Element>();
        if !menu.has_attribute("open") {
            return;
        }
        let (Ok(Some(items)), Some(window)) = (
            menu.query_selector(".menu-items"),
            crate::browser::window_width(),
        ) else {
            return;
        };
        let most = (window - 2.0 * MARGIN).max(0.0);
        // Measured as the style sheet places it, no wider than the window.
        let _ = items.set_attribute("style", &format!("max-width: {most}px"));
        let (button, placed) = (
            menu.get_bounding_client_rect(),
            items.get_bounding_client_rect(),
        );
        let left = left_edge(button.left(), button.right(), placed.width(), window);
        let _ = items.set_attribute(
            "style",
            &format!(
                "max-width: {most}px; right: auto; left: {}px",
                left - button.left()
            ),
        );
    })
}

/// Closes the menu `menu` (its `<details>`), if it is open.
pub fn close(menu: &NodeRef) {
    if let Some(m) = menu.cast::<web_sys::Element>() {
        let _ = m.remove_attribute("open");
    }
}

/// The menu's `onkeydown`: Escape closes an open menu and puts the focus back on its button.
/// Open, it had stayed open after Escape, and then behind the dialogs opened later.
pub fn close_on_escape(menu: NodeRef) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(m) = menu.cast::<web_sys::Element>() else {
            return;
        };
        if e.key() != "Escape" || !m.has_attribute("open") {
            return;
        }
        e.prevent_default();
        e.stop_propagation();
        let _ = m.remove_attribute("open");
        if let Some(summary) = m
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(s).ok())
        {
            let _ = summary.focus();
        }
    })
}

/// The menu's `onfocusout`: the focus moved (Tab) to something outside the menu.
pub fn close_on_leaving(menu: NodeRef) -> Callback<FocusEvent> {
    Callback::from(move |e: FocusEvent| {
        let (Some(m), Some(to)) = (
            menu.cast::<web_sys::Element>(),
            e.related_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok()),
        ) else {
            return;
        };
        if !m.contains(Some(&to)) {
            let _ = m.remove_attribute("open");
        }
    })
}

/// Closes the menu `menu` when the page is pressed outside it, for as long as the component
/// lives.
#[hook]
pub fn use_close_on_press_outside(menu: NodeRef) {
    use_effect_with((), move |_| {
        let listener = crate::browser::on_press(move |pressed| {
            if let Some(m) = menu.cast::<web_sys::Element>() {
                if m.has_attribute("open") && !m.contains(Some(&pressed)) {
                    let _ = m.remove_attribute("open");
                }
            }
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::left_edge;

    #[test]
    fn a_menu_under_a_button_at_the_right_opens_right_aligned() {
        assert_eq!(left_edge(1100.0, 1200.0, 180.0, 1280.0), 1020.0);
    }

    #[test]
    fn a_menu_under_a_button_at_the_left_edge_opens_left_aligned_not_off_the_window() {
        // The German "Datei" on a second header row at x = 16: right-aligned, it sat at −82.
        assert_eq!(left_edge(16.0, 91.0, 173.0, 1280.0), 16.0);
    }

    #[test]
    fn a_menu_wider_than_either_side_of_its_button_is_pushed_in_from_the_edge() {
        assert_eq!(left_edge(150.0, 240.0, 300.0, 390.0), 82.0);
        assert_eq!(left_edge(10.0, 60.0, 374.0, 390.0), 8.0);
    }
}

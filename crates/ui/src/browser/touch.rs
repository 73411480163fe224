//! Two fingers on a scrolling area: how far apart they are and where their
//! middle is, and keeping that middle under the fingers while what is in
//! the area grows or shrinks. Used by the connections picture's pinch.

use web_sys::TouchEvent;

/// Two fingers, in CSS pixels of the window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// Their distance.
    pub distance: f32,
    /// Their middle, from the window's left and top.
    pub middle: (f32, f32),
}

/// The spread of the fingers of a touch event with exactly two on the
/// screen; `None` with one, three or more.
pub fn spread(ev: &TouchEvent) -> Option<Spread> {
    let touches = ev.touches();
    if touches.length() != 2 {
        return None;
    }
    let (a, b) = (touches.get(0)?, touches.get(1)?);
    let (ax, ay) = (a.client_x() as f32, a.client_y() as f32);
    let (bx, by) = (b.client_x() as f32, b.client_y() as f32);
    Some(Spread {
        distance: ((ax - bx).powi(2) + (ay - by).powi(2)).sqrt(),
        middle: ((ax + bx) / 2.0, (ay + by) / 2.0),
    })
}

/// Scrolls the element `selector` so that what was at `point` (window
/// coordinates) is there again after its content grew by `ratio`: called
/// once the content has its new size. What the area cannot scroll (it has
/// no height of its own, say, and grows with the page) the page scrolls.
pub fn keep_point(selector: &str, point: (f32, f32), ratio: f32) {
    let Some(window) = super::window() else {
        return;
    };
    let Some(e) = window
        .document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
    else {
        return;
    };
    let rect = e.get_bounding_client_rect();
    let (px, py) = (point.0 as f64 - rect.left(), point.1 as f64 - rect.top());
    let ratio = f64::from(ratio);
    let want = |scrolled: i32, p: f64| ((f64::from(scrolled) + p) * ratio - p).round() as i32;
    let (left, top) = (want(e.scroll_left(), px), want(e.scroll_top(), py));
    e.set_scroll_left(left);
    e.set_scroll_top(top);
    let (dx, dy) = (left - e.scroll_left(), top - e.scroll_top());
    if dx != 0 || dy != 0 {
        window.scroll_by_with_x_and_y(f64::from(dx), f64::from(dy));
    }
}

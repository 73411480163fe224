//! How far the connections picture is zoomed: by its buttons (a step in or
//! out) and by pinching with two fingers (the scale follows the fingers'
//! spread). Kept in bounds, so the picture never vanishes or becomes one
//! box per screen.

/// The smallest scale: half size, a 1920 px kiosk's whole picture.
pub const MIN: f32 = 0.5;
/// The largest: three times, a phone's box fills the screen's width.
pub const MAX: f32 = 3.0;
/// One press of "Vergrößern"; "Verkleinern" is its inverse.
pub const STEP: f32 = 1.25;

/// `scale` kept between [`MIN`] and [`MAX`].
pub fn clamp(scale: f32) -> f32 {
    if scale.is_finite() {
        scale.clamp(MIN, MAX)
    } else {
        1.0
    }
}

/// A pinch under way: the scale and the fingers' distance when the second
/// finger came down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pinch {
    scale: f32,
    distance: f32,
}

impl Pinch {
    /// Begins at `scale`, the fingers `distance` apart; none if they are on
    /// one spot (no spread to compare with).
    pub fn start(scale: f32, distance: f32) -> Option<Pinch> {
        (distance >= 1.0).then_some(Pinch { scale, distance })
    }

    /// The scale for the fingers now `distance` apart: as much larger as
    /// their spread is, in bounds.
    pub fn scale(&self, distance: f32) -> f32 {
        clamp(self.scale * distance / self.distance)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinching_follows_the_fingers_within_bounds() {
        let p = Pinch::start(1.0, 100.0).unwrap();
        assert_eq!(p.scale(150.0), 1.5);
        assert_eq!(p.scale(50.0), MIN);
        assert_eq!(p.scale(10_000.0), MAX);
        assert_eq!(Pinch::start(2.0, 100.0).unwrap().scale(75.0), 1.5);
        assert_eq!(Pinch::start(1.0, 0.0), None, "two fingers on one spot");
        assert_eq!(clamp(f32::NAN), 1.0);
        assert_eq!(
            clamp(STEP * STEP * STEP * STEP * STEP * STEP * STEP * STEP * STEP),
            MAX
        );
    }
}

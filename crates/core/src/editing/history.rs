//! Undo and redo, as whole states: simple and always right. Typing into one
//! field is one step (consecutive changes with the same key coalesce), so a
//! state is copied once per field someone starts editing, not per keystroke.

/// The states before and after the current one.
#[derive(Debug, Clone)]
pub struct History<T> {
    past: Vec<T>,
    future: Vec<T>,
    group: Option<String>,
    limit: usize,
}

impl<T: Clone> History<T> {
    /// A history that keeps at most `limit` steps back.
    pub fn new(limit: usize) -> Self {
        Self {
            past: Vec::new(),
            future: Vec::new(),
            group: None,
            limit: limit.max(1),
        }
    }

    /// Call before changing `current`. A change with the same `group` as
    /// the one before it (`Some("networks[3].summary")`) joins its step;
    /// `None` always makes a step of its own. Clears what could be redone.
    pub fn record(&mut self, current: &T, group: Option<&str>) {
        let joins = group.is_some() && self.group.as_deref() == group;
        self.future.clear();
        if !joins {
            self.past.push(current.clone());
            if self.past.len() > self.limit {
                self.past.remove(0);
            }
        }
        self.group = group.map(str::to_owned);
    }

    /// Ends the current step, so that the next change starts a new one.
    pub fn seal(&mut self) {
        self.group = None;
    }

    /// The state before `current`, if any; `current` can then be redone.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.group = None;
        Some(previous)
    }

    /// The state undone last, if any.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.group = None;
        Some(next)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forgets every step (a new file was opened).
    pub fn clear(&mut self) {
        self.past.clear();
        self.future.clear();
        self.group = None;
    }
}

#[cfg(test)]
mod tests {
    use super::History;

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::new(10);
        let mut text = String::new();
        for c in "Hallo".chars() {
            h.record(&text, Some("name"));
            text.push(c);
        }
        h.record(&text, Some("summary"));
        text.push_str(" Welt");
        let back = h.undo(text.clone()).unwrap();
        assert_eq!(back, "Hallo");
        let back = h.undo(back).unwrap();
        assert_eq!(back, "");
        assert!(!h.can_undo());
        let forward = h.redo(back).unwrap();
        assert_eq!(forward, "Hallo");
        let forward = h.redo(forward).unwrap();
        assert_eq!(forward, "Hallo Welt");
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_change_drops_the_redo_and_the_limit_holds() {
        let mut h = History::new(2);
        for n in 0..5 {
            h.record(&n, None);
        }
        let a = h.undo(5).unwrap();
        assert_eq!(a, 4);
        h.record(&a, None);
        assert!(!h.can_redo());
        assert_eq!(h.undo(9), Some(4));
        assert_eq!(h.undo(4), Some(3));
        assert_eq!(h.undo(3), None, "only two steps are kept");
    }
}

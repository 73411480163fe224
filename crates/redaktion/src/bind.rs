//! Binding a form field to one field of one entry of the draft: a signal
//! that reads it, and a callback that changes it as one undo step per field.

use std::marker::PhantomData;

use leptos::prelude::*;

use stadtteilnetz_core::editing::EntryKind;
use stadtteilnetz_core::model::{Actor, Dataset, Network, Project};

use crate::state::Editor;

/// An entry type the forms edit, found by kind and position.
pub trait Access: Sized + 'static {
    /// The entry (`kind` tells lists of one type apart, should one type
    /// ever serve two kinds).
    fn get(data: &Dataset, kind: EntryKind, index: usize) -> Option<&Self>;
    /// The entry, to change.
    fn get_mut(data: &mut Dataset, kind: EntryKind, index: usize) -> Option<&mut Self>;
}

impl Access for Network {
    fn get(d: &Dataset, _: EntryKind, i: usize) -> Option<&Self> {
        d.networks.get(i)
    }
    fn get_mut(d: &mut Dataset, _: EntryKind, i: usize) -> Option<&mut Self> {
        d.networks.get_mut(i)
    }
}

impl Access for Actor {
    fn get(d: &Dataset, _: EntryKind, i: usize) -> Option<&Self> {
        d.actors.get(i)
    }
    fn get_mut(d: &mut Dataset, _: EntryKind, i: usize) -> Option<&mut Self> {
        d.actors.get_mut(i)
    }
}

impl Access for Project {
    fn get(d: &Dataset, _: EntryKind, i: usize) -> Option<&Self> {
        d.projects.get(i)
    }
    fn get_mut(d: &mut Dataset, _: EntryKind, i: usize) -> Option<&mut Self> {
        d.projects.get_mut(i)
    }
}

/// One entry of the draft, for its form.
pub struct Bind<T> {
    /// The editor.
    pub ed: Editor,
    /// Its kind.
    pub kind: EntryKind,
    /// Its position.
    pub index: usize,
    entry: PhantomData<fn() -> T>,
}

impl<T> Clone for Bind<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Bind<T> {}

impl<T: Access> Bind<T> {
    /// Entry `index` of `kind`.
    pub fn new(ed: Editor, kind: EntryKind, index: usize) -> Self {
        Bind {
            ed,
            kind,
            index,
            entry: PhantomData,
        }
    }

    /// The path of one of its fields, as the checks name it.
    pub fn path(self, field: &str) -> String {
        if field.is_empty() {
            self.kind.path(self.index)
        } else {
            format!("{}.{field}", self.kind.path(self.index))
        }
    }

    /// A value read from the entry, following every change.
    pub fn read<R>(self, f: impl Fn(&T) -> R + Send + Sync + 'static) -> Signal<R>
    where
        R: Default + Clone + Send + Sync + 'static,
    {
        Signal::derive(move || {
            self.ed
                .data
                .with(|d| T::get(d, self.kind, self.index).map(&f).unwrap_or_default())
        })
    }

    /// Changes the entry with `f(entry, value)`; changes of one field make
    /// one undo step.
    pub fn write<V: 'static>(
        self,
        field: &str,
        f: impl Fn(&mut T, V) + Send + Sync + 'static,
    ) -> Callback<V> {
        let group = self.path(field);
        Callback::new(move |value: V| {
            self.ed.edit(Some(&group), |d| {
                if let Some(e) = T::get_mut(d, self.kind, self.index) {
                    f(e, value);
                }
            });
        })
    }

    /// For a list field: changes with the group the list field names
    /// (an item's path while typing; `None` for a move or a removal).
    pub fn write_list(
        self,
        f: impl Fn(&mut T, Vec<String>) + Send + Sync + 'static,
    ) -> Callback<(Option<String>, Vec<String>)> {
        Callback::new(move |(group, value): (Option<String>, Vec<String>)| {
            self.ed.edit(group.as_deref(), |d| {
                if let Some(e) = T::get_mut(d, self.kind, self.index) {
                    f(e, value);
                }
            });
        })
    }
}

/// An optional text as typed: empty means none.
pub fn optional(text: String) -> Option<String> {
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}

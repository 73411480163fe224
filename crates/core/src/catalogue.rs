//! The catalogue: a directory with its facet index and its search index,
//! the one value pages are given (through context in the UI) to show a
//! dataset: the shipped one, or an editor's draft. Cheap to clone (one
//! reference count), and entries can be held by [`Shared`] handles that
//! keep their catalogue alive, so components own what they show.

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use crate::directory::Directory;
use crate::facets::FacetIndex;
use crate::model::{Actor, Network, Project};
use crate::search::SearchIndex;
use crate::validate::Problem;

/// A dataset ready to show and search.
#[derive(Clone)]
pub struct Catalogue(Arc<Parts>);

struct Parts {
    directory: Directory,
    facets: FacetIndex,
    /// Built on first use: the first paint does not wait for it.
    index: OnceLock<SearchIndex>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("networks", &self.0.directory.networks().len())
            .field("actors", &self.0.directory.actors().len())
            .field("indexed", &self.0.index.get().is_some())
            .finish()
    }
}

impl PartialEq for Catalogue {
    /// The same catalogue (not merely equal data).
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Catalogue {
    /// A catalogue of an already validated directory.
    pub fn new(directory: Directory) -> Self {
        let facets = FacetIndex::new(&directory);
        Catalogue(Arc::new(Parts {
            directory,
            facets,
            index: OnceLock::new(),
        }))
    }

    /// Parses and validates `text` (named `file` in messages).
    pub fn from_json(file: &str, text: &str) -> Result<Self, Vec<Problem>> {
        Directory::from_json(file, text).map(Self::new)
    }

    /// The entries and their lookups.
    pub fn directory(&self) -> &Directory {
        &self.0.directory
    }

    /// Filter values and every network's values.
    pub fn facets(&self) -> &FacetIndex {
        &self.0.facets
    }

    /// The search index, built on first use.
    pub fn index(&self) -> &SearchIndex {
        self.0
            .index
            .get_or_init(|| SearchIndex::new(&self.0.directory))
    }

    /// A handle on the `index`-th entry of its kind (network, actor,
    /// project). Panics if there is none, as indexing a slice would.
    pub fn entry<T: Listed>(&self, index: usize) -> Shared<T> {
        assert!(index < T::all(self.directory()).len(), "no entry {index}");
        Shared {
            catalogue: self.clone(),
            index,
            kind: PhantomData,
        }
    }
}

/// Entries that a catalogue lists by position.
pub trait Listed: 'static {
    /// Every entry of this kind, in dataset order.
    fn all(directory: &Directory) -> &[Self]
    where
        Self: Sized;
}

impl Listed for Network {
    fn all(directory: &Directory) -> &[Network] {
        directory.networks()
    }
}

impl Listed for Actor {
    fn all(directory: &Directory) -> &[Actor] {
        directory.actors()
    }
}

impl Listed for Project {
    fn all(directory: &Directory) -> &[Project] {
        &directory.data().projects
    }
}

/// One entry of a catalogue, owned: it dereferences to the entry, and
/// keeps the catalogue alive while a page or closure holds it.
pub struct Shared<T: Listed> {
    catalogue: Catalogue,
    index: usize,
    kind: PhantomData<fn() -> T>,
}

impl<T: Listed> Shared<T> {
    /// The catalogue the entry belongs to.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Its position in its collection.
    pub fn index(&self) -> usize {
        self.index
    }
}

impl<T: Listed> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            catalogue: self.catalogue.clone(),
            index: self.index,
            kind: PhantomData,
        }
    }
}

impl<T: Listed + Sized> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &T::all(self.catalogue.directory())[self.index]
    }
}

impl<T: Listed + std::fmt::Debug + Sized> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Listed> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        self.catalogue == other.catalogue && self.index == other.index
    }
}

//! Live-object and heap accounting, so tests can prove that closing everything on
//! the Java side leaves nothing behind natively.
//!
//! The global allocator is mimalloc, wrapped to count bytes currently allocated by this
//! library; handle counters are bumped by the owners of each handle type. mimalloc rather
//! than the system allocator because batches are built on engine threads and freed on JVM
//! threads: glibc keeps such memory in per-thread arenas, and streaming a long result grew
//! the process by hundreds of MiB that were free but never returned.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicI64, Ordering};

pub struct CountingAllocator;

static HEAP_BYTES: AtomicI64 = AtomicI64::new(0);

// SAFETY: every call forwards to mimalloc with the caller's layout; the
// counter only observes sizes and never influences allocation.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = MiMalloc.alloc(layout);
        if !p.is_null() {
            HEAP_BYTES.fetch_add(layout.size() as i64, Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = MiMalloc.alloc_zeroed(layout);
        if !p.is_null() {
            HEAP_BYTES.fetch_add(layout.size() as i64, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        MiMalloc.dealloc(ptr, layout);
        HEAP_BYTES.fetch_sub(layout.size() as i64, Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = MiMalloc.realloc(ptr, layout, new_size);
        if !p.is_null() {
            HEAP_BYTES.fetch_add(new_size as i64 - layout.size() as i64, Ordering::Relaxed);
        }
        p
    }
}

/// A counter of live handles of one kind.
pub struct LiveCounter(AtomicI64);

impl LiveCounter {
    pub const fn new() -> Self {
        Self(AtomicI64::new(0))
    }
    pub fn inc(&self) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
    pub fn dec(&self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
    pub fn get(&self) -> i64 {
        self.0.load(Ordering::Relaxed)
    }
}

pub static SESSIONS: LiveCounter = LiveCounter::new();
pub static PLANS: LiveCounter = LiveCounter::new();
pub static STREAMS: LiveCounter = LiveCounter::new();
pub static CANCEL_TOKENS: LiveCounter = LiveCounter::new();
/// Contract schema providers, lazy datasets and append-only tables. They live inside a
/// session's catalog, so this returning to zero after the sessions close shows that no
/// reference cycle keeps a closed session's state alive.
pub static CATALOG_OBJECTS: LiveCounter = LiveCounter::new();

/// Dataset sets (contract catalogs prepared once and mounted by many sessions). Their
/// Java owner frees them; they outlive the sessions that mount them.
pub static DATASET_SETS: LiveCounter = LiveCounter::new();

/// Build attempts of lazily registered datasets since the library was loaded (a running
/// total, not a live count): metadata lookups must leave it unchanged.
pub static DATASET_BUILDS: LiveCounter = LiveCounter::new();

/// [sessions, plans, streams, cancel tokens, heap bytes, catalog objects, dataset sets,
/// dataset builds]
pub fn snapshot() -> [i64; 8] {
    [
        SESSIONS.get(),
        PLANS.get(),
        STREAMS.get(),
        CANCEL_TOKENS.get(),
        HEAP_BYTES.load(Ordering::Relaxed),
        CATALOG_OBJECTS.get(),
        DATASET_SETS.get(),
        DATASET_BUILDS.get(),
    ]
}

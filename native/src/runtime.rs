//! The one tokio runtime that drives every session, and cancellation.
//!
//! Java threads call in and block on futures with [`block_on_cancellable`]; the
//! runtime's worker threads run DataFusion's partitions. A [`CancelToken`] wakes the
//! blocked caller immediately, and dropping the abandoned future (and later the
//! stream) aborts the tasks DataFusion spawned, which frees their memory.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use tokio::runtime::Runtime;
use tokio::sync::Notify;

use crate::errors::{EngineError, Result};

static RUNTIME: OnceLock<std::result::Result<Runtime, String>> = OnceLock::new();

pub fn runtime() -> Result<&'static Runtime> {
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .thread_name("dfschema-worker")
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| EngineError::internal(format!("cannot start the execution runtime: {e}")))
}

/// Cancellation flag shared by a statement, the plans it runs and their streams.
#[derive(Default)]
pub struct CancelToken {
    cancelled: AtomicBool,
    notify: Notify,
}

impl CancelToken {
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }

    pub fn reset(&self) {
        self.cancelled.store(false, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::SeqCst)
    }

    async fn cancelled(&self) {
        loop {
            // Register interest before checking the flag so a cancel between the
            // check and the await cannot be missed.
            let notified = self.notify.notified();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

/// Runs `fut` to completion on the runtime, or returns a 57014 error as soon as the
/// token is cancelled (the future is dropped, which aborts its work).
pub fn block_on_cancellable<T>(
    token: &CancelToken,
    fut: impl Future<Output = Result<T>>,
) -> Result<T> {
    if token.is_cancelled() {
        return Err(EngineError::cancelled());
    }
    runtime()?.block_on(async {
        tokio::select! {
            biased;
            _ = token.cancelled() => Err(EngineError::cancelled()),
            r = fut => r,
        }
    })
}

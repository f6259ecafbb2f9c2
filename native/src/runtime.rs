//! The one tokio runtime that drives every session, and cancellation.
//!
//! Java threads call in and wait with [`run_cancellable`] while the work itself runs
//! on the runtime's threads. That matters for two reasons: a [`CancelToken`] wakes the
//! waiting caller at once (the abandoned task is aborted, which frees its memory), and
//! engine work never runs on a JVM thread's small stack. Planning and dropping deeply
//! nested expressions recurse deeply; on a 1 MiB Java thread stack that would overflow
//! and kill the JVM, on our threads' large stacks it cannot. [`on_engine_thread`] gives
//! the same protection to synchronous work such as dropping plans and streams.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use tokio::runtime::Runtime;
use tokio::sync::Notify;

use crate::errors::{EngineError, Result};

const ENGINE_STACK_BYTES: usize = 256 * 1024 * 1024;

static RUNTIME: OnceLock<std::result::Result<Runtime, String>> = OnceLock::new();

pub fn runtime() -> Result<&'static Runtime> {
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .thread_name("dfschema-worker")
                // Reserved address space, committed only as deep recursion touches it.
                .thread_stack_size(ENGINE_STACK_BYTES)
                .max_blocking_threads(64)
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

/// Runs `fut` on the runtime and waits for it, or returns a 57014 error as soon as the
/// token is cancelled (the task is then aborted, which drops its work on our threads).
pub fn run_cancellable<T: Send + 'static>(
    token: &CancelToken,
    fut: impl Future<Output = Result<T>> + Send + 'static,
) -> Result<T> {
    if token.is_cancelled() {
        return Err(EngineError::cancelled());
    }
    let rt = runtime()?;
    let mut task = rt.spawn(fut);
    rt.block_on(async {
        tokio::select! {
            biased;
            _ = token.cancelled() => {
                task.abort();
                Err(EngineError::cancelled())
            }
            joined = &mut task => joined.map_err(join_error)?,
        }
    })
}

/// [`run_cancellable`] for short engine work that no statement can cancel (catalog
/// lookups and registrations made through the Java API rather than SQL).
pub fn run<T: Send + 'static>(fut: impl Future<Output = Result<T>> + Send + 'static) -> Result<T> {
    run_cancellable(&CancelToken::default(), fut)
}

/// Runs synchronous work (typically a drop) on an engine thread and waits for it.
pub fn on_engine_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    let rt = runtime()?;
    let task = rt.spawn_blocking(work);
    rt.block_on(task).map_err(join_error)
}

/// Drops `value` on an engine thread; if the runtime is unusable the closure, and so the
/// value, is dropped here instead.
pub fn drop_on_engine_thread<T: Send + 'static>(value: T) {
    let _ = on_engine_thread(move || drop(value));
}

fn join_error(e: tokio::task::JoinError) -> EngineError {
    if e.is_panic() {
        let payload = e.into_panic();
        let text = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        EngineError::internal(format!("internal error: {text}"))
    } else {
        EngineError::cancelled()
    }
}

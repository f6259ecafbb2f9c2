//! `dfschema-cluster`: a Ballista scheduler or executor that reads dfschema contract
//! datasets. The `dfschema-cluster` script at the repository root starts a whole cluster;
//! this binary is one process of it.
//!
//! ```text
//! dfschema-cluster scheduler [--bind 127.0.0.1] [--port 50050] [--executor-timeout-seconds 10]
//! dfschema-cluster executor  [--bind 127.0.0.1] [--port 50051] [--grpc-port 50052]
//!                            [--scheduler 127.0.0.1:50050] [--concurrent-tasks 2]
//!                            [--work-dir DIR] [--heartbeat-seconds 2]
//! ```
//!
//! Log lines (Ballista's and ours) go to standard error; `DFSCHEMA_CLUSTER_LOG` sets the level
//! (error, warn, info, debug; default warn).

use std::collections::HashMap;
use std::process::ExitCode;

use dfschema_native::distributed::server::{run_executor, run_scheduler, ExecutorOptions, SchedulerOptions};

const USAGE: &str = "usage: dfschema-cluster scheduler|executor [--option value ...] (see the dfschema-cluster script)";

/// Ballista's log lines on standard error, one per line, with level and module.
struct StderrLog;

impl log::Log for StderrLog {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::max_level()
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            eprintln!("{}.{:03} {} {}: {}", now.as_secs(), now.subsec_millis(), record.level(), record.target(), record.args());
        }
    }

    fn flush(&self) {}
}

static LOG: StderrLog = StderrLog;

fn main() -> ExitCode {
    let level = std::env::var("DFSCHEMA_CLUSTER_LOG").ok().and_then(|l| l.parse().ok()).unwrap_or(log::LevelFilter::Warn);
    if log::set_logger(&LOG).is_ok() {
        log::set_max_level(level);
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dfschema-cluster: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (role, rest) = args.split_first().ok_or(USAGE)?;
    let options = options(rest)?;
    let text = |key: &str, default: &str| options.get(key).cloned().unwrap_or_else(|| default.to_string());
    let number = |key: &str, default: u64| -> Result<u64, String> {
        options.get(key).map_or(Ok(default), |v| v.parse().map_err(|_| format!("--{key} needs a number, not '{v}'")))
    };
    // Planning recurses deeply on wide expressions; Ballista's own binaries use 32 MiB stacks.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(32 * 1024 * 1024)
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))?;
    match role.as_str() {
        "scheduler" => {
            let options = SchedulerOptions {
                bind: text("bind", "127.0.0.1"),
                port: number("port", 50050)? as u16,
                executor_timeout_seconds: number("executor-timeout-seconds", 10)?,
            };
            eprintln!("dfschema-cluster: scheduler listening on {}:{}", options.bind, options.port);
            runtime.block_on(run_scheduler(options))
        }
        "executor" => {
            let scheduler = text("scheduler", "127.0.0.1:50050");
            let (scheduler_host, scheduler_port) =
                scheduler.rsplit_once(':').ok_or_else(|| format!("--scheduler needs host:port, not '{scheduler}'"))?;
            let options = ExecutorOptions {
                bind: text("bind", "127.0.0.1"),
                port: number("port", 50051)? as u16,
                grpc_port: number("grpc-port", 50052)? as u16,
                scheduler_host: scheduler_host.to_string(),
                scheduler_port: scheduler_port.parse().map_err(|_| format!("bad scheduler port in '{scheduler}'"))?,
                concurrent_tasks: number("concurrent-tasks", 2)? as usize,
                work_dir: options.get("work-dir").cloned(),
                heartbeat_seconds: number("heartbeat-seconds", 2)?,
            };
            eprintln!("dfschema-cluster: executor on {}:{} (scheduler {scheduler})", options.bind, options.port);
            runtime.block_on(run_executor(options))
        }
        other => Err(format!("unknown role '{other}'; {USAGE}")),
    }
}

fn options(args: &[String]) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    let mut it = args.iter();
    while let Some(key) = it.next() {
        let key = key.strip_prefix("--").ok_or_else(|| format!("unexpected argument '{key}'; {USAGE}"))?;
        let value = it.next().ok_or_else(|| format!("--{key} needs a value"))?;
        out.insert(key.to_string(), value.clone());
    }
    Ok(out)
}

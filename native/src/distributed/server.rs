//! The scheduler and executor processes of a dfschema cluster: Ballista's own, started with
//! our codecs (contract datasets, `codec`) and our functions (the bounded lpad, rpad and
//! repeat of `bounded_pad`, which a plan names and the receiving side resolves by name).

use std::net::SocketAddr;
use std::sync::Arc;

use ballista_core::extension::ballista_scalar_functions;
use ballista_core::registry::BallistaFunctionRegistry;
use ballista_core::utils::default_session_builder;
use ballista_executor::executor_process::{start_executor_process, ExecutorProcessConfig};
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;
use datafusion::execution::context::SessionState;
use datafusion::execution::FunctionRegistry;
use datafusion::prelude::SessionConfig;

use super::codec::{ContractLogicalCodec, ContractPhysicalCodec};

/// What `dfschema-cluster scheduler` listens on and how soon it gives up on a silent executor.
pub struct SchedulerOptions {
    pub bind: String,
    pub port: u16,
    /// Seconds without a heartbeat after which an executor is dead and its tasks run elsewhere.
    pub executor_timeout_seconds: u64,
}

/// What `dfschema-cluster executor` listens on and where its scheduler is.
pub struct ExecutorOptions {
    pub bind: String,
    pub port: u16,
    pub grpc_port: u16,
    pub scheduler_host: String,
    pub scheduler_port: u16,
    pub concurrent_tasks: usize,
    pub work_dir: Option<String>,
    pub heartbeat_seconds: u64,
}

fn with_our_functions(mut state: SessionState) -> datafusion::error::Result<SessionState> {
    for udf in crate::bounded_pad::functions() {
        state.register_udf(Arc::new(udf))?;
    }
    Ok(state)
}

pub async fn run_scheduler(options: SchedulerOptions) -> Result<(), String> {
    let address: SocketAddr =
        format!("{}:{}", options.bind, options.port).parse().map_err(|e| format!("bad scheduler address: {e}"))?;
    let mut config = SchedulerConfig::default()
        .with_hostname(options.bind.clone())
        .with_port(options.port)
        .with_override_session_builder(Arc::new(|config: SessionConfig| with_our_functions(default_session_builder(config)?)));
    config.bind_host = options.bind.clone();
    config.external_host = options.bind;
    config.executor_timeout_seconds = options.executor_timeout_seconds;
    config.expire_dead_executor_interval_seconds = (options.executor_timeout_seconds / 3).max(1);
    config.no_executors_grace_period_seconds = options.executor_timeout_seconds;
    config.override_logical_codec = Some(Arc::new(ContractLogicalCodec::default()));
    config.override_physical_codec = Some(Arc::new(ContractPhysicalCodec::default()));
    let cluster = BallistaCluster::new_from_config(&config).await.map_err(|e| e.to_string())?;
    start_server(cluster, address, Arc::new(config)).await.map_err(|e| e.to_string())
}

pub async fn run_executor(options: ExecutorOptions) -> Result<(), String> {
    // Ballista's default registry lacks the nested functions (map_extract, array_*, ...) that its
    // client sessions plan with; an executor needs every function a plan may name.
    let mut functions = BallistaFunctionRegistry::default();
    for udf in ballista_scalar_functions() {
        functions.scalar_functions.insert(udf.name().to_string(), udf);
    }
    for udf in crate::bounded_pad::functions() {
        functions.scalar_functions.insert(udf.name().to_string(), Arc::new(udf));
    }
    let config = ExecutorProcessConfig {
        bind_host: options.bind.clone(),
        external_host: Some(options.bind),
        port: options.port,
        grpc_port: options.grpc_port,
        scheduler_host: options.scheduler_host,
        scheduler_port: options.scheduler_port,
        vcores: options.concurrent_tasks,
        work_dir: options.work_dir,
        executor_heartbeat_interval_seconds: options.heartbeat_seconds,
        override_function_registry: Some(Arc::new(functions)),
        override_logical_codec: Some(Arc::new(ContractLogicalCodec::default())),
        override_physical_codec: Some(Arc::new(ContractPhysicalCodec::default())),
        ..ExecutorProcessConfig::default()
    };
    start_executor_process(Arc::new(config)).await.map_err(|e| e.to_string())
}

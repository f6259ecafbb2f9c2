//! Distributed execution on an Apache DataFusion Ballista cluster (cargo feature
//! `distributed`): a connection whose `dfschema.engine` setting is `ballista://host:port`
//! plans here, against its own catalog, and runs its queries on the cluster's executors.
//!
//! | module | owns |
//! |---|---|
//! | `planner` | which plans go to the cluster and which run here; building contract datasets before a plan leaves; cancelling the cluster job when its stream is dropped |
//! | `codec` | the wire form of contract datasets (logical: their spec; physical: their scan), beside Ballista's codecs |
//! | `server` | the scheduler and executor processes (`dfschema-cluster`), with those codecs and our functions |
//!
//! The datasets themselves are rebuilt from their spec on the other side
//! (`catalog::remote`), so contract checks and evolution adapters run there as here.

pub mod codec;
pub mod planner;
pub mod server;

use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use ballista_core::extension::{SessionConfigExt, SessionStateExt};
use ballista_core::planner::BallistaQueryPlanner;
use datafusion::execution::context::SessionContext;
use datafusion::execution::runtime_env::RuntimeEnv;
use datafusion::execution::session_state::SessionStateBuilder;
use datafusion::prelude::SessionConfig;
use datafusion_proto::protobuf::LogicalPlanNode;

use crate::errors::{EngineError, Result};

/// The scheduler's port when a `ballista://` URL names none (Ballista's default).
const DEFAULT_PORT: u16 = 50050;
/// How long opening a connection waits for the scheduler to accept a TCP connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// `ballista://host[:port]` → (host, port).
pub fn parse_engine(url: &str) -> Result<(String, u16)> {
    let bad = || {
        EngineError::new(
            "08001",
            format!("engine '{url}' is not of the form ballista://host:port (e.g. ballista://127.0.0.1:50050)"),
        )
    };
    let rest = url.strip_prefix("ballista://").ok_or_else(bad)?.trim_end_matches('/');
    if rest.is_empty() || rest.contains('/') {
        return Err(bad());
    }
    match rest.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() => Ok((host.to_string(), port.parse().map_err(|_| bad())?)),
        Some(_) => Err(bad()),
        None => Ok((rest.to_string(), DEFAULT_PORT)),
    }
}

/// Fails fast (08001) when nothing listens at the scheduler's address: Ballista itself
/// would only find out at the first query.
fn check_reachable(host: &str, port: u16) -> Result<()> {
    let unreachable = |why: String| EngineError::new("08001", format!("cannot reach the Ballista scheduler at {host}:{port}: {why}"));
    let addresses = (host, port).to_socket_addrs().map_err(|e| unreachable(e.to_string()))?;
    let mut last = "no address".to_string();
    for address in addresses {
        match TcpStream::connect_timeout(&address, CONNECT_TIMEOUT) {
            Ok(_) => return Ok(()),
            Err(e) => last = e.to_string(),
        }
    }
    Err(unreachable(last))
}

/// A session context whose queries run on the Ballista cluster at `engine`.
pub fn connect(engine: &str, config: SessionConfig, runtime: Arc<RuntimeEnv>) -> Result<SessionContext> {
    let (host, port) = parse_engine(engine)?;
    check_reachable(&host, port)?;
    let scheduler_url = format!("http://{host}:{port}");
    let logical = Arc::new(codec::ContractLogicalCodec::default());
    let config = config
        .with_ballista_logical_extension_codec(logical.clone())
        .with_ballista_physical_extension_codec(Arc::new(codec::ContractPhysicalCodec::default()));
    let state = SessionStateBuilder::new().with_config(config).with_runtime_env(runtime).with_default_features().build();
    let state = state.upgrade_for_ballista(scheduler_url.clone())?;
    // Pull mode learns the job's id as soon as the scheduler accepts it, so a cancel can name the
    // job at once; in push mode the id arrives with the first status change, which for a running
    // query can be its end. The cost: the driver asks for the job's status every 50 ms.
    let mut config = state.config().clone();
    config.options_mut().set("ballista.client.pull", "true")?;
    let remote = BallistaQueryPlanner::<LogicalPlanNode>::with_extension(scheduler_url.clone(), config.ballista_config(), logical);
    let planner = planner::ClusterPlanner { remote: Arc::new(remote), scheduler_url };
    let state = SessionStateBuilder::new_from_existing(state).with_config(config).with_query_planner(Arc::new(planner)).build();
    Ok(SessionContext::new_with_state(state))
}

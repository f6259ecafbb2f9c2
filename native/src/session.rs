//! Sessions: one DataFusion `SessionContext` per JDBC connection, configured from
//! the connection's `datafusion.*` properties, always with information_schema on
//! (DatabaseMetaData is answered from it). The driver's own `dfschema.*` settings give
//! the session its memory pool and spill folder (`resources`) and its file access policy
//! (`policy`).

use std::sync::Arc;

use datafusion::arrow::array::{new_empty_array, StringArray};
use datafusion::arrow::datatypes::DataType;
use datafusion::execution::context::SessionContext;
use datafusion::execution::runtime_env::{RuntimeEnv, RuntimeEnvBuilder};
use datafusion::logical_expr::{create_udf, ColumnarValue, Volatility};
use datafusion::prelude::SessionConfig;

use crate::catalog::Contracts;
use crate::errors::{state, EngineError, Result};
use crate::exec::LastQuery;
use crate::policy::{self, AccessPolicy, PolicyRegistry, PreparedWrites};
use crate::resources::{self, Limits};
use crate::stats;

pub struct Session {
    pub ctx: SessionContext,
    /// Lazily registered datasets' events and the lock that installs their schemas.
    pub contracts: Contracts,
    /// Whether the connection fixed the memory pool, spill folder or file access.
    pub runtime_fixed: bool,
    /// What SQL may reach on disk; None: anything the JVM's user may.
    pub policy: Option<Arc<AccessPolicy>>,
    /// SQL prepared statements that change something, for read-only connections.
    pub prepared_writes: Arc<PreparedWrites>,
    /// The query a Statement ran last, kept optimized for the next run of the same text.
    pub last_query: Arc<LastQuery>,
}

/// A `dfschema.*` setting's value, if the driver passed it.
fn ours<'a>(settings: &'a [(String, String)], key: &str) -> Option<&'a str> {
    settings.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// Where the session's queries run: unset for here, `ballista://host:port` for a cluster.
const ENGINE: &str = "dfschema.engine";

#[cfg(feature = "distributed")]
fn on_cluster(engine: &str, config: SessionConfig, runtime: Arc<RuntimeEnv>) -> Result<SessionContext> {
    crate::distributed::connect(engine, config, runtime)
}

#[cfg(not(feature = "distributed"))]
fn on_cluster(engine: &str, _config: SessionConfig, _runtime: Arc<RuntimeEnv>) -> Result<SessionContext> {
    Err(EngineError::new(
        state::NOT_SUPPORTED,
        format!("engine '{engine}': this build of dfschema has no distributed mode (its native library was built without the cargo feature 'distributed')"),
    ))
}

impl Session {
    pub fn open(settings: &[(String, String)]) -> Result<Session> {
        let mut config = SessionConfig::new().with_information_schema(true);
        for (key, value) in settings {
            if key.starts_with("dfschema.") {
                continue;
            }
            config.options_mut().set(key, value)?;
        }
        let known = [resources::key::MEMORY_LIMIT, resources::key::TEMP_DIRECTORY, policy::key::ALLOWED_PATHS, policy::key::READ_PATHS, ENGINE];
        if let Some((unknown, _)) = settings.iter().find(|(k, _)| k.starts_with("dfschema.") && !known.contains(&k.as_str())) {
            return Err(EngineError::new(state::INVALID_PARAMETER_VALUE, format!("unknown session setting '{unknown}'")));
        }
        let limits = Limits::from_settings(ours(settings, resources::key::MEMORY_LIMIT), ours(settings, resources::key::TEMP_DIRECTORY))?;
        let policy = AccessPolicy::from_settings(
            ours(settings, policy::key::ALLOWED_PATHS).filter(|v| !v.trim().is_empty()),
            ours(settings, policy::key::READ_PATHS),
        )?
        .map(Arc::new);
        let runtime_fixed = limits.is_set() || policy.is_some();
        let mut builder = limits.apply(RuntimeEnvBuilder::new())?;
        if let Some(policy) = &policy {
            builder = builder.with_object_store_registry(Arc::new(PolicyRegistry::new(Arc::clone(policy))));
        }
        let ctx = match ours(settings, ENGINE).map(str::trim).filter(|e| !e.is_empty()) {
            None => SessionContext::new_with_config_rt(config, builder.build_arc()?),
            Some(engine) => on_cluster(engine, config, builder.build_arc()?)?,
        };
        crate::bounded_pad::register(&ctx);
        stats::SESSIONS.inc();
        Ok(Session {
            ctx,
            contracts: Contracts::default(),
            runtime_fixed,
            policy,
            prepared_writes: Arc::default(),
            last_query: Arc::default(),
        })
    }

    /// The current value of a setting, or None if no such key exists.
    pub fn option(&self, key: &str) -> Option<String> {
        let state = self.ctx.state();
        state
            .config()
            .options()
            .entries()
            .into_iter()
            .find(|e| e.key == key)
            .map(|e| e.value.unwrap_or_default())
    }

    /// Test hook: `dfschema_debug_panic(text)` panics with `text` inside query execution, on an
    /// engine thread, so tests can prove such a panic reaches JDBC as an SQLException.
    pub fn add_debug_panic_function(&self) {
        let udf = create_udf(
            "dfschema_debug_panic",
            vec![DataType::Utf8],
            DataType::Utf8,
            Volatility::Volatile,
            Arc::new(|args: &[ColumnarValue]| {
                let text = match args.first() {
                    Some(ColumnarValue::Scalar(s)) => s.to_string(),
                    // No rows selected (a CASE branch nobody takes): nothing to panic about.
                    Some(ColumnarValue::Array(a)) if a.is_empty() => {
                        return Ok(ColumnarValue::Array(new_empty_array(&DataType::Utf8)))
                    }
                    Some(ColumnarValue::Array(a)) => a
                        .as_any()
                        .downcast_ref::<StringArray>()
                        .map(|a| a.value(0).to_string())
                        .unwrap_or_default(),
                    None => String::new(),
                };
                panic!("{text}")
            }),
        );
        self.ctx.register_udf(udf);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        stats::SESSIONS.dec();
    }
}

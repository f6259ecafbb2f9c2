//! Sessions: one DataFusion `SessionContext` per JDBC connection, configured from
//! the connection's `datafusion.*` properties, always with information_schema on
//! (DatabaseMetaData is answered from it).

use datafusion::execution::context::SessionContext;
use datafusion::prelude::SessionConfig;

use crate::catalog::Contracts;
use crate::errors::Result;
use crate::stats;

pub struct Session {
    pub ctx: SessionContext,
    /// Lazily registered datasets' events and the lock that installs their schemas.
    pub contracts: Contracts,
}

impl Session {
    pub fn open(settings: &[(String, String)]) -> Result<Session> {
        let mut config = SessionConfig::new().with_information_schema(true);
        for (key, value) in settings {
            config.options_mut().set(key, value)?;
        }
        let ctx = SessionContext::new_with_config(config);
        crate::bounded_pad::register(&ctx);
        stats::SESSIONS.inc();
        Ok(Session { ctx, contracts: Contracts::default() })
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
}

impl Drop for Session {
    fn drop(&mut self) {
        stats::SESSIONS.dec();
    }
}

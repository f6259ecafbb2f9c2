//! How much memory and disk a session's queries may use: the connection's `memory_limit`
//! becomes DataFusion's memory pool, `temp_directory` the folder its operators spill to.
//!
//! Without a limit DataFusion's pool is unbounded and a large sort or join takes the host
//! process's memory until the OS kills it. With one, operators that can spill (sorts,
//! grouped aggregates) write to disk when their share runs out, and an operator that
//! cannot (a hash join's build side) fails the query with 53200 instead; the session and
//! its other queries carry on. The pool counts native memory only: results reach the JVM
//! batch by batch, as the statement's fetch size asks.

use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::sync::Arc;

use datafusion::execution::disk_manager::{DiskManagerBuilder, DiskManagerMode};
use datafusion::execution::memory_pool::{FairSpillPool, TrackConsumersPool};
use datafusion::execution::runtime_env::RuntimeEnvBuilder;

use crate::errors::{state, EngineError, Result};

/// Session settings (`dfschema.*`) that the driver passes next to DataFusion's own.
pub mod key {
    pub const MEMORY_LIMIT: &str = "dfschema.memory_limit";
    pub const TEMP_DIRECTORY: &str = "dfschema.temp_directory";
}

/// Memory consumers named in the error of a query that ran out.
const CONSUMERS_SHOWN: usize = 5;

/// The limits one session runs under.
#[derive(Debug, Default, Clone)]
pub struct Limits {
    pub memory_bytes: Option<usize>,
    pub temp_directory: Option<PathBuf>,
}

impl Limits {
    pub fn from_settings(memory_limit: Option<&str>, temp_directory: Option<&str>) -> Result<Limits> {
        let memory_bytes = match memory_limit.map(str::trim).filter(|v| !v.is_empty()) {
            Some(text) => Some(parse_size(text).map_err(|why| {
                EngineError::new(state::INVALID_PARAMETER_VALUE, format!("memory_limit '{text}' is not a size: {why}"))
            })?),
            None => None,
        };
        let temp_directory = temp_directory.map(str::trim).filter(|v| !v.is_empty()).map(PathBuf::from);
        Ok(Limits { memory_bytes, temp_directory })
    }

    /// Whether the connection fixed anything that `SET datafusion.runtime.*` could undo.
    pub fn is_set(&self) -> bool {
        self.memory_bytes.is_some() || self.temp_directory.is_some()
    }

    /// `builder` with this session's pool and spill folder.
    pub fn apply(&self, mut builder: RuntimeEnvBuilder) -> Result<RuntimeEnvBuilder> {
        if let Some(bytes) = self.memory_bytes {
            // Fair: spilling operators share the pool instead of the first one taking it all.
            let top = NonZeroUsize::new(CONSUMERS_SHOWN).unwrap_or(NonZeroUsize::MIN);
            builder = builder.with_memory_pool(Arc::new(TrackConsumersPool::new(FairSpillPool::new(bytes), top)));
        }
        if let Some(dir) = &self.temp_directory {
            if !dir.is_dir() {
                return Err(EngineError::new(
                    state::INVALID_PARAMETER_VALUE,
                    format!("temp_directory '{}' is not an existing folder", dir.display()),
                ));
            }
            builder = builder
                .with_disk_manager_builder(DiskManagerBuilder::default().with_mode(DiskManagerMode::Directories(vec![dir.clone()])));
        }
        Ok(builder)
    }
}

/// Bytes in a size written `512MB`, `512M`, `512MiB`, `2GB`, `1.5G` or `1048576`; units are
/// binary (1 MB = 1024 KB), as DataFusion's own `datafusion.runtime.memory_limit` takes them.
pub fn parse_size(text: &str) -> std::result::Result<usize, String> {
    let split = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().map_err(|_| "expected a number followed by B, K, KB, M, MB, G, GB, T or TB".to_string())?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        other => return Err(format!("unknown unit '{other}'; use B, K, KB, M, MB, G, GB, T or TB")),
    };
    let bytes = number * (1u64 << shift) as f64;
    if !bytes.is_finite() || bytes < 1.0 || bytes > usize::MAX as f64 {
        return Err("must be at least 1 byte and fit in memory addresses".to_string());
    }
    Ok(bytes as usize)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_binary_units_in_any_spelling() {
        assert_eq!(parse_size("512MB"), Ok(512 << 20));
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("2GB"), Ok(2 << 30));
        assert_eq!(parse_size("2 gb"), Ok(2 << 30));
        assert_eq!(parse_size("1.5G"), Ok(3 << 29));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert!(parse_size("12XB").is_err());
        assert!(parse_size("MB").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("-5M").is_err());
    }
}

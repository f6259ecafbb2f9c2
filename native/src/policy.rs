//! What SQL on a session may touch: the file access policy (`allowed_paths`) and what a
//! read-only connection must refuse.
//!
//! Every file DataFusion reads or writes (`CREATE EXTERNAL TABLE`, scans, `COPY ... TO`,
//! `INSERT INTO` an external table, contract datasets) is reached through the session's
//! object store registry. With a policy, that registry hands out a local file system that
//! resolves each path (symlinks and `..` included) and refuses any outside the allowed
//! folders, and it refuses every URL scheme but `file://` without a host. Checking there,
//! rather than in the SQL text, covers every statement and every table function that reads
//! files, however the path was spelled. A symlink swapped between the check and the open
//! is not covered; the policy guards against SQL, not against other local processes.

use std::collections::HashSet;
use std::fmt;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use async_trait::async_trait;
use bytes::Bytes;
use datafusion::common::tree_node::{TreeNode, TreeNodeRecursion};
use datafusion::catalog::default_table_source::source_as_provider;
use datafusion::datasource::listing::{ListingTable, ListingTableUrl};
use datafusion::error::Result as DfResult;
use datafusion::execution::object_store::{DefaultObjectStoreRegistry, ObjectStoreRegistry};
use datafusion::logical_expr::{LogicalPlan, Statement};
use datafusion::object_store::local::LocalFileSystem;
use datafusion::object_store::path::Path as StorePath;
use datafusion::object_store::{
    CopyOptions, Error as StoreError, GetOptions, GetResult, ListResult, MultipartUpload, ObjectMeta, ObjectStore,
    PutMultipartOptions, PutOptions, PutPayload, PutResult, RenameOptions, Result as StoreResult,
};
use futures::stream::{self, BoxStream, StreamExt};
use url::Url;

use crate::errors::{state, EngineError, Result};

/// Session settings (`dfschema.*`) that the driver passes next to DataFusion's own.
pub mod key {
    /// Folders SQL may read and write, `:`-separated.
    pub const ALLOWED_PATHS: &str = "dfschema.allowed_paths";
    /// Folders or files SQL may read only (a contract catalog's dataset locations), one a line.
    pub const READ_PATHS: &str = "dfschema.read_paths";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    Read,
    Write,
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Access::Read => "reading",
            Access::Write => "writing",
        })
    }
}

/// A resolved folder (or single file) and whether SQL may write below it.
#[derive(Debug, Clone)]
struct Root {
    path: PathBuf,
    writable: bool,
}

/// The folders SQL may reach; files outside all of them are refused.
#[derive(Debug)]
pub struct AccessPolicy {
    roots: Vec<Root>,
    /// As the connection gave it, for messages.
    described: String,
}

impl AccessPolicy {
    /// The policy the settings ask for, or None when `allowed_paths` is not set (no restriction).
    pub fn from_settings(allowed: Option<&str>, read_only: Option<&str>) -> Result<Option<AccessPolicy>> {
        let Some(allowed) = allowed else {
            return Ok(None);
        };
        let mut roots = Vec::new();
        let allowed_roots = allowed.split(':').map(|e| (e, true));
        let read_roots = read_only.unwrap_or("").split('\n').map(|e| (e, false));
        for (entry, writable) in allowed_roots.chain(read_roots) {
            let entry = entry.trim();
            if !entry.is_empty() {
                roots.push(Root { path: root_path(entry)?, writable });
            }
        }
        Ok(Some(AccessPolicy { roots, described: allowed.to_string() }))
    }

    /// Ok when `path` (resolved) lies in a root that grants `access`.
    fn check(&self, path: &Path, access: Access) -> Result<()> {
        let resolved = resolve(path);
        let granted = self
            .roots
            .iter()
            .any(|r| resolved.starts_with(&r.path) && (access == Access::Read || r.writable));
        if granted {
            return Ok(());
        }
        let shown = if resolved == path { format!("'{}'", path.display()) } else {
            format!("'{}' (resolved to '{}')", path.display(), resolved.display())
        };
        let read_only_root = self.roots.iter().any(|r| resolved.starts_with(&r.path));
        let why = if read_only_root {
            "the contract catalog lets SQL only read there".to_string()
        } else if self.described.trim().is_empty() {
            "allowed_paths is empty, so SQL may reach no files".to_string()
        } else {
            format!("it is outside allowed_paths ({})", self.described)
        };
        Err(EngineError::new(state::INSUFFICIENT_PRIVILEGE, format!("{access} {shown} is not allowed: {why}")))
    }

    /// Ok when `url` is a local file URL whose path passes [`Self::check`].
    fn check_url(&self, url: &Url, access: Access) -> Result<()> {
        if url.scheme() != "file" || !url.host_str().unwrap_or("").is_empty() {
            return Err(self.refuse_url(url));
        }
        let path = url.to_file_path().map_err(|_| self.refuse_url(url))?;
        self.check(&path, access)
    }

    /// Refuses a plan that would write outside the allowed folders, before it runs: the object
    /// store refuses such writes too, but DataFusion's file sinks report a refused final write
    /// only as "error while finalizing writes", which would hide which path was refused.
    pub fn check_writes(&self, plan: &LogicalPlan) -> Result<()> {
        let mut refused = None;
        let walked = plan.apply(|node| {
            let outcome = match node {
                LogicalPlan::Explain(_) => return Ok(TreeNodeRecursion::Jump),
                LogicalPlan::Copy(copy) => ListingTableUrl::parse(&copy.output_url)
                    .map_err(EngineError::from)
                    .and_then(|url| self.check_url(url.get_url(), Access::Write)),
                LogicalPlan::Dml(dml) => match source_as_provider(&dml.target) {
                    Ok(provider) => match provider.downcast_ref::<ListingTable>() {
                        Some(table) => {
                            table.table_paths().iter().try_for_each(|url| self.check_url(url.get_url(), Access::Write))
                        }
                        None => Ok(()),
                    },
                    Err(_) => Ok(()),
                },
                _ => Ok(()),
            };
            Ok(match outcome {
                Ok(()) => TreeNodeRecursion::Continue,
                Err(e) => {
                    refused = Some(e);
                    TreeNodeRecursion::Stop
                }
            })
        });
        walked?;
        refused.map_or(Ok(()), Err)
    }

    fn refuse_url(&self, url: &Url) -> EngineError {
        EngineError::new(
            state::INSUFFICIENT_PRIVILEGE,
            format!("location '{url}' is not allowed: with allowed_paths set, SQL may only reach local files (file:// without a host)"),
        )
    }
}

/// An allowed root as given: a folder, a file, or a glob whose fixed part is taken; `file://` URLs accepted.
fn root_path(entry: &str) -> Result<PathBuf> {
    let plain = match entry.strip_prefix("file://") {
        Some(rest) if rest.starts_with('/') => rest,
        Some(_) => {
            return Err(EngineError::new(
                state::INVALID_PARAMETER_VALUE,
                format!("allowed path '{entry}' names a host; give a local folder"),
            ))
        }
        None => entry,
    };
    let fixed: PathBuf = Path::new(plain)
        .components()
        .take_while(|c| !c.as_os_str().to_string_lossy().contains(['*', '?', '[', '{']))
        .collect();
    Ok(resolve(&fixed))
}

/// `path` made absolute with every symlink and `..` resolved, component by component; the part
/// that does not exist yet (a file COPY is about to write) is appended as written, `..` applied.
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    // The common case, an existing file: the kernel resolves it in one call.
    if let Ok(real) = std::fs::canonicalize(&absolute) {
        return real;
    }
    let mut out = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => out.push(component.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                // A symlink is replaced by its target, so a later `..` leaves the target.
                if let Ok(real) = std::fs::canonicalize(&out) {
                    out = real;
                }
            }
        }
    }
    out
}

/// The session's registry: local files through a checking store, nothing else.
#[derive(Debug)]
pub struct PolicyRegistry {
    local: Arc<CheckedLocalStore>,
    others: DefaultObjectStoreRegistry,
}

impl PolicyRegistry {
    pub fn new(policy: Arc<AccessPolicy>) -> Self {
        let local = Arc::new(CheckedLocalStore { inner: Arc::new(LocalFileSystem::new()), policy });
        PolicyRegistry { local, others: DefaultObjectStoreRegistry::new() }
    }
}

impl ObjectStoreRegistry for PolicyRegistry {
    fn register_store(&self, url: &Url, store: Arc<dyn ObjectStore>) -> Option<Arc<dyn ObjectStore>> {
        // Only the host application could call this (SQL cannot); kept for other schemes.
        self.others.register_store(url, store)
    }

    fn get_store(&self, url: &Url) -> DfResult<Arc<dyn ObjectStore>> {
        if url.scheme() == "file" && url.host_str().unwrap_or("").is_empty() {
            return Ok(Arc::clone(&self.local) as Arc<dyn ObjectStore>);
        }
        Err(self.local.policy.refuse_url(url).into())
    }
}

/// A local file system that checks every path against the policy before touching it.
#[derive(Debug)]
struct CheckedLocalStore {
    inner: Arc<LocalFileSystem>,
    policy: Arc<AccessPolicy>,
}

impl fmt::Display for CheckedLocalStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CheckedLocalStore({})", self.inner)
    }
}

fn refused(err: EngineError) -> StoreError {
    StoreError::Generic { store: "dfschema access policy", source: Box::new(crate::errors::EngineErrorBox(err)) }
}

/// The file system path of a store location (a file or a listing prefix).
fn filesystem_path(location: &StorePath) -> StoreResult<PathBuf> {
    let mut url = Url::parse("file:///").map_err(|e| StoreError::Generic { store: "dfschema access policy", source: Box::new(e) })?;
    if let Ok(mut segments) = url.path_segments_mut() {
        segments.pop_if_empty().extend(location.parts());
    }
    url.to_file_path()
        .map_err(|_| StoreError::InvalidPath { source: datafusion::object_store::path::Error::EmptySegment { path: location.to_string() } })
}

impl CheckedLocalStore {
    fn check(policy: &AccessPolicy, location: &StorePath, access: Access) -> StoreResult<()> {
        policy.check(&filesystem_path(location)?, access).map_err(refused)
    }

    fn check_prefix(&self, prefix: Option<&StorePath>) -> StoreResult<()> {
        Self::check(&self.policy, prefix.unwrap_or(&StorePath::default()), Access::Read)
    }

    /// Listed entries are checked one by one: a symlink inside an allowed folder may lead out of it.
    fn checked_listing(
        &self,
        prefix: Option<&StorePath>,
        listing: BoxStream<'static, StoreResult<ObjectMeta>>,
    ) -> BoxStream<'static, StoreResult<ObjectMeta>> {
        if let Err(e) = self.check_prefix(prefix) {
            return stream::once(async move { Err(e) }).boxed();
        }
        let policy = Arc::clone(&self.policy);
        listing
            .map(move |item| {
                let meta = item?;
                Self::check(&policy, &meta.location, Access::Read)?;
                Ok(meta)
            })
            .boxed()
    }
}

#[async_trait]
impl ObjectStore for CheckedLocalStore {
    async fn put_opts(&self, location: &StorePath, payload: PutPayload, opts: PutOptions) -> StoreResult<PutResult> {
        Self::check(&self.policy, location, Access::Write)?;
        self.inner.put_opts(location, payload, opts).await
    }

    async fn put_multipart_opts(
        &self,
        location: &StorePath,
        opts: PutMultipartOptions,
    ) -> StoreResult<Box<dyn MultipartUpload>> {
        Self::check(&self.policy, location, Access::Write)?;
        self.inner.put_multipart_opts(location, opts).await
    }

    async fn get_opts(&self, location: &StorePath, options: GetOptions) -> StoreResult<GetResult> {
        Self::check(&self.policy, location, Access::Read)?;
        self.inner.get_opts(location, options).await
    }

    async fn get_ranges(&self, location: &StorePath, ranges: &[Range<u64>]) -> StoreResult<Vec<Bytes>> {
        Self::check(&self.policy, location, Access::Read)?;
        self.inner.get_ranges(location, ranges).await
    }

    fn delete_stream(
        &self,
        locations: BoxStream<'static, StoreResult<StorePath>>,
    ) -> BoxStream<'static, StoreResult<StorePath>> {
        let policy = Arc::clone(&self.policy);
        let checked = locations
            .map(move |location| {
                let location = location?;
                Self::check(&policy, &location, Access::Write)?;
                Ok(location)
            })
            .boxed();
        self.inner.delete_stream(checked)
    }

    fn list(&self, prefix: Option<&StorePath>) -> BoxStream<'static, StoreResult<ObjectMeta>> {
        self.checked_listing(prefix, self.inner.list(prefix))
    }

    fn list_with_offset(
        &self,
        prefix: Option<&StorePath>,
        offset: &StorePath,
    ) -> BoxStream<'static, StoreResult<ObjectMeta>> {
        self.checked_listing(prefix, self.inner.list_with_offset(prefix, offset))
    }

    async fn list_with_delimiter(&self, prefix: Option<&StorePath>) -> StoreResult<ListResult> {
        self.check_prefix(prefix)?;
        let listed = self.inner.list_with_delimiter(prefix).await?;
        for meta in &listed.objects {
            Self::check(&self.policy, &meta.location, Access::Read)?;
        }
        for folder in &listed.common_prefixes {
            Self::check(&self.policy, folder, Access::Read)?;
        }
        Ok(listed)
    }

    async fn copy_opts(&self, from: &StorePath, to: &StorePath, options: CopyOptions) -> StoreResult<()> {
        Self::check(&self.policy, from, Access::Read)?;
        Self::check(&self.policy, to, Access::Write)?;
        self.inner.copy_opts(from, to, options).await
    }

    async fn rename_opts(&self, from: &StorePath, to: &StorePath, options: RenameOptions) -> StoreResult<()> {
        Self::check(&self.policy, from, Access::Write)?;
        Self::check(&self.policy, to, Access::Write)?;
        self.inner.rename_opts(from, to, options).await
    }
}

// ------------------------------------------------------------------ statements

/// Runtime settings that the connection's properties fix: SQL may not change them.
const FIXED_RUNTIME_SETTINGS: [&str; 3] =
    ["datafusion.runtime.memory_limit", "datafusion.runtime.temp_directory", "datafusion.runtime.max_temp_directory_size"];

/// Refuses a `SET`/`RESET` of a runtime setting that `memory_limit`, `temp_directory` or
/// `allowed_paths` fix: raising the memory limit or moving spill files elsewhere would undo them.
pub fn check_statement(plan: &LogicalPlan, fixed: bool) -> Result<()> {
    if !fixed {
        return Ok(());
    }
    let variable = match plan {
        LogicalPlan::Statement(Statement::SetVariable(s)) => &s.variable,
        LogicalPlan::Statement(Statement::ResetVariable(r)) => &r.variable,
        _ => return Ok(()),
    };
    let lower = variable.to_ascii_lowercase();
    if FIXED_RUNTIME_SETTINGS.contains(&lower.as_str()) {
        return Err(EngineError::new(
            state::INSUFFICIENT_PRIVILEGE,
            format!("{variable} is fixed by the connection's memory_limit, temp_directory and allowed_paths properties"),
        ));
    }
    Ok(())
}

/// Names of SQL prepared statements whose plan changes data or the catalog, so that a read-only
/// connection refuses `EXECUTE` of them as it refuses the statement itself.
#[derive(Default)]
pub struct PreparedWrites(Mutex<HashSet<String>>);

impl PreparedWrites {
    /// Whether running `plan` may change data, the catalog or files, wherever in the plan that
    /// happens (`EXPLAIN ANALYZE INSERT ...` inserts; plain `EXPLAIN` does not).
    pub fn writes(&self, plan: &LogicalPlan) -> DfResult<bool> {
        let mut writes = false;
        plan.apply(|node| {
            Ok(match node {
                LogicalPlan::Explain(_) => TreeNodeRecursion::Jump,
                LogicalPlan::Dml(_) | LogicalPlan::Copy(_) | LogicalPlan::Ddl(_) => {
                    writes = true;
                    TreeNodeRecursion::Stop
                }
                LogicalPlan::Statement(Statement::Execute(e)) => {
                    writes = self.0.lock().unwrap_or_else(PoisonError::into_inner).contains(&e.name);
                    TreeNodeRecursion::Stop
                }
                _ => TreeNodeRecursion::Continue,
            })
        })?;
        Ok(writes)
    }

    /// Remembers what a `PREPARE` holds (called when it is planned, before it runs).
    pub fn note(&self, plan: &LogicalPlan) -> DfResult<()> {
        if let LogicalPlan::Statement(Statement::Prepare(p)) = plan {
            let writes = self.writes(&p.input)?;
            let mut names = self.0.lock().unwrap_or_else(PoisonError::into_inner);
            if writes {
                names.insert(p.name.clone());
            } else {
                names.remove(&p.name);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dfschema-policy-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("allowed/sub")).expect("scratch folder");
        std::fs::create_dir_all(dir.join("secret")).expect("scratch folder");
        dir
    }

    #[test]
    fn dot_dot_and_symlinks_are_resolved_before_the_check() {
        let dir = scratch("resolve");
        let allowed = dir.join("allowed");
        std::os::unix::fs::symlink(dir.join("secret"), allowed.join("link")).expect("symlink");
        let policy = AccessPolicy::from_settings(Some(allowed.to_str().expect("utf8")), None)
            .expect("policy")
            .expect("set");
        assert!(policy.check(&allowed.join("sub/new.csv"), Access::Write).is_ok());
        assert!(policy.check(&allowed.join("sub/../../secret/x"), Access::Read).is_err());
        assert!(policy.check(&allowed.join("link/x"), Access::Read).is_err());
        assert!(policy.check(&allowed.join("missing/../../secret"), Access::Read).is_err());
        assert!(policy.check(&dir.join("allowed-not"), Access::Read).is_err(), "a name prefix is not a folder prefix");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn read_roots_refuse_writes() {
        let dir = scratch("read");
        let policy = AccessPolicy::from_settings(Some(""), Some(dir.join("secret").to_str().expect("utf8")))
            .expect("policy")
            .expect("set");
        assert!(policy.check(&dir.join("secret/a.parquet"), Access::Read).is_ok());
        let e = policy.check(&dir.join("secret/a.parquet"), Access::Write).expect_err("read only");
        assert_eq!(e.sql_state, "42501");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

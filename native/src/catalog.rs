//! Contract catalogs: file datasets registered by name and built lazily, the first time
//! a query (or an explicit resolve) references them, plus the metadata lookups that
//! must never build one.
//!
//! A schema that holds such datasets is served by a [`ContractSchemaProvider`]: it wraps
//! the schema's ordinary provider (so `CREATE TABLE`, `CREATE VIEW` and `DROP` keep
//! working there) and adds lazy entries, name → [`DatasetSpec`]. Registering costs no
//! I/O; a missing folder only fails when the table is referenced. How an entry becomes
//! a table (the `CREATE EXTERNAL TABLE` we hand to DataFusion's table factory, the
//! drift check, the cached copy) lives in [`dataset`].
//!
//! Every build attempt is recorded as a [`CatalogEvent`] in the session's queue, which
//! Java drains; a failed build is not kept, so the next reference tries again.
//!
//! Asking the schema for a dataset with declared columns builds nothing: it answers with
//! a [`deferred`] table that knows the declared schema and builds when a plan scans it,
//! so browsing the catalog (information_schema, JDBC metadata) never reads files.

mod broken;
mod dataset;
mod deferred;
pub mod evolution;
mod files;
mod partitions;
#[cfg(feature = "distributed")]
pub mod remote;
mod set;

pub use set::DatasetSet;

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Instant;

use async_trait::async_trait;
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{MemoryCatalogProvider, MemorySchemaProvider, SchemaProvider, TableProvider};
use datafusion::common::{Constraint, TableReference};
use datafusion::error::{DataFusionError, Result as DfResult};
use datafusion::execution::context::{SessionContext, SessionState};
use datafusion::logical_expr::TableType;
use tokio::sync::OnceCell;

use crate::errors::{state, EngineError, Result};
use crate::runtime::{run_cancellable, CancelToken};
use crate::session::Session;
use crate::stats;

// ------------------------------------------------------------------ names

/// A table's full name, taken exactly as given (no case folding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableName {
    pub catalog: String,
    pub schema: String,
    pub table: String,
}

impl fmt::Display for TableName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.catalog, self.schema, self.table)
    }
}

// ------------------------------------------------------------------ registration spec

/// Bits of the `flags` argument of `sessionRegisterDataset`.
pub(crate) mod flag {
    pub const UNBOUNDED: i32 = 1;
    pub const CACHE: i32 = 2;
    pub const MUTABLE: i32 = 4;
    pub const CHECK_DRIFT: i32 = 8;
    pub const STRICT_PARTITIONS: i32 = 16;
}

/// One key of the order the files are sorted in.
#[derive(Debug, Clone)]
pub struct SortKey {
    pub column: String,
    pub ascending: bool,
    pub nulls_first: bool,
}

/// Everything needed to turn files into a table; mirrors `DatasetRegistration.java`.
#[derive(Debug, Clone)]
pub struct DatasetSpec {
    pub table: TableName,
    /// Upper case, as DataFusion's table factories are keyed.
    pub format: String,
    pub location: String,
    /// With its leading dot; None for the format's own.
    pub file_extension: Option<String>,
    /// Declared columns, partition columns last; empty to infer them from the files.
    pub columns: Vec<Field>,
    pub partition_columns: Vec<String>,
    /// Keys as `CREATE EXTERNAL TABLE ... OPTIONS` leaves them (`format.` prefixed, lower case).
    pub options: HashMap<String, String>,
    pub settings: Vec<(String, String)>,
    pub sort_order: Vec<SortKey>,
    pub unbounded: bool,
    pub cache: bool,
    pub mutable: bool,
    pub check_drift: bool,
    /// A partition check that finds a mismatch fails the build (otherwise it is only reported).
    pub strict_partitions: bool,
    /// How files that differ from the declared columns are read (with `check_drift`).
    pub evolution: evolution::Rules,
    /// The arrays this spec was parsed from, kept so that the spec can be sent to another
    /// process (a cluster's scheduler and executors) and parsed there exactly as here.
    pub flat: Arc<FlatSpec>,
}

/// A [`DatasetSpec`] as `NativeBridge.sessionRegisterDataset` passes it: seven string
/// arrays and the flag bits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlatSpec {
    pub head: Vec<String>,
    pub columns: Vec<String>,
    pub partition_columns: Vec<String>,
    pub options: Vec<String>,
    pub settings: Vec<String>,
    pub sort_keys: Vec<String>,
    pub evolution: Vec<String>,
    pub flags: i32,
}

impl FlatSpec {
    /// `catalog.schema.table`, for messages.
    pub fn name(&self) -> String {
        self.head.get(..3).map(|h| h.join(".")).unwrap_or_default()
    }

    pub fn parse(&self) -> Result<DatasetSpec> {
        DatasetSpec::from_flat(
            &self.head,
            &self.columns,
            self.partition_columns.clone(),
            &self.options,
            &self.settings,
            &self.sort_keys,
            &self.evolution,
            self.flags,
        )
    }
}

impl DatasetSpec {
    /// Parses the flattened arrays `NativeBridge.sessionRegisterDataset` receives.
    pub fn from_flat(
        head: &[String],
        columns: &[String],
        partition_columns: Vec<String>,
        options: &[String],
        settings: &[String],
        sort_keys: &[String],
        evolution: &[String],
        flags: i32,
    ) -> Result<DatasetSpec> {
        let [catalog, schema, name, format, location, extension] = head else {
            return Err(malformed("the dataset head needs 6 strings"));
        };
        let spec = DatasetSpec {
            table: TableName { catalog: catalog.clone(), schema: schema.clone(), table: name.clone() },
            format: format.to_ascii_uppercase(),
            location: location.clone(),
            file_extension: match extension.trim_start_matches('.') {
                "" => None,
                ext => Some(format!(".{ext}")),
            },
            columns: fields_from_flat(columns)?,
            partition_columns: partition_columns.clone(),
            options: pairs(options, "options")?.into_iter().map(|(k, v)| (option_key(&k), v)).collect(),
            settings: pairs(settings, "settings")?,
            sort_order: sort_keys_from_flat(sort_keys)?,
            unbounded: flags & flag::UNBOUNDED != 0,
            cache: flags & flag::CACHE != 0,
            mutable: flags & flag::MUTABLE != 0,
            check_drift: flags & flag::CHECK_DRIFT != 0,
            strict_partitions: flags & flag::STRICT_PARTITIONS != 0,
            evolution: evolution::Rules::from_flat(evolution)?,
            flat: Arc::new(FlatSpec {
                head: head.to_vec(),
                columns: columns.to_vec(),
                partition_columns: partition_columns.clone(),
                options: options.to_vec(),
                settings: settings.to_vec(),
                sort_keys: sort_keys.to_vec(),
                evolution: evolution.to_vec(),
                flags,
            }),
        };
        spec.check_shape()?;
        Ok(spec)
    }

    /// The declared columns that are read from the files (partition columns come from paths).
    fn file_columns(&self) -> &[Field] {
        &self.columns[..self.columns.len().saturating_sub(self.declared_partition_count())]
    }

    fn declared_partition_count(&self) -> usize {
        if self.columns.is_empty() { 0 } else { self.partition_columns.len() }
    }

    /// Mistakes that would otherwise surface only at the first query.
    fn check_shape(&self) -> Result<()> {
        let q = &self.table;
        if self.unbounded && self.cache {
            return Err(invalid(format!("dataset {q}: an unbounded dataset cannot be cached (it never ends)")));
        }
        if self.columns.is_empty() {
            if self.check_drift {
                return Err(invalid(format!("dataset {q}: a drift check needs declared columns")));
            }
            return Ok(());
        }
        // DataFusion's listing table appends partition columns after the file columns in
        // PARTITIONED BY order; anything else would reorder the declared columns silently.
        let tail: Vec<&str> = self.columns[self.columns.len().saturating_sub(self.partition_columns.len())..]
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        if self.partition_columns.len() > self.columns.len() || tail != self.partition_columns {
            return Err(invalid(format!(
                "dataset {q}: the partition columns {:?} must be declared last, in that order",
                self.partition_columns
            )));
        }
        for key in &self.sort_order {
            if !self.columns.iter().any(|f| f.name() == &key.column) {
                return Err(invalid(format!("dataset {q}: sort column '{}' is not a declared column", key.column)));
            }
        }
        Ok(())
    }
}

/// Options without a namespace are format options, as in `CREATE EXTERNAL TABLE`.
fn option_key(key: &str) -> String {
    let key = key.to_ascii_lowercase();
    if key.contains('.') { key } else { format!("format.{key}") }
}

fn malformed(what: &str) -> EngineError {
    EngineError::new(state::INVALID_PARAMETER_VALUE, format!("malformed call: {what}"))
}

fn invalid(message: String) -> EngineError {
    EngineError::new(state::INVALID_PARAMETER_VALUE, message)
}

fn pairs(flat: &[String], what: &str) -> Result<Vec<(String, String)>> {
    if flat.len() % 2 != 0 {
        return Err(malformed(&format!("{what} must be key/value pairs")));
    }
    Ok(flat.chunks_exact(2).map(|kv| (kv[0].clone(), kv[1].clone())).collect())
}

/// Columns cross JNI as name / Arrow type text (as `arrow_typeof` prints it) / "true"|"false".
pub fn fields_from_flat(flat: &[String]) -> Result<Vec<Field>> {
    if flat.len() % 3 != 0 {
        return Err(malformed("columns must be name/type/nullable triples"));
    }
    flat.chunks_exact(3)
        .map(|c| {
            let data_type = DataType::from_str(&c[1])
                .map_err(|e| invalid(format!("column '{}' has an unknown Arrow type '{}': {e}", c[0], c[1])))?;
            Ok(Field::new(&c[0], data_type, c[2] == "true"))
        })
        .collect()
}

/// The inverse of [`fields_from_flat`].
pub fn fields_to_flat<'a>(fields: impl IntoIterator<Item = &'a Field>) -> Vec<String> {
    fields
        .into_iter()
        .flat_map(|f| [f.name().clone(), f.data_type().to_string(), f.is_nullable().to_string()])
        .collect()
}

fn sort_keys_from_flat(flat: &[String]) -> Result<Vec<SortKey>> {
    if flat.len() % 3 != 0 {
        return Err(malformed("sort keys must be column/direction/nulls triples"));
    }
    flat.chunks_exact(3)
        .map(|k| {
            let ascending = match k[1].as_str() {
                "ASC" => true,
                "DESC" => false,
                other => return Err(malformed(&format!("sort direction '{other}'"))),
            };
            let nulls_first = match k[2].as_str() {
                "NULLS FIRST" => true,
                "NULLS LAST" => false,
                other => return Err(malformed(&format!("null ordering '{other}'"))),
            };
            Ok(SortKey { column: k[0].clone(), ascending, nulls_first })
        })
        .collect()
}

// ------------------------------------------------------------------ events

/// One build attempt of a lazily registered dataset; mirrors `CatalogEvent.java`.
#[derive(Debug, Clone)]
pub struct CatalogEvent {
    pub catalog: String,
    pub schema: String,
    pub name: String,
    pub status: &'static str,
    pub message: String,
    pub files_schema: String,
    /// The partition check's rows, flattened (see [`flatten_findings`]); empty when none ran.
    pub partitions: String,
    /// The adaptations of the files, flattened (see [`flatten_adaptations`]).
    pub adaptations: String,
    pub millis: u128,
}

/// Small tables as one string: fields separated by U+001F, rows by U+001E; the separators
/// cannot occur in the paths, names and types we report (`FlatRows.java` reads it).
fn flat_rows<'a>(rows: impl Iterator<Item = Vec<&'a str>>) -> String {
    rows.map(|fields| fields.join("\u{1f}")).collect::<Vec<_>>().join("\u{1e}")
}

/// Partition-check rows (column, level, actual, reason) as [`flat_rows`].
fn flatten_findings(findings: &[partitions::Finding]) -> String {
    let levels: Vec<String> = findings.iter().map(|f| f.level.map(|l| l.to_string()).unwrap_or_default()).collect();
    flat_rows(findings.iter().zip(&levels).map(|(f, level)| {
        vec![f.column.as_str(), level.as_str(), f.actual.as_str(), f.reason.as_str()]
    }))
}

/// Adapter events (file, column, kind, from type, to type, lossy, detail) as [`flat_rows`].
fn flatten_adaptations(adaptations: &[(String, evolution::Conversion)]) -> String {
    flat_rows(adaptations.iter().map(|(file, c)| {
        let lossy = if c.lossy { "true" } else { "false" };
        vec![file.as_str(), &c.column, c.kind.as_str(), &c.from_type, &c.to_type, lossy, &c.detail]
    }))
}

/// Events are kept until Java drains them; a session nobody drains keeps only the newest.
const MAX_QUEUED_EVENTS: usize = 1000;

#[derive(Default)]
pub struct CatalogEvents {
    queue: Mutex<VecDeque<CatalogEvent>>,
}

impl CatalogEvents {
    fn push(&self, event: CatalogEvent) {
        let mut q = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        if q.len() == MAX_QUEUED_EVENTS {
            q.pop_front();
        }
        q.push_back(event);
    }

    /// Takes every queued event, oldest first, 9 strings each.
    pub fn drain_flat(&self) -> Vec<String> {
        let events: Vec<CatalogEvent> = self.queue.lock().unwrap_or_else(PoisonError::into_inner).drain(..).collect();
        events
            .into_iter()
            .flat_map(|e| {
                [
                    e.catalog,
                    e.schema,
                    e.name,
                    e.status.to_string(),
                    e.message,
                    e.files_schema,
                    e.partitions,
                    e.millis.to_string(),
                    e.adaptations,
                ]
            })
            .collect()
    }
}

/// A session's contract-catalog state.
#[derive(Default)]
pub struct Contracts {
    pub events: Arc<CatalogEvents>,
    /// Serialises installing contract schema providers, so two registrations into a new
    /// schema cannot each install one and lose the other's entries.
    install: Mutex<()>,
}

// ------------------------------------------------------------------ lazy datasets

/// How a lazy dataset reaches its session's state. A `Weak` rather than the context: the
/// state owns the catalog that owns this entry, so a strong reference would be a cycle
/// and a closed session would never be freed.
type StateSource = Arc<dyn Fn() -> Option<SessionState> + Send + Sync>;

fn state_source(ctx: &SessionContext) -> StateSource {
    let weak = ctx.state_weak_ref();
    Arc::new(move || weak.upgrade().map(|state| state.read().clone()))
}

/// A registered dataset: its spec, and the table once a build has succeeded.
pub struct LazyDataset {
    spec: Arc<DatasetSpec>,
    state: StateSource,
    events: Arc<CatalogEvents>,
    /// Concurrent first references wait for one build; a failed build leaves it empty.
    table: OnceCell<Arc<dyn TableProvider>>,
    /// The schema the built table will have, made on first use from the declared columns.
    declared: std::sync::OnceLock<SchemaRef>,
}

impl fmt::Debug for LazyDataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LazyDataset")
            .field("name", &self.spec.table)
            .field("built", &self.table.initialized())
            .finish()
    }
}

impl LazyDataset {
    fn new(spec: Arc<DatasetSpec>, state: StateSource, events: Arc<CatalogEvents>) -> Self {
        stats::CATALOG_OBJECTS.inc();
        LazyDataset { spec, state, events, table: OnceCell::new(), declared: std::sync::OnceLock::new() }
    }

    /// What the schema hands out for this dataset: the built table; before a build, for
    /// declared columns a table that builds only when scanned, else (the columns must be
    /// inferred from the files) the table built now.
    async fn provider(self: &Arc<Self>) -> Result<Arc<dyn TableProvider>> {
        if let Some(table) = self.built() {
            return Ok(table);
        }
        if self.spec.columns.is_empty() {
            return self.table().await;
        }
        Ok(Arc::new(deferred::DeferredTable::new(self.clone())))
    }

    /// The declared columns as the built table has them: a listing table's partition
    /// columns are never null (a stream table keeps the columns as given).
    fn declared_schema(&self) -> &SchemaRef {
        self.declared.get_or_init(|| {
            let partitions = if self.spec.unbounded { 0 } else { self.spec.declared_partition_count() };
            let file_count = self.spec.columns.len() - partitions;
            let fields: Vec<Field> = self
                .spec
                .columns
                .iter()
                .enumerate()
                .map(|(i, f)| if i < file_count { f.clone() } else { f.clone().with_nullable(false) })
                .collect();
            Arc::new(Schema::new(fields))
        })
    }

    /// The table, building it on first use.
    async fn table(&self) -> Result<Arc<dyn TableProvider>> {
        self.table.get_or_try_init(|| self.build_and_record()).await.cloned()
    }

    /// The table if a build already succeeded; never starts one.
    fn built(&self) -> Option<Arc<dyn TableProvider>> {
        self.table.get().cloned()
    }

    async fn build_and_record(&self) -> Result<Arc<dyn TableProvider>> {
        stats::DATASET_BUILDS.inc();
        let started = Instant::now();
        let state = (self.state)().ok_or_else(|| EngineError::new("08003", "session is closed"))?;
        // A cancelled query drops this future mid-build; the guard still records the attempt.
        let mut unfinished = Unfinished { dataset: self, started, finished: false };
        let attempt = dataset::build(&self.spec, state).await;
        unfinished.finished = true;
        let q = &self.spec.table;
        let (status, result) = match attempt.result {
            Ok(table) => ("resolved", Ok(table)),
            Err(e) if attempt.drift => ("drift", Err(e)),
            Err(e) if attempt.partition_mismatch => ("partition", Err(e)),
            Err(e) => ("failed", Err(e.context(format_args!("dataset {q} cannot be read")))),
        };
        self.events.push(CatalogEvent {
            catalog: q.catalog.clone(),
            schema: q.schema.clone(),
            name: q.table.clone(),
            status,
            message: result.as_ref().err().map(|e| e.message.clone()).unwrap_or_default(),
            files_schema: attempt.files_schema.map(|s| dataset::describe(&s)).unwrap_or_default(),
            partitions: attempt.partitions.as_deref().map(flatten_findings).unwrap_or_default(),
            adaptations: flatten_adaptations(&attempt.adaptations),
            millis: started.elapsed().as_millis(),
        });
        result
    }
}

/// Records a `cancelled` event for a build whose future was dropped before it finished.
struct Unfinished<'a> {
    dataset: &'a LazyDataset,
    started: Instant,
    finished: bool,
}

impl Drop for Unfinished<'_> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let q = &self.dataset.spec.table;
        self.dataset.events.push(CatalogEvent {
            catalog: q.catalog.clone(),
            schema: q.schema.clone(),
            name: q.table.clone(),
            status: "cancelled",
            message: format!("building dataset {q} was cancelled; the next reference builds it again"),
            files_schema: String::new(),
            partitions: String::new(),
            adaptations: String::new(),
            millis: self.started.elapsed().as_millis(),
        });
    }
}

impl Drop for LazyDataset {
    fn drop(&mut self) {
        stats::CATALOG_OBJECTS.dec();
    }
}

// ------------------------------------------------------------------ schema provider

/// A schema holding lazily registered datasets next to ordinary tables.
#[derive(Debug)]
pub struct ContractSchemaProvider {
    /// The schema's ordinary provider; everything that is not a lazy entry goes here.
    inner: Arc<dyn SchemaProvider>,
    entries: RwLock<Entries>,
}

#[derive(Debug, Default)]
struct Entries {
    /// Datasets registered one by one in this session.
    lazy: HashMap<String, Arc<LazyDataset>>,
    /// Name (and alias) → spec maps shared with other sessions (see [`DatasetSet`]):
    /// mounting one costs the same for ten datasets as for ten thousand.
    mounted: Vec<Arc<set::SchemaSpecs>>,
    /// This session's datasets of the mounted maps, made on first reference, by
    /// canonical name (a name and its alias share one).
    instantiated: HashMap<String, Arc<LazyDataset>>,
    /// Mounted names dropped in this session.
    dropped: HashSet<String>,
    /// How instantiated datasets reach the session; set by the first mount.
    origin: Option<Origin>,
    /// Tables in `inner` that SQL must not drop (append-only diagnostics tables).
    undroppable: HashSet<String>,
}

#[derive(Clone)]
struct Origin {
    state: StateSource,
    events: Arc<CatalogEvents>,
}

impl fmt::Debug for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Origin")
    }
}

impl Entries {
    /// The spec a mounted map gives `name`, unless this session dropped the name.
    fn mounted_spec(&self, name: &str) -> Option<&Arc<DatasetSpec>> {
        if self.dropped.contains(name) {
            return None;
        }
        self.mounted.iter().find_map(|m| m.get(name))
    }

    /// Whether a lazy entry (own or mounted) has this name.
    fn has_lazy(&self, name: &str) -> bool {
        self.lazy.contains_key(name) || self.mounted_spec(name).is_some()
    }
}

impl ContractSchemaProvider {
    fn new(inner: Arc<dyn SchemaProvider>) -> Self {
        stats::CATALOG_OBJECTS.inc();
        ContractSchemaProvider { inner, entries: RwLock::new(Entries::default()) }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Entries> {
        self.entries.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Entries> {
        self.entries.write().unwrap_or_else(PoisonError::into_inner)
    }

    /// The lazy dataset called `name`, making this session's copy of a mounted one on
    /// first use (no I/O: it is built when its table is asked for).
    fn lazy_entry(&self, name: &str) -> Option<Arc<LazyDataset>> {
        let spec = {
            let entries = self.read();
            if let Some(own) = entries.lazy.get(name) {
                return Some(own.clone());
            }
            let spec = entries.mounted_spec(name)?.clone();
            if let Some(made) = entries.instantiated.get(&spec.table.table) {
                return Some(made.clone());
            }
            spec
        };
        let mut entries = self.write();
        let origin = entries.origin.clone()?;
        let made = entries
            .instantiated
            .entry(spec.table.table.clone())
            .or_insert_with(|| Arc::new(LazyDataset::new(spec, origin.state, origin.events)));
        Some(made.clone())
    }

    fn add_lazy(&self, entry: LazyDataset) -> Result<()> {
        let name = &entry.spec.table;
        let mut entries = self.write();
        if entries.has_lazy(&name.table) || self.inner.table_exist(&name.table) {
            return Err(EngineError::duplicate_table(&name.to_string()));
        }
        entries.lazy.insert(name.table.clone(), Arc::new(entry));
        Ok(())
    }

    /// Adds a shared name → spec map; a name already taken in this schema is refused.
    fn mount(&self, specs: Arc<set::SchemaSpecs>, origin: Origin) -> Result<()> {
        let mut entries = self.write();
        // Look the smaller side up in the larger, so mounting stays cheap for big maps.
        let mut taken: Vec<String> = self.inner.table_names();
        taken.extend(entries.lazy.keys().cloned());
        let clash = taken.iter().find(|n| specs.get(n.as_str()).is_some()).cloned().or_else(|| {
            entries.mounted.iter().find_map(|m| {
                let (small, large) = if m.len() < specs.len() { (m, &specs) } else { (&specs, m) };
                small.names().find(|n| large.get(n).is_some() && !entries.dropped.contains(*n)).map(str::to_string)
            })
        });
        if let Some(name) = clash {
            let q = specs.get(&name).map(|s| s.table.to_string()).unwrap_or(name);
            return Err(EngineError::duplicate_table(&q));
        }
        entries.mounted.push(specs);
        entries.origin.get_or_insert(origin);
        Ok(())
    }

    /// Registers a table that SQL can use but not drop, refusing a name that is taken.
    pub fn add_undroppable_table(&self, name: &TableName, table: Arc<dyn TableProvider>) -> Result<()> {
        // Held so a lazy registration of the same name cannot slip in between.
        let mut entries = self.write();
        if entries.has_lazy(&name.table) || self.inner.table_exist(&name.table) {
            return Err(EngineError::duplicate_table(&name.to_string()));
        }
        self.inner.register_table(name.table.clone(), table)?;
        entries.undroppable.insert(name.table.clone());
        Ok(())
    }
}

impl Drop for ContractSchemaProvider {
    fn drop(&mut self) {
        stats::CATALOG_OBJECTS.dec();
    }
}

#[async_trait]
impl SchemaProvider for ContractSchemaProvider {
    fn table_names(&self) -> Vec<String> {
        let mut names = self.inner.table_names();
        let entries = self.read();
        names.extend(entries.lazy.keys().cloned());
        for m in &entries.mounted {
            names.extend(m.names().filter(|n| !entries.dropped.contains(*n)).map(str::to_string));
        }
        names
    }

    /// A lazy dataset with declared columns comes back unbuilt (see [`deferred`]), so
    /// information_schema.columns and views, and planning a view over it, read no files.
    async fn table(&self, name: &str) -> DfResult<Option<Arc<dyn TableProvider>>> {
        match self.lazy_entry(name) {
            Some(entry) => Ok(Some(entry.provider().await?)),
            None => self.inner.table(name).await,
        }
    }

    /// Answered without building, so listing tables (information_schema.tables, JDBC
    /// getTables) never reads files.
    async fn table_type(&self, name: &str) -> DfResult<Option<TableType>> {
        if self.read().has_lazy(name) {
            return Ok(Some(TableType::Base));
        }
        self.inner.table_type(name).await
    }

    fn register_table(&self, name: String, table: Arc<dyn TableProvider>) -> DfResult<Option<Arc<dyn TableProvider>>> {
        if self.read().has_lazy(&name) {
            return Err(DataFusionError::Plan(format!("The table {name} already exists")));
        }
        self.inner.register_table(name, table)
    }

    fn deregister_table(&self, name: &str) -> DfResult<Option<Arc<dyn TableProvider>>> {
        let mut entries = self.write();
        if let Some(entry) = entries.lazy.remove(name) {
            return Ok(entry.built());
        }
        if let Some(spec) = entries.mounted_spec(name).cloned() {
            entries.dropped.insert(name.to_string());
            // The alias (or the name) may still be in use, so the session's copy stays.
            return Ok(entries.instantiated.get(&spec.table.table).and_then(|e| e.built()));
        }
        if entries.undroppable.contains(name) {
            return Err(EngineError::read_only(format!("table {name} is append-only and cannot be dropped")).into());
        }
        self.inner.deregister_table(name)
    }

    fn table_exist(&self, name: &str) -> bool {
        self.read().has_lazy(name) || self.inner.table_exist(name)
    }
}

/// The contract provider of `catalog.schema`, creating the catalog and schema when
/// missing and wrapping an existing ordinary schema (its tables stay where they are).
pub fn contract_schema(session: &Session, catalog: &str, schema: &str) -> Result<Arc<ContractSchemaProvider>> {
    let _installing = session.contracts.install.lock().unwrap_or_else(PoisonError::into_inner);
    let catalog_provider = match session.ctx.catalog(catalog) {
        Some(c) => c,
        None => {
            let created = Arc::new(MemoryCatalogProvider::new());
            session.ctx.register_catalog(catalog, created.clone());
            created
        }
    };
    let existing = catalog_provider.schema(schema);
    if let Some(existing) = &existing {
        // Upcast to Any to recover the concrete provider we installed earlier.
        let any: Arc<dyn std::any::Any + Send + Sync> = existing.clone();
        if let Ok(ours) = any.downcast::<ContractSchemaProvider>() {
            return Ok(ours);
        }
    }
    let inner = existing.unwrap_or_else(|| Arc::new(MemorySchemaProvider::new()));
    let ours = Arc::new(ContractSchemaProvider::new(inner));
    catalog_provider.register_schema(schema, ours.clone())?;
    Ok(ours)
}

// ------------------------------------------------------------------ API behind the JNI calls

/// Mistakes in a spec that this session can tell without touching files: a format the
/// engine lacks, a setting it does not know.
pub fn check_spec(session: &Session, spec: &DatasetSpec) -> Result<()> {
    // Read the state in place: cloning a whole SessionState per dataset would make a catalog of
    // thousands of datasets slow to open.
    let state_ref = session.ctx.state_ref();
    let state = state_ref.read();
    if state.get_file_format_factory(&spec.format).is_none() {
        return Err(EngineError::new(
            state::NOT_SUPPORTED,
            format!("dataset {}: format {} is not available in this engine", spec.table, spec.format),
        ));
    }
    if !spec.settings.is_empty() {
        let mut config = state.config().clone();
        for (key, value) in &spec.settings {
            config.options_mut().set(key, value)?;
        }
    }
    Ok(())
}

/// Registers a contract view that failed its check as a stand-in with its declared columns:
/// listed and described like any view, failing with 42P17 and `reason` when read.
pub fn register_broken_view(
    session: &Session,
    name: &TableName,
    columns: Vec<Field>,
    reason: String,
    definition: Option<String>,
) -> Result<()> {
    let view = broken::BrokenView { schema: Arc::new(Schema::new(columns)), reason, definition };
    let schema = contract_schema(session, &name.catalog, &name.schema)?;
    if schema.table_exist(&name.table) {
        return Err(EngineError::duplicate_table(&name.to_string()));
    }
    schema.register_table(name.table.clone(), Arc::new(view))?;
    Ok(())
}

/// Registers a dataset without touching its files.
pub fn register_dataset(session: &Session, spec: DatasetSpec) -> Result<()> {
    check_spec(session, &spec)?;
    let provider = contract_schema(session, &spec.table.catalog, &spec.table.schema)?;
    provider.add_lazy(LazyDataset::new(Arc::new(spec), state_source(&session.ctx), session.contracts.events.clone()))
}

/// Makes every dataset of `set` (checked when it was filled) known to the session, in
/// time independent of how many there are: the schemas share the set's maps.
pub fn mount_set(session: &Session, set: &DatasetSet) -> Result<()> {
    let origin = Origin { state: state_source(&session.ctx), events: session.contracts.events.clone() };
    for specs in set.schemas() {
        let provider = contract_schema(session, specs.catalog(), specs.schema())?;
        provider.mount(specs, origin.clone())?;
    }
    Ok(())
}

/// Builds a registered dataset now (a no-op for ordinary tables).
pub fn resolve_dataset(session: &Session, name: &TableName, token: &CancelToken) -> Result<()> {
    let provider = schema_provider(session, name)?;
    // Asked for by name, a lazy dataset would come back unbuilt (see [`deferred`]).
    if let Some(entry) = provider.downcast_ref::<ContractSchemaProvider>().and_then(|p| p.lazy_entry(&name.table)) {
        return run_cancellable(token, async move { entry.table().await.map(|_| ()) });
    }
    table_of(provider, name, token).map(|_| ())
}

/// The files' columns for a spec, registering nothing.
pub fn infer_schema(session: &Session, spec: DatasetSpec, token: &CancelToken) -> Result<Vec<Field>> {
    let state = session.ctx.state();
    let schema = run_cancellable(token, async move { dataset::infer_for(&spec, state).await })?;
    Ok(schema.fields().iter().map(|f| f.as_ref().clone()).collect())
}

/// `(kind, columns)` for each primary key and unique constraint; empty for a dataset
/// that has not been built (metadata lookups must not read files).
pub fn table_constraints(session: &Session, name: &TableName) -> Result<Vec<(&'static str, Vec<String>)>> {
    let Some(table) = table_without_building(session, name)? else {
        return Ok(Vec::new());
    };
    let table_schema = table.schema();
    let names = |indices: &[usize]| -> Vec<String> {
        indices.iter().filter_map(|&i| table_schema.fields().get(i)).map(|f| f.name().clone()).collect()
    };
    Ok(table
        .constraints()
        .map(|cs| {
            cs.iter()
                .map(|c| match c {
                    Constraint::PrimaryKey(idx) => ("PRIMARY KEY", names(idx)),
                    Constraint::Unique(idx) => ("UNIQUE", names(idx)),
                })
                .collect()
        })
        .unwrap_or_default())
}

/// `(column, default as SQL)` in column order; empty for a dataset not built yet.
pub fn column_defaults(session: &Session, name: &TableName) -> Result<Vec<(String, String)>> {
    let Some(table) = table_without_building(session, name)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for field in table.schema().fields() {
        if let Some(expr) = table.get_column_default(field.name()) {
            let sql = datafusion::sql::unparser::expr_to_sql(expr)?;
            out.push((field.name().clone(), sql.to_string()));
        }
    }
    Ok(out)
}

/// One table that is not a lazy dataset, as [`ordinary_tables`] lists it.
pub struct OrdinaryTable {
    pub name: TableName,
    /// The SQL that defined it (a view's `CREATE VIEW`), if the engine keeps one.
    pub definition: Option<String>,
    pub fields: Vec<Field>,
}

/// Every table of the session except the lazy datasets of contract schemas (and
/// information_schema's own): views, `CREATE TABLE`s, diagnostics tables, tables
/// registered by other means. Metadata takes a lazy dataset's columns from its contract;
/// this lists the rest without walking (or building) thousands of datasets.
pub fn ordinary_tables(session: &Session) -> Result<Vec<OrdinaryTable>> {
    let mut wanted: Vec<(TableName, Arc<dyn SchemaProvider>)> = Vec::new();
    for catalog_name in session.ctx.catalog_names() {
        let Some(catalog) = session.ctx.catalog(&catalog_name) else { continue };
        for schema_name in catalog.schema_names() {
            if schema_name == "information_schema" {
                continue;
            }
            let Some(schema) = catalog.schema(&schema_name) else { continue };
            let provider = match schema.downcast_ref::<ContractSchemaProvider>() {
                Some(ours) => ours.inner.clone(),
                None => schema,
            };
            for table in provider.table_names() {
                let name = TableName { catalog: catalog_name.clone(), schema: schema_name.clone(), table };
                wanted.push((name, provider.clone()));
            }
        }
    }
    run_cancellable(&CancelToken::default(), async move {
        let mut out = Vec::with_capacity(wanted.len());
        for (name, provider) in wanted {
            // Gone since it was listed (a concurrent DROP): left out, as information_schema would.
            let Some(table) = provider.table(&name.table).await? else { continue };
            let fields = table.schema().fields().iter().map(|f| f.as_ref().clone()).collect();
            out.push(OrdinaryTable { definition: table.get_table_definition().map(str::to_string), name, fields });
        }
        Ok(out)
    })
}

/// `name` with the session's default catalog and schema filled in.
fn resolve_name(session: &Session, name: &TableReference) -> TableName {
    let state = session.ctx.state();
    let defaults = &state.config_options().catalog;
    let resolved = name.clone().resolve(&defaults.default_catalog, &defaults.default_schema);
    TableName {
        catalog: resolved.catalog.to_string(),
        schema: resolved.schema.to_string(),
        table: resolved.table.to_string(),
    }
}

/// `DROP TABLE` of what a contract schema itself holds: a lazy dataset (own or mounted,
/// built or not) is dropped by name, an append-only table is refused with a message that
/// says why. False when `name` is something else, for DataFusion to drop.
///
/// DataFusion fetches a table before dropping it, which would build a lazy dataset (and
/// fail for broken files), and it reports any refusal as "doesn't exist".
pub fn drop_by_name(session: &Session, name: &TableReference) -> Result<bool> {
    let name = resolve_name(session, name);
    let Ok(provider) = schema_provider(session, &name) else {
        return Ok(false);
    };
    let Some(ours) = provider.downcast_ref::<ContractSchemaProvider>() else {
        return Ok(false);
    };
    let (lazy, undroppable) = {
        let entries = ours.read();
        (entries.has_lazy(&name.table), entries.undroppable.contains(&name.table))
    };
    if undroppable {
        return Err(EngineError::read_only(format!("table {name} is append-only and cannot be dropped")));
    }
    if lazy {
        ours.deregister_table(&name.table)?;
    }
    Ok(lazy)
}

/// The table called `name` (building a lazy dataset), or 42P01.
pub fn lookup_table(session: &Session, name: &TableName) -> Result<Arc<dyn TableProvider>> {
    table_of(schema_provider(session, name)?, name, &CancelToken::default())
}

fn table_of(provider: Arc<dyn SchemaProvider>, name: &TableName, token: &CancelToken) -> Result<Arc<dyn TableProvider>> {
    let owned = name.clone();
    run_cancellable(token, async move {
        provider.table(&owned.table).await?.ok_or_else(|| EngineError::undefined_table(&owned.to_string()))
    })
}

/// The schema holding `name`, or 42P01 naming the table.
fn schema_provider(session: &Session, name: &TableName) -> Result<Arc<dyn SchemaProvider>> {
    session
        .ctx
        .catalog(&name.catalog)
        .and_then(|c| c.schema(&name.schema))
        .ok_or_else(|| EngineError::undefined_table(&name.to_string()))
}

/// A table as the catalog holds it; None for a lazy dataset not built yet.
fn table_without_building(session: &Session, name: &TableName) -> Result<Option<Arc<dyn TableProvider>>> {
    let provider = schema_provider(session, name)?;
    if let Some(ours) = provider.downcast_ref::<ContractSchemaProvider>() {
        if let Some(entry) = ours.lazy_entry(&name.table) {
            return Ok(entry.built());
        }
    }
    table_of(provider, name, &CancelToken::default()).map(Some)
}

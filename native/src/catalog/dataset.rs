//! Turning a [`DatasetSpec`] into a table: the `CREATE EXTERNAL TABLE` command handed to
//! DataFusion's table factory (`ListingTableFactory`, or the stream factory for an
//! unbounded dataset), the drift check against the files, and the
//! [`DatasetTable`] that serves the result (cached copy, read-only guard, settings).
//!
//! Two places where we deliberately differ from plain `CREATE EXTERNAL TABLE`:
//! - For a folder with declared columns the factory reads every file in it (extension
//!   ""); a dataset reads only files with its extension (declared, or the format's own).
//! - The registration's settings (statistics, subdirectories, ...) also hold while the
//!   table is scanned, because DataFusion reads most of them at scan time, not at build.

use std::collections::HashSet;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Fields, Schema, SchemaRef};
use datafusion::catalog::{MemTable, Session as CatalogSession, TableProvider, TableProviderFactory};
use datafusion::catalog::{ScanArgs, ScanResult};
use datafusion::common::{Column, Constraints, DFSchema, Statistics, TableReference};
use datafusion::datasource::file_format::FileFormat;
use datafusion::datasource::listing::{ListingOptions, ListingTable, ListingTableConfig, ListingTableUrl};
use datafusion::datasource::provider::DefaultTableFactory;
use datafusion::error::Result as DfResult;
use datafusion::execution::context::SessionState;
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{CreateExternalTable, Expr, SortExpr, TableProviderFilterPushDown, TableType};
use datafusion::physical_plan::ExecutionPlan;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::error::DataFusionError;
use datafusion::execution::cache::TableScopedPath;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_expr_adapter::PhysicalExprAdapterFactory;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, PlanProperties};
use futures::StreamExt;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::Mutex;

use super::evolution::{self, reading_form, ContractAdapterFactory, Conversion};
use super::files::{self, EvolvingFiles};
use super::partitions::{self, Finding};
use super::DatasetSpec;
use crate::errors::{state, EngineError, Result};

/// What one build attempt produced.
pub(super) struct Attempt {
    pub result: Result<Arc<dyn TableProvider>>,
    /// The failure is a drift-check refusal.
    pub drift: bool,
    /// The files' schema, when the attempt inferred it.
    pub files_schema: Option<SchemaRef>,
    /// The partition check, when the dataset declares partition columns over a local folder.
    pub partitions: Option<Vec<Finding>>,
    /// The failure is a partition-check refusal (strict partition checks only).
    pub partition_mismatch: bool,
    /// What reading each file as the contract takes (file path, conversion), when the
    /// dataset is judged file by file.
    pub adaptations: Vec<(String, Conversion)>,
}

/// Builds the table for `spec` on a copy of the session's state.
pub(super) async fn build(spec: &DatasetSpec, state: SessionState) -> Attempt {
    let mut files_schema = None;
    let mut drift = false;
    let mut partitions = None;
    let mut partition_mismatch = false;
    let mut adaptations = Vec::new();
    let result = async {
        let state = with_settings(state, &spec.settings)?;
        let url = ListingTableUrl::parse(&spec.location)?;
        check_location(&url)?;
        partitions = check_partitions(spec, &state, &url)?;
        if spec.strict_partitions {
            if let Some(message) = partitions.as_deref().and_then(|f| partition_message(spec, f)) {
                partition_mismatch = true;
                return Err(EngineError::new(state::INVALID_PARTITION, message));
            }
        }
        if spec.check_drift && !spec.unbounded {
            let mut judged = Judged::default();
            let built = build_judged(spec, &state, &url, &mut judged).await;
            files_schema = judged.files_schema;
            drift = judged.drift;
            adaptations = judged.adaptations;
            // A partition value that does not parse as its declared type is a partition refusal.
            partition_mismatch = matches!(&built, Err(e) if e.sql_state == state::INVALID_PARTITION);
            let (files, extra_settings) = built?;
            let table: Arc<dyn TableProvider> = Arc::new(DatasetTable::new(spec, files, &state, extra_settings).await?);
            return Ok(table);
        }
        if spec.columns.is_empty() || spec.check_drift {
            let inferred = infer(spec, &state, &url).await?;
            files_schema = Some(Arc::clone(&inferred));
            if spec.check_drift {
                // A stream is read as declared: it is judged, but nothing can be adapted.
                if let Some(message) = stream_drift(spec, &inferred) {
                    drift = true;
                    return Err(EngineError::schema_drift(message));
                }
            }
        }
        let files = create_listing_table(spec, &state, &url, files_schema.clone()).await?;
        let table: Arc<dyn TableProvider> = Arc::new(DatasetTable::new(spec, files, &state, vec![]).await?);
        Ok(table)
    }
    .await;
    Attempt { result, drift, files_schema, partitions, partition_mismatch, adaptations }
}

/// What judging a dataset's files found, kept even when the build then fails.
#[derive(Default)]
struct Judged {
    files_schema: Option<SchemaRef>,
    drift: bool,
    adaptations: Vec<(String, Conversion)>,
}

/// A dataset with declared columns, every file judged on its own against them under the
/// dataset's evolution rules. Parquet reads through the listing table with the contract
/// adapter attached (DataFusion asks it per file); CSV, JSON and Arrow read through the
/// listing table when every file has the contract's shape, and by shape groups otherwise.
/// Also returns the settings the table's scans need on top of the dataset's.
async fn build_judged(
    spec: &DatasetSpec,
    state: &SessionState,
    url: &ListingTableUrl,
    judged: &mut Judged,
) -> Result<(Arc<dyn TableProvider>, Vec<(String, String)>)> {
    let options = listing_options(spec, state, url)?;
    let format = Arc::clone(&options.format);
    let dataset_files = files::read_files(spec, state, url, &format, &options.file_extension).await?;
    judged.files_schema = Some(shapes_schema(&dataset_files));
    let contract = Schema::new(spec.file_columns().to_vec());
    let missing: HashSet<String> =
        dataset_files.iter().flat_map(|f| spec.evolution.missing_in(&contract, &f.schema)).collect();
    let defaults = evolution::evaluate_defaults(&spec.evolution, &contract, &missing, state, &spec.table.to_string())?;
    let parquet = spec.format == "PARQUET";
    let adapter = Arc::new(ContractAdapterFactory {
        dataset: spec.table.to_string(),
        rules: spec.evolution.clone(),
        defaults,
        nullability_recorded: parquet || spec.format == "ARROW",
    });
    let plans = files::judge_files(spec, &adapter, &dataset_files).inspect_err(|_| judged.drift = true)?;
    judged.adaptations = files::conversions(&dataset_files, &plans);
    let adapts = plans.iter().any(|(_, p)| p.adapts());
    let listing = create_listing_table(spec, state, url, None).await?;
    if parquet {
        // Statistics of a column a file lacks read as "all NULL"; with a default filled in
        // (or the column found under its old name) an aggregate answered from them would be
        // wrong, so adapted datasets are planned without file statistics. Row-group pruning
        // is per file, through the adapter, and keeps working.
        let settings = if adapts { vec![("datafusion.execution.collect_statistics".to_string(), "false".to_string())] } else { vec![] };
        return Ok((rebuild_listing(state, listing, None, Some(adapter))?, settings));
    }
    let uniform = dataset_files.iter().all(|f| same_order(&f.schema, &contract));
    if uniform {
        return Ok((listing, vec![]));
    }
    Ok((Arc::new(EvolvingFiles::new(spec, url, format, dataset_files, &plans, adapter)), vec![]))
}

/// Whether `a` has `b`'s columns in `b`'s order with the same reading types (what a
/// positional reader such as CSV's needs to read `a` with `b`'s schema).
fn same_order(a: &Schema, b: &Schema) -> bool {
    a.fields().len() == b.fields().len()
        && a.fields().iter().zip(b.fields().iter()).all(|(x, y)| {
            x.name() == y.name() && reading_form(x.data_type()) == reading_form(y.data_type())
        })
}

/// Why an unbounded dataset's source does not match its declared columns, or None.
fn stream_drift(spec: &DatasetSpec, source: &Schema) -> Option<String> {
    let contract = Schema::new(spec.file_columns().to_vec());
    let problems = match evolution::judge(&spec.evolution, &Default::default(), &contract, source, false) {
        Err(problems) => problems,
        Ok(plan) if !plan.conversions.is_empty() => plan
            .conversions
            .iter()
            .map(|c| format!("column '{}' would need {} (streams are read as declared)", c.column, c.kind.as_str()))
            .collect(),
        Ok(_) if !same_order(source, &contract) => {
            vec!["the source's columns are in another order than declared (streams are read as declared)".into()]
        }
        Ok(_) => return None,
    };
    Some(format!("schema drift in dataset {}: {}", spec.table, problems.join("; ")))
}

/// The first file's schema, for the registration's `files_schema` (each file's own
/// differences from the contract are in the adapter events).
fn shapes_schema(files: &[files::DatasetFile]) -> SchemaRef {
    files.first().map(|f| Arc::clone(&f.schema)).unwrap_or_else(|| Arc::new(Schema::empty()))
}

/// The partition check of a local folder (see [`partitions`]); None for a file or a URL.
fn check_partitions(spec: &DatasetSpec, state: &SessionState, url: &ListingTableUrl) -> Result<Option<Vec<Finding>>> {
    if spec.partition_columns.is_empty() || url.scheme() != "file" || !url.is_collection() {
        return Ok(None);
    }
    let Ok(root) = url.get_url().to_file_path() else {
        return Ok(None);
    };
    let extension = listing_options(spec, state, url)?.file_extension;
    Ok(partitions::check(spec, &root, &extension))
}

/// Why the folders do not match the declared partition columns, or None when they do.
fn partition_message(spec: &DatasetSpec, findings: &[Finding]) -> Option<String> {
    let problems: Vec<String> = findings
        .iter()
        .filter(|f| !f.ok())
        .map(|f| if f.column.is_empty() { f.reason.clone() } else { format!("'{}': {}", f.column, f.reason) })
        .collect();
    if problems.is_empty() {
        return None;
    }
    Some(format!(
        "partition columns of dataset {} do not match its folders: {}",
        spec.table,
        problems.join("; ")
    ))
}

/// The files' schema for `spec` (partition columns excluded), with its settings applied.
pub(super) async fn infer_for(spec: &DatasetSpec, state: SessionState) -> Result<SchemaRef> {
    let state = with_settings(state, &spec.settings)?;
    let url = ListingTableUrl::parse(&spec.location)?;
    check_location(&url)?;
    infer(spec, &state, &url).await
}

/// `name type, name type`, types as `arrow_typeof` prints them.
pub(super) fn describe(schema: &Schema) -> String {
    schema.fields().iter().map(|f| format!("{} {}", f.name(), f.data_type())).collect::<Vec<_>>().join(", ")
}

fn with_settings(mut state: SessionState, settings: &[(String, String)]) -> Result<SessionState> {
    for (key, value) in settings {
        state.config_mut().options_mut().set(key, value)?;
    }
    Ok(state)
}

/// A local location that does not exist fails the build. DataFusion would otherwise
/// accept it when the columns are declared and serve an empty table.
fn check_location(url: &ListingTableUrl) -> Result<()> {
    if url.scheme() != "file" {
        return Ok(());
    }
    match url.get_url().to_file_path() {
        Ok(path) if !path.exists() => {
            Err(EngineError::new(state::IO_ERROR, format!("location {} does not exist", path.display())))
        }
        _ => Ok(()),
    }
}

async fn infer(spec: &DatasetSpec, state: &SessionState, url: &ListingTableUrl) -> Result<SchemaRef> {
    Ok(listing_options(spec, state, url)?.infer_schema(state, url).await?)
}

/// The format (with the spec's options) and the extension filter a listing of `url` uses.
fn listing_options(spec: &DatasetSpec, state: &SessionState, url: &ListingTableUrl) -> Result<ListingOptions> {
    let format = state
        .get_file_format_factory(&spec.format)
        .ok_or_else(|| EngineError::new(state::NOT_SUPPORTED, format!("format {} is not available", spec.format)))?
        .create(state, &spec.options)?;
    let extension = file_extension(spec, url, format.as_ref()).unwrap_or_default();
    Ok(ListingOptions::new(format).with_file_extension(extension))
}

/// The extension files in a folder must have; None for a single-file location, which
/// is read whatever its name.
fn file_extension(spec: &DatasetSpec, url: &ListingTableUrl, format: &dyn FileFormat) -> Option<String> {
    if !url.is_collection() {
        return None;
    }
    if let Some(ext) = &spec.file_extension {
        return Some(ext.clone());
    }
    // As the factory's own glob does when it infers: compressed formats add their suffix.
    let ext = match format.compression_type() {
        Some(compression) => format.get_ext_with_compression(&compression).unwrap_or_else(|_| format.get_ext()),
        None => format.get_ext(),
    };
    Some(format!(".{ext}"))
}

/// Partition columns typed as the factory types partitions it infers.
fn inferred_partition_type() -> DataType {
    DataType::Dictionary(Box::new(DataType::UInt16), Box::new(DataType::Utf8))
}

async fn create_listing_table(
    spec: &DatasetSpec,
    state: &SessionState,
    url: &ListingTableUrl,
    files_schema: Option<SchemaRef>,
) -> Result<Arc<dyn TableProvider>> {
    let (schema, partition_columns) = match files_schema {
        Some(files) if spec.columns.is_empty() => {
            let partitions = if spec.partition_columns.is_empty()
                && url.is_collection()
                && state.config_options().execution.listing_table_factory_infer_partitions
            {
                listing_options(spec, state, url)?.infer_partitions(state, url).await?
            } else {
                spec.partition_columns.clone()
            };
            let mut fields: Vec<FieldRef> = files.fields().iter().cloned().collect();
            fields.extend(partitions.iter().map(|p| Arc::new(Field::new(p, inferred_partition_type(), false))));
            (Schema::new_with_metadata(fields, files.metadata().clone()), partitions)
        }
        _ => (Schema::new(spec.columns.clone()), spec.partition_columns.clone()),
    };
    let order = spec
        .sort_order
        .iter()
        .map(|k| Expr::Column(Column::from_name(&k.column)).sort(k.ascending, k.nulls_first))
        .collect::<Vec<SortExpr>>();
    let cmd = CreateExternalTable::builder(
        TableReference::full(spec.table.catalog.as_str(), spec.table.schema.as_str(), spec.table.table.as_str()),
        spec.location.clone(),
        spec.format.clone(),
        Arc::new(DFSchema::try_from(schema)?),
    )
    .with_partition_cols(partition_columns)
    .with_order_exprs(if order.is_empty() { vec![] } else { vec![order] })
    .with_unbounded(spec.unbounded)
    .with_options(spec.options.clone())
    .build();
    // The factory `CREATE [UNBOUNDED] EXTERNAL TABLE` uses: a listing table, or for an
    // unbounded dataset a stream table (the listing factory ignores the flag).
    let table = DefaultTableFactory::new().create(state, &cmd).await?;
    with_file_extension(spec, state, url, table)
}

/// The factory lists every file of a folder when the columns are given; rebuild the
/// listing table with the dataset's extension filter (the factory has no option for it).
fn with_file_extension(
    spec: &DatasetSpec,
    state: &SessionState,
    url: &ListingTableUrl,
    table: Arc<dyn TableProvider>,
) -> Result<Arc<dyn TableProvider>> {
    let Some(listing) = table.downcast_ref::<ListingTable>() else {
        return Ok(table);
    };
    let Some(extension) = file_extension(spec, url, listing.options().format.as_ref()) else {
        return Ok(table);
    };
    if listing.options().file_extension == extension {
        return Ok(table);
    }
    let options = listing.options().clone().with_file_extension(extension);
    rebuild_listing(state, table, Some(options), None)
}

/// The same listing table with other options and/or an expression adapter (the factory
/// takes neither).
fn rebuild_listing(
    state: &SessionState,
    table: Arc<dyn TableProvider>,
    options: Option<ListingOptions>,
    adapter: Option<Arc<dyn PhysicalExprAdapterFactory>>,
) -> Result<Arc<dyn TableProvider>> {
    let Some(listing) = table.downcast_ref::<ListingTable>() else {
        return Ok(table);
    };
    let options = options.unwrap_or_else(|| listing.options().clone());
    let all = listing.schema();
    let file_field_count = all.fields().len() - options.table_partition_cols.len();
    let file_fields: Fields = all.fields().iter().take(file_field_count).cloned().collect();
    let file_schema = Arc::new(Schema::new_with_metadata(file_fields, all.metadata().clone()));
    let mut config = ListingTableConfig::new_with_multi_paths(listing.table_paths().clone())
        .with_listing_options(options)
        .with_schema(file_schema);
    if let Some(adapter) = adapter {
        config = config.with_expr_adapter_factory(adapter);
    }
    let rebuilt = ListingTable::try_new(config)?
        .with_cache(state.runtime_env().cache_manager.get_file_statistic_cache())
        .with_constraints(listing.constraints().cloned().unwrap_or_default());
    Ok(Arc::new(rebuilt))
}

// ------------------------------------------------------------------ the served table

/// What a dataset's name resolves to: the listing table, or a copy of it in memory,
/// behind a guard that refuses changes unless the dataset is mutable.
#[derive(Debug)]
pub(super) struct DatasetTable {
    name: String,
    /// The spec it was built from, for a plan that is sent to a cluster (`remote`).
    pub(super) flat: Arc<super::FlatSpec>,
    files: Arc<dyn TableProvider>,
    /// Some for a cached dataset: the loaded copy and the generation it was loaded at.
    copy: Option<Mutex<Option<(u64, Arc<MemTable>)>>>,
    /// Bumped when an INSERT is planned and again when it has finished writing: a copy
    /// of an older generation is reloaded by the next scan.
    generation: Arc<AtomicU64>,
    sort_order: Vec<Vec<SortExpr>>,
    mutable: bool,
    settings: Vec<(String, String)>,
}

impl DatasetTable {
    async fn new(
        spec: &DatasetSpec,
        files: Arc<dyn TableProvider>,
        state: &SessionState,
        extra_settings: Vec<(String, String)>,
    ) -> Result<Self> {
        let sort_order = files
            .downcast_ref::<ListingTable>()
            .map(|l| l.options().file_sort_order.clone())
            .unwrap_or_default();
        let mut table = DatasetTable {
            name: spec.table.to_string(),
            flat: Arc::clone(&spec.flat),
            files,
            copy: None,
            generation: Arc::new(AtomicU64::new(0)),
            sort_order,
            mutable: spec.mutable,
            settings: spec.settings.iter().cloned().chain(extra_settings).collect(),
        };
        if spec.cache {
            let loaded = table.load(state).await?;
            table.copy = Some(Mutex::new(Some((0, loaded))));
        }
        Ok(table)
    }

    async fn load(&self, state: &dyn CatalogSession) -> DfResult<Arc<MemTable>> {
        let loaded = MemTable::load(Arc::clone(&self.files), None, state).await?;
        Ok(Arc::new(loaded.with_sort_order(self.sort_order.clone())))
    }

    /// The provider scans go to: the cached copy (reloaded after an INSERT) or the files.
    async fn serving(&self, state: &dyn CatalogSession) -> DfResult<Arc<dyn TableProvider>> {
        let Some(copy) = &self.copy else {
            return Ok(Arc::clone(&self.files));
        };
        let mut copy = copy.lock().await;
        let current = self.generation.load(Ordering::Acquire);
        if let Some((generation, loaded)) = copy.as_ref() {
            if *generation == current {
                return Ok(loaded.clone());
            }
        }
        let loaded = self.load(state).await?;
        *copy = Some((current, loaded.clone()));
        Ok(loaded)
    }

    /// The session state with this dataset's settings applied, when it has any.
    fn scoped(&self, state: &dyn CatalogSession) -> DfResult<Option<SessionState>> {
        if self.settings.is_empty() {
            return Ok(None);
        }
        let Some(session_state) = state.as_any().downcast_ref::<SessionState>() else {
            return Ok(None);
        };
        Ok(Some(with_settings(session_state.clone(), &self.settings)?))
    }

    fn check_mutable(&self) -> DfResult<()> {
        if self.mutable {
            Ok(())
        } else {
            Err(EngineError::read_only(format!("dataset {} is read-only (scan.mutable is false)", self.name)).into())
        }
    }
}

#[async_trait]
impl TableProvider for DatasetTable {
    fn schema(&self) -> SchemaRef {
        self.files.schema()
    }

    fn constraints(&self) -> Option<&Constraints> {
        self.files.constraints()
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn get_column_default(&self, column: &str) -> Option<&Expr> {
        self.files.get_column_default(column)
    }

    fn supports_filters_pushdown(&self, filters: &[&Expr]) -> DfResult<Vec<TableProviderFilterPushDown>> {
        // The copy applies no filters itself; promising the listing table's answer
        // (exact for partition columns) would drop the filter from the plan.
        if self.copy.is_some() {
            return Ok(vec![TableProviderFilterPushDown::Unsupported; filters.len()]);
        }
        self.files.supports_filters_pushdown(filters)
    }

    fn statistics(&self) -> Option<Statistics> {
        if self.copy.is_some() { None } else { self.files.statistics() }
    }

    async fn scan(
        &self,
        state: &dyn CatalogSession,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        let scoped = self.scoped(state)?;
        let state = scoped.as_ref().map(|s| s as &dyn CatalogSession).unwrap_or(state);
        self.serving(state).await?.scan(state, projection, filters, limit).await
    }

    async fn scan_with_args<'a>(&self, state: &dyn CatalogSession, args: ScanArgs<'a>) -> DfResult<ScanResult> {
        let scoped = self.scoped(state)?;
        let state = scoped.as_ref().map(|s| s as &dyn CatalogSession).unwrap_or(state);
        self.serving(state).await?.scan_with_args(state, args).await
    }

    async fn insert_into(
        &self,
        state: &dyn CatalogSession,
        input: Arc<dyn ExecutionPlan>,
        insert_op: InsertOp,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.check_mutable()?;
        let scoped = self.scoped(state)?;
        let state = scoped.as_ref().map(|s| s as &dyn CatalogSession).unwrap_or(state);
        let plan = self.files.insert_into(state, input, insert_op).await?;
        // The rows go to new files. A scan from now on reloads the copy, and so does the
        // first scan after the insert has finished: a scan while it writes may load a copy
        // (and a file list, which DataFusion forgets only when the insert is planned)
        // without them.
        self.generation.fetch_add(1, Ordering::AcqRel);
        let paths = self.files.downcast_ref::<ListingTable>().map(|l| l.table_paths().clone()).unwrap_or_default();
        Ok(Arc::new(MarkStaleWhenDone { input: plan, generation: Arc::clone(&self.generation), paths }))
    }

    async fn delete_from(&self, state: &dyn CatalogSession, filters: Vec<Expr>) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.check_mutable()?;
        self.files.delete_from(state, filters).await
    }

    async fn update(
        &self,
        state: &dyn CatalogSession,
        assignments: Vec<(String, Expr)>,
        filters: Vec<Expr>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.check_mutable()?;
        self.files.update(state, assignments, filters).await
    }

    async fn truncate(&self, state: &dyn CatalogSession) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.check_mutable()?;
        self.files.truncate(state).await
    }
}

/// An INSERT's plan that, once its output ends, bumps its dataset's generation (so a
/// cached copy is reloaded) and drops the listed files of its paths from the session's
/// list-files cache (so the next scan lists the new files).
#[derive(Debug)]
struct MarkStaleWhenDone {
    input: Arc<dyn ExecutionPlan>,
    generation: Arc<AtomicU64>,
    paths: Vec<ListingTableUrl>,
}

impl DisplayAs for MarkStaleWhenDone {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "MarkStaleWhenDone")
    }
}

impl ExecutionPlan for MarkStaleWhenDone {
    fn name(&self) -> &str {
        "MarkStaleWhenDone"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        self.input.properties()
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![&self.input]
    }

    // A pass-through: the optimizer must not repartition the insert's count below it.
    fn benefits_from_input_partitioning(&self) -> Vec<bool> {
        vec![false]
    }

    fn maintains_input_order(&self) -> Vec<bool> {
        vec![true]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> DfResult<TreeNodeRecursion>,
    ) -> DfResult<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    #[allow(deprecated)]
    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> DfResult<Arc<dyn ExecutionPlan>> {
        let [input] = <[_; 1]>::try_from(children)
            .map_err(|_| DataFusionError::Internal("MarkStaleWhenDone takes one child".into()))?;
        Ok(Arc::new(MarkStaleWhenDone { input, generation: Arc::clone(&self.generation), paths: self.paths.clone() }))
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> DfResult<SendableRecordBatchStream> {
        let runtime = context.runtime_env();
        let stream = self.input.execute(partition, context)?;
        let schema = stream.schema();
        let generation = Arc::clone(&self.generation);
        let paths = self.paths.clone();
        let done = futures::stream::once(async move {
            if let Some(listed) = runtime.cache_manager.get_list_files_cache() {
                for p in &paths {
                    let _ = listed.remove(&TableScopedPath { table: p.get_table_ref().clone(), path: p.prefix().clone() });
                }
            }
            generation.fetch_add(1, Ordering::AcqRel);
            None
        });
        let batches = stream.map(Some).chain(done).filter_map(futures::future::ready);
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, batches)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn ty(s: &str) -> DataType {
        DataType::from_str(s).expect("type parses")
    }

    #[test]
    fn views_and_nested_names_are_not_drift() {
        assert_eq!(reading_form(&ty("Utf8View")), reading_form(&ty("Utf8")));
        let a = DataType::List(Arc::new(Field::new("element", DataType::Utf8View, false)));
        let b = DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
        assert_eq!(reading_form(&a), reading_form(&b));
        assert_ne!(reading_form(&ty("Int32")), reading_form(&ty("Int64")));
    }

    #[test]
    fn arrow_typeof_text_parses_for_nested_types() {
        let map = DataType::Map(
            Arc::new(Field::new(
                "entries",
                DataType::Struct(Fields::from(vec![
                    Field::new("key", DataType::Utf8, false),
                    Field::new("value", DataType::Int64, true),
                ])),
                false,
            )),
            false,
        );
        assert_eq!(ty(&map.to_string()), map);
        let st = DataType::Struct(Fields::from(vec![Field::new("a", DataType::Int32, true)]));
        assert_eq!(ty(&st.to_string()), st);
    }
}

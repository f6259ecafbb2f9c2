//! A contract dataset's files, one by one: which files a location holds, each file's own
//! schema (its footer or header, not a merge of all files), each file's partition values
//! parsed as the declared types, and the judgement of every file against the contract
//! ([`evolution::judge`]).
//!
//! It also holds [`EvolvingFiles`], the table that reads CSV, JSON and Arrow files whose
//! shapes differ: those readers apply one schema to every file they read, so each group of
//! same-shaped files gets its own scan, projected onto the contract by the adapter.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::{DataType, FieldRef, Schema, SchemaRef};
use datafusion::catalog::{Session as CatalogSession, TableProvider};
use datafusion::common::{project_schema, ScalarValue};
use datafusion::datasource::file_format::FileFormat;
use datafusion::datasource::listing::{ListingTableUrl, PartitionedFile};
use datafusion::datasource::physical_plan::{FileGroup, FileScanConfigBuilder};
use datafusion::datasource::TableType;
use datafusion::error::Result as DfResult;
use datafusion::execution::context::SessionState;
use datafusion::execution::object_store::ObjectStoreUrl;
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{Expr, TableProviderFilterPushDown};
use datafusion::physical_expr::expressions::{CastExpr, Column};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_expr_adapter::PhysicalExprAdapterFactory;
use datafusion::physical_plan::empty::EmptyExec;
use datafusion::physical_plan::projection::ProjectionExec;
use datafusion::physical_plan::union::UnionExec;
use datafusion::physical_plan::ExecutionPlan;
use futures::{StreamExt, TryStreamExt};
use datafusion::object_store::ObjectMeta;

use super::evolution::{self, ContractAdapterFactory, Conversion, FilePlan};
use super::DatasetSpec;
use crate::errors::{state, EngineError, Result};

/// One file of a dataset, read on its own.
#[derive(Debug, Clone)]
pub(super) struct DatasetFile {
    pub meta: ObjectMeta,
    pub schema: SchemaRef,
    pub partition_values: Vec<ScalarValue>,
}

/// Lists the dataset's files (path order) and reads each one's schema and partition values.
pub(super) async fn read_files(
    spec: &DatasetSpec,
    state: &SessionState,
    url: &ListingTableUrl,
    format: &Arc<dyn FileFormat>,
    extension: &str,
) -> Result<Vec<DatasetFile>> {
    let store = state.runtime_env().object_store(url)?;
    let mut metas: Vec<ObjectMeta> = url
        .list_all_files(state, store.as_ref(), extension)
        .await?
        .try_filter(|m| futures::future::ready(m.size > 0))
        .try_collect()
        .await?;
    metas.sort_by(|a, b| a.location.cmp(&b.location));
    let partition_types = partition_types(spec)?;
    let concurrency = usize::from(state.config_options().execution.meta_fetch_concurrency);
    let schemas: Vec<SchemaRef> = futures::stream::iter(metas.iter().cloned())
        .map(|meta| {
            let store = Arc::clone(&store);
            let format = Arc::clone(format);
            async move {
                format.infer_schema(state, &store, std::slice::from_ref(&meta)).await.map_err(|e| {
                    EngineError::from(e).context(format_args!("file {} cannot be read", meta.location))
                })
            }
        })
        .buffered(concurrency)
        .try_collect()
        .await?;
    metas
        .into_iter()
        .zip(schemas)
        .map(|(meta, schema)| {
            let partition_values = partition_values(spec, url, &meta, &partition_types)?;
            Ok(DatasetFile { meta, schema, partition_values })
        })
        .collect()
}

fn partition_types(spec: &DatasetSpec) -> Result<Vec<(String, DataType)>> {
    spec.partition_columns
        .iter()
        .map(|p| {
            let field = spec.columns.iter().find(|f| f.name() == p).ok_or_else(|| {
                EngineError::new(state::INVALID_PARAMETER_VALUE, format!("partition column '{p}' is not declared"))
            })?;
            Ok((p.clone(), field.data_type().clone()))
        })
        .collect()
}

/// The file's `key=value` folder values as the declared types; a value that does not parse
/// (or a folder missing a level) is an error naming the path.
fn partition_values(
    spec: &DatasetSpec,
    url: &ListingTableUrl,
    meta: &ObjectMeta,
    types: &[(String, DataType)],
) -> Result<Vec<ScalarValue>> {
    if types.is_empty() {
        return Ok(vec![]);
    }
    let names = types.iter().map(|(n, _)| n.as_str());
    let Some(values) = datafusion::datasource::listing::helpers::parse_partitions_for_path(url, &meta.location, names)
    else {
        return Err(EngineError::new(
            state::INVALID_PARTITION,
            format!(
                "file {} of dataset {} is not under the declared partition folders {}",
                meta.location,
                spec.table,
                types.iter().map(|(n, _)| format!("{n}=...")).collect::<Vec<_>>().join("/")
            ),
        ));
    };
    values
        .into_iter()
        .zip(types)
        .map(|(value, (name, data_type))| {
            ScalarValue::try_from_string(value.to_string(), data_type).map_err(|_| {
                EngineError::new(
                    state::INVALID_PARTITION,
                    format!(
                        "partition value '{value}' of column '{name}' in path {} of dataset {} is not a valid {data_type}",
                        meta.location, spec.table
                    ),
                )
            })
        })
        .collect()
}

/// Every file judged against the contract's file columns, each distinct shape once; the
/// first refused file (path order) fails with every problem it has.
pub(super) fn judge_files(
    spec: &DatasetSpec,
    adapter: &ContractAdapterFactory,
    files: &[DatasetFile],
) -> Result<Vec<(usize, FilePlan)>> {
    let contract = Schema::new(spec.file_columns().to_vec());
    let mut shapes: Vec<(SchemaRef, FilePlan)> = Vec::new();
    let mut plans = Vec::with_capacity(files.len());
    for file in files {
        let known = shapes.iter().position(|(s, _)| s.fields() == file.schema.fields());
        let shape = match known {
            Some(i) => i,
            None => {
                let plan = evolution::judge(
                    &adapter.rules,
                    &adapter.defaults,
                    &contract,
                    &file.schema,
                    adapter.nullability_recorded,
                )
                .map_err(|problems| {
                    EngineError::schema_drift(format!(
                        "schema drift in dataset {} ({} mode), file {}: {}",
                        spec.table,
                        mode_name(adapter.rules.mode),
                        file.meta.location,
                        problems.join("; ")
                    ))
                })?;
                shapes.push((Arc::clone(&file.schema), plan));
                shapes.len() - 1
            }
        };
        plans.push((shape, shapes[shape].1.clone()));
    }
    Ok(plans)
}

fn mode_name(mode: evolution::Mode) -> &'static str {
    match mode {
        evolution::Mode::Strict => "strict",
        evolution::Mode::Compatible => "compatible",
        evolution::Mode::Lenient => "lenient",
    }
}

/// The conversions of every file, for `dfschema.adapter_events`.
pub(super) fn conversions(files: &[DatasetFile], plans: &[(usize, FilePlan)]) -> Vec<(String, Conversion)> {
    files
        .iter()
        .zip(plans)
        .flat_map(|(f, (_, plan))| plan.conversions.iter().map(move |c| (f.meta.location.to_string(), c.clone())))
        .collect()
}

// ------------------------------------------------------------------ the grouped table

/// Files of one shape: read with that shape, then projected onto the contract.
#[derive(Debug)]
struct ShapeGroup {
    file_schema: SchemaRef,
    files: Vec<PartitionedFile>,
}

/// A CSV, JSON or Arrow dataset whose files do not all have the contract's shape.
pub(super) struct EvolvingFiles {
    /// The contract's columns, partition columns last.
    schema: SchemaRef,
    partition_fields: Vec<FieldRef>,
    format: Arc<dyn FileFormat>,
    store: ObjectStoreUrl,
    groups: Vec<ShapeGroup>,
    adapter: Arc<ContractAdapterFactory>,
    name: String,
}

impl fmt::Debug for EvolvingFiles {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EvolvingFiles").field("shapes", &self.groups.len()).finish()
    }
}

impl EvolvingFiles {
    pub(super) fn new(
        spec: &DatasetSpec,
        url: &ListingTableUrl,
        format: Arc<dyn FileFormat>,
        files: Vec<DatasetFile>,
        plans: &[(usize, FilePlan)],
        adapter: Arc<ContractAdapterFactory>,
    ) -> Self {
        let schema = Arc::new(Schema::new(spec.columns.clone()));
        let file_count = spec.file_columns().len();
        let partition_fields: Vec<FieldRef> = schema.fields().iter().skip(file_count).cloned().collect();
        let mut by_shape: HashMap<usize, ShapeGroup> = HashMap::new();
        let mut order = Vec::new();
        for (file, (shape, plan)) in files.into_iter().zip(plans) {
            let group = by_shape.entry(*shape).or_insert_with(|| {
                order.push(*shape);
                let file_schema = if adapter.nullability_recorded {
                    Arc::clone(&file.schema)
                } else {
                    contract_nullability(&file.schema, plan)
                };
                ShapeGroup { file_schema, files: Vec::new() }
            });
            let mut pf = PartitionedFile::from(file.meta);
            pf.partition_values = file.partition_values;
            group.files.push(pf);
        }
        let groups = order.into_iter().filter_map(|s| by_shape.remove(&s)).collect();
        EvolvingFiles {
            schema,
            partition_fields,
            format,
            store: url.object_store(),
            groups,
            adapter,
            name: spec.table.to_string(),
        }
    }

    /// One group's scan projected onto the contract's columns `indices`.
    async fn scan_group(
        &self,
        state: &dyn CatalogSession,
        group: &ShapeGroup,
        indices: &[usize],
        limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        let table_schema = datafusion::datasource::table_schema::TableSchema::builder(Arc::clone(&group.file_schema))
            .with_table_partition_cols(self.partition_fields.clone())
            .build();
        let source = self.format.file_source(table_schema);
        let target = state.config().target_partitions().max(1);
        let chunk = group.files.len().div_ceil(target).max(1);
        let file_groups: Vec<FileGroup> = group.files.chunks(chunk).map(|c| FileGroup::new(c.to_vec())).collect();
        let config = FileScanConfigBuilder::new(self.store.clone(), source)
            .with_file_groups(file_groups)
            .with_limit(limit)
            .build();
        let scan = self.format.create_physical_plan(state, config).await?;
        let physical = scan.schema();
        let adapter = self.adapter.create(Arc::clone(&self.schema), Arc::clone(&physical))?;
        let mut exprs: Vec<(Arc<dyn PhysicalExpr>, String)> = Vec::with_capacity(indices.len());
        for &i in indices {
            let field = self.schema.field(i);
            let mut expr = adapter.rewrite(Arc::new(Column::new(field.name(), i)))?;
            // Every group must yield exactly the contract's types, or the union would not line up.
            if expr.data_type(&physical)? != *field.data_type() {
                expr = Arc::new(CastExpr::new(expr, field.data_type().clone(), None));
            }
            exprs.push((expr, field.name().clone()));
        }
        Ok(Arc::new(ProjectionExec::try_new(exprs, scan)?))
    }
}

/// A CSV or JSON file's inferred schema (every column nullable: those formats record no
/// nullability) with the contract's NOT NULL put on the columns that feed a NOT NULL
/// contract column. The scan then has the contract's nullability, which the plans made
/// for the declared columns rely on, and a file with a null there fails when read, as
/// it does in a dataset whose files all have the contract's shape.
fn contract_nullability(file: &SchemaRef, plan: &FilePlan) -> SchemaRef {
    let required: Vec<&str> = plan
        .sources()
        .filter(|(field, _)| !field.is_nullable())
        .filter_map(|(_, source)| match source {
            evolution::Source::File(name) => Some(name.as_str()),
            evolution::Source::Value(_) => None,
        })
        .collect();
    if required.is_empty() {
        return Arc::clone(file);
    }
    let fields: Vec<FieldRef> = file
        .fields()
        .iter()
        .map(|f| if required.contains(&f.name().as_str()) { Arc::new(f.as_ref().clone().with_nullable(false)) } else { Arc::clone(f) })
        .collect();
    Arc::new(Schema::new_with_metadata(fields, file.metadata().clone()))
}

#[async_trait]
impl TableProvider for EvolvingFiles {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(&self, filters: &[&Expr]) -> DfResult<Vec<TableProviderFilterPushDown>> {
        Ok(vec![TableProviderFilterPushDown::Unsupported; filters.len()])
    }

    async fn scan(
        &self,
        state: &dyn CatalogSession,
        projection: Option<&Vec<usize>>,
        _filters: &[Expr],
        limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        let indices: Vec<usize> = match projection {
            Some(p) => p.clone(),
            None => (0..self.schema.fields().len()).collect(),
        };
        let mut plans = Vec::with_capacity(self.groups.len());
        for group in &self.groups {
            plans.push(self.scan_group(state, group, &indices, limit).await?);
        }
        if plans.is_empty() {
            return Ok(Arc::new(EmptyExec::new(project_schema(&self.schema, projection)?)));
        }
        UnionExec::try_new(plans)
    }

    /// The file list is fixed when the dataset is built, so rows written now would not be
    /// read back in this session: refused rather than lost from view.
    async fn insert_into(
        &self,
        _state: &dyn CatalogSession,
        _input: Arc<dyn ExecutionPlan>,
        _insert_op: InsertOp,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        Err(EngineError::new(
            state::NOT_SUPPORTED,
            format!("dataset {} has files of other shapes than its contract; INSERT into it is not supported", self.name),
        )
        .into())
    }
}

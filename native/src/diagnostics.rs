//! Append-only tables: tables the driver fills from Java (diagnostics such as query
//! logs) and SQL can read but not change.
//!
//! Rows arrive as newline-separated JSON objects, decoded with the table's schema by
//! arrow-json, and are appended as record batches. A scan serves a snapshot of the
//! batches appended so far, so a query never sees a half-finished append.

use std::io::Cursor;
use std::sync::{Arc, PoisonError, RwLock};

use async_trait::async_trait;
use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::datatypes::{Field, Schema, SchemaRef};
use datafusion::arrow::json::ReaderBuilder;
use datafusion::catalog::{Session as CatalogSession, TableProvider};
use datafusion::common::DFSchemaRef;
use datafusion::datasource::memory::MemorySourceConfig;
use datafusion::error::Result as DfResult;
use datafusion::logical_expr::dml::{InsertOp, MergeIntoClause};
use datafusion::logical_expr::{Expr, TableType};
use datafusion::physical_plan::ExecutionPlan;

use crate::catalog::{contract_schema, lookup_table, mount_set, DatasetSet, TableName};
use crate::errors::{EngineError, Result};
use crate::runtime::run;
use crate::session::Session;
use crate::stats;

/// A table whose rows only ever grow, and only through [`append_json_rows`].
#[derive(Debug)]
pub struct AppendOnlyTable {
    name: String,
    schema: SchemaRef,
    batches: RwLock<Vec<RecordBatch>>,
}

impl AppendOnlyTable {
    fn new(name: String, schema: SchemaRef) -> Self {
        stats::CATALOG_OBJECTS.inc();
        AppendOnlyTable { name, schema, batches: RwLock::new(Vec::new()) }
    }

    fn append(&self, mut batches: Vec<RecordBatch>) {
        self.batches.write().unwrap_or_else(PoisonError::into_inner).append(&mut batches);
    }

    fn refuse<T>(&self, what: &str) -> DfResult<T> {
        Err(EngineError::read_only(format!("table {} is append-only: {what} is not allowed", self.name)).into())
    }
}

impl Drop for AppendOnlyTable {
    fn drop(&mut self) {
        stats::CATALOG_OBJECTS.dec();
    }
}

#[async_trait]
impl TableProvider for AppendOnlyTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    async fn scan(
        &self,
        _state: &dyn CatalogSession,
        projection: Option<&Vec<usize>>,
        _filters: &[Expr],
        _limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        // Batches are immutable and reference-counted: the snapshot copies pointers only.
        let snapshot = self.batches.read().unwrap_or_else(PoisonError::into_inner).clone();
        Ok(MemorySourceConfig::try_new_exec(&[snapshot], self.schema(), projection.cloned())?)
    }

    async fn insert_into(
        &self,
        _state: &dyn CatalogSession,
        _input: Arc<dyn ExecutionPlan>,
        _insert_op: InsertOp,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.refuse("INSERT")
    }

    async fn delete_from(&self, _state: &dyn CatalogSession, _filters: Vec<Expr>) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.refuse("DELETE")
    }

    async fn update(
        &self,
        _state: &dyn CatalogSession,
        _assignments: Vec<(String, Expr)>,
        _filters: Vec<Expr>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.refuse("UPDATE")
    }

    async fn truncate(&self, _state: &dyn CatalogSession) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.refuse("TRUNCATE")
    }

    async fn merge_into(
        &self,
        _state: &dyn CatalogSession,
        _source: Arc<dyn ExecutionPlan>,
        _merge_schema: DFSchemaRef,
        _on: Expr,
        _clauses: Vec<MergeIntoClause>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.refuse("MERGE")
    }
}

/// Creates an empty append-only table; the catalog and schema are created when missing.
pub fn create_append_only_table(session: &Session, name: &TableName, columns: Vec<Field>) -> Result<()> {
    let table = Arc::new(AppendOnlyTable::new(name.to_string(), Arc::new(Schema::new(columns))));
    contract_schema(session, &name.catalog, &name.schema)?.add_undroppable_table(name, table)
}

/// Runs `f` on the append-only table called `name`, or says it is not one.
fn with_append_only<R>(session: &Session, name: &TableName, f: impl FnOnce(&AppendOnlyTable) -> Result<R>) -> Result<R> {
    let table = lookup_table(session, name)?;
    match table.downcast_ref::<AppendOnlyTable>() {
        Some(table) => f(table),
        None => Err(EngineError::read_only(format!("table {name} is not an append-only table"))),
    }
}

/// Mounts `set` into the session and appends the diagnostic rows it carries, stamped
/// with `millis` (the time of this mount).
pub fn mount_with_rows(session: &Session, set: &DatasetSet, millis: i64) -> Result<()> {
    mount_set(session, set)?;
    let Some(name) = set.rows_table() else {
        return Ok(());
    };
    with_append_only(session, &name, |table| {
        table.append(set.rows_for(table.schema(), millis)?);
        Ok(())
    })
}

/// Decodes `json_lines` with the table's schema and appends the rows; all or nothing.
pub fn append_json_rows(session: &Session, name: &TableName, json_lines: String) -> Result<()> {
    with_append_only(session, name, |table| {
        // Strict: a key that is not a column is a mistake, not something to drop silently.
        // Decoded on an engine thread: nesting depth follows the table's types.
        let schema = table.schema();
        let batches = run(async move {
            let reader = ReaderBuilder::new(schema).with_strict_mode(true).build(Cursor::new(json_lines))?;
            Ok(reader.collect::<std::result::Result<Vec<_>, _>>()?)
        })?;
        table.append(batches);
        Ok(())
    })
}

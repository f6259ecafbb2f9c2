//! A lazy dataset as metadata sees it: its declared schema, and nothing read until a plan
//! actually scans or changes it.
//!
//! DataFusion's information_schema (columns, views) and its SQL planner both fetch tables
//! through `SchemaProvider::table`, and all they need from a table with declared columns
//! is its schema. Handing them a [`DeferredTable`] means browsing a catalog (JDBC
//! getColumns, `SELECT ... FROM information_schema.columns`, `CREATE VIEW` over a dataset)
//! builds nothing, and a dataset whose files are broken is still listed with its columns.
//! The build happens when a query's physical plan is made; its failure fails that query,
//! with the build's own SQLState, and is recorded as every build attempt is.
//!
//! The declared columns are what the built table has (partition columns are declared last,
//! in order, see `DatasetSpec::check_shape`); a build whose table has another schema is
//! refused rather than scanned under a plan made for the declared one.

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::{ScanArgs, ScanResult, Session as CatalogSession, TableProvider};
use datafusion::common::Statistics;
use datafusion::error::Result as DfResult;
use datafusion::logical_expr::dml::InsertOp;
use datafusion::logical_expr::{Expr, TableProviderFilterPushDown, TableType};
use datafusion::physical_plan::ExecutionPlan;

use super::LazyDataset;
use crate::errors::{state, EngineError};

/// A lazy dataset with declared columns, answering with them until it is built.
pub(super) struct DeferredTable {
    dataset: Arc<LazyDataset>,
}

impl fmt::Debug for DeferredTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeferredTable").field("dataset", &self.dataset).finish()
    }
}

impl DeferredTable {
    pub(super) fn new(dataset: Arc<LazyDataset>) -> Self {
        DeferredTable { dataset }
    }

    pub(super) fn dataset(&self) -> &LazyDataset {
        &self.dataset
    }

    /// The built table, building it now; refused when its schema is not the declared one.
    pub(super) async fn built(&self) -> DfResult<Arc<dyn TableProvider>> {
        let table = self.dataset.table().await?;
        let declared = self.dataset.declared_schema();
        // Names and types: what a plan made for the declared columns relies on.
        let same = |a: &SchemaRef, b: &SchemaRef| {
            a.fields().len() == b.fields().len()
                && a.fields().iter().zip(b.fields()).all(|(x, y)| x.name() == y.name() && x.data_type() == y.data_type())
        };
        if !same(&table.schema(), declared) {
            return Err(EngineError::new(
                state::INTERNAL,
                format!(
                    "dataset {} was planned with its declared columns ({}) but was built with ({})",
                    self.dataset.spec.table,
                    super::dataset::describe(declared),
                    super::dataset::describe(&table.schema())
                ),
            )
            .into());
        }
        Ok(table)
    }
}

#[async_trait]
impl TableProvider for DeferredTable {
    fn schema(&self) -> SchemaRef {
        self.dataset.declared_schema().clone()
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(&self, filters: &[&Expr]) -> DfResult<Vec<TableProviderFilterPushDown>> {
        // Before the build we cannot know what the table evaluates exactly (a listing table
        // does partition filters, a cached copy none); Inexact keeps every filter in the plan
        // and still hands it to the scan for pruning.
        match self.dataset.built() {
            Some(table) => table.supports_filters_pushdown(filters),
            None => Ok(vec![TableProviderFilterPushDown::Inexact; filters.len()]),
        }
    }

    fn statistics(&self) -> Option<Statistics> {
        self.dataset.built().and_then(|t| t.statistics())
    }

    async fn scan(
        &self,
        state: &dyn CatalogSession,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.built().await?.scan(state, projection, filters, limit).await
    }

    async fn scan_with_args<'a>(&self, state: &dyn CatalogSession, args: ScanArgs<'a>) -> DfResult<ScanResult> {
        self.built().await?.scan_with_args(state, args).await
    }

    async fn insert_into(
        &self,
        state: &dyn CatalogSession,
        input: Arc<dyn ExecutionPlan>,
        insert_op: InsertOp,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.built().await?.insert_into(state, input, insert_op).await
    }

    async fn delete_from(&self, state: &dyn CatalogSession, filters: Vec<Expr>) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.built().await?.delete_from(state, filters).await
    }

    async fn update(
        &self,
        state: &dyn CatalogSession,
        assignments: Vec<(String, Expr)>,
        filters: Vec<Expr>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.built().await?.update(state, assignments, filters).await
    }

    async fn truncate(&self, state: &dyn CatalogSession) -> DfResult<Arc<dyn ExecutionPlan>> {
        self.built().await?.truncate(state).await
    }
}

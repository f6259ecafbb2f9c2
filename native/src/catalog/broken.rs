//! A contract view that failed its check, kept in the catalog with its declared columns.
//!
//! A view whose SQL does not plan, or whose output differs from its declared columns, must
//! not take the rest of the catalog down with it: a database tool browsing the catalog
//! still lists it (information_schema.tables and columns, JDBC getTables/getColumns) with
//! the columns its contract promises, and only a query that reads it fails, with 42P17 and
//! the reason the check recorded in `dfschema.view_checks`.

use std::sync::Arc;

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::{Session as CatalogSession, TableProvider};
use datafusion::error::Result as DfResult;
use datafusion::logical_expr::{Expr, TableType};
use datafusion::physical_plan::ExecutionPlan;

use crate::errors::{state, EngineError};

/// Stands in for a view that failed its check; planning any read of it fails.
#[derive(Debug)]
pub(super) struct BrokenView {
    pub(super) schema: SchemaRef,
    pub(super) reason: String,
    pub(super) definition: Option<String>,
}

#[async_trait]
impl TableProvider for BrokenView {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    fn table_type(&self) -> TableType {
        TableType::View
    }

    /// The view's SQL, so information_schema.views still shows what was declared.
    fn get_table_definition(&self) -> Option<&str> {
        self.definition.as_deref()
    }

    async fn scan(
        &self,
        _state: &dyn CatalogSession,
        _projection: Option<&Vec<usize>>,
        _filters: &[Expr],
        _limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        Err(EngineError::new(state::INVALID_VIEW, self.reason.clone()).into())
    }
}

//! Planning and execution: SQL text → [`Plan`] (no side effects) → [`ResultStream`].
//!
//! Planning and running are separate so that a JDBC `PreparedStatement` can report its
//! result and parameter metadata before it runs, and run many times with new values.

use std::collections::VecDeque;
use std::sync::Arc;

use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::datatypes::{Field, Schema, SchemaRef};
use datafusion::common::Column;
use datafusion::error::Result as DfResult;
use datafusion::logical_expr::{lit, Expr, ExprSchemable, LogicalPlanBuilder};
use std::collections::HashMap;
use datafusion::common::ParamValues;
use datafusion::dataframe::DataFrame;
use datafusion::execution::SendableRecordBatchStream;
use datafusion::common::DFSchema;
use datafusion::execution::context::SessionState;
use datafusion::logical_expr::{DdlStatement, DropTable, LogicalPlan, Statement};
use datafusion::sql::parser::Statement as DFStatement;
use datafusion::sql::planner::object_name_to_table_reference;
use datafusion::sql::sqlparser::ast::{ObjectType, Statement as SQLStatement};
use futures::StreamExt;

use crate::catalog::evolution;
use crate::errors::{EngineError, Result};
use crate::runtime::{on_engine_thread, run_cancellable, CancelToken};
use crate::session::Session;
use crate::stats;

/// `DROP TABLE name` planned without looking the table up; None for any other statement.
///
/// DataFusion's planner first fetches every table a statement names, which for a lazily
/// registered dataset means building it: a dataset whose files are broken or missing
/// could then never be dropped. Dropping needs only the name.
fn drop_table_plan(state: &SessionState, sql: &str) -> Option<Result<LogicalPlan>> {
    let starts_with_drop = sql.trim_start().get(..4).is_some_and(|w| w.eq_ignore_ascii_case("drop"));
    if !starts_with_drop {
        return None;
    }
    let options = &state.config_options().sql_parser;
    // A statement that does not parse takes the ordinary path, which reports the error.
    let DFStatement::Statement(statement) = state.sql_to_statement(sql, &options.dialect).ok()? else {
        return None;
    };
    let SQLStatement::Drop { object_type: ObjectType::Table, if_exists, names, cascade: false, purge: false, temporary: false, table: None, .. } =
        *statement
    else {
        return None;
    };
    let [name] = names.as_slice() else {
        return None;
    };
    let plan = object_name_to_table_reference(name.clone(), options.enable_ident_normalization).map(|name| {
        LogicalPlan::Ddl(DdlStatement::DropTable(DropTable { name, if_exists, schema: Arc::new(DFSchema::empty()) }))
    });
    Some(plan.map_err(EngineError::from))
}

/// What executing a plan yields; ids match `io.dfschema.engine.PlanKind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanKind {
    Query = 0,
    UpdateCount = 1,
    Effect = 2,
}

/// A planned statement. The plan sits behind an `Arc` so that cloning, walking and
/// rewriting it (all recursive over expression depth) happen on engine threads.
pub struct Plan {
    plan: Arc<LogicalPlan>,
    writes: bool,
}

impl Plan {
    pub fn create(session: &Session, sql: &str, token: &CancelToken) -> Result<Plan> {
        let state = session.ctx.state();
        let sql = sql.to_string();
        let runtime_fixed = session.runtime_fixed;
        let prepared = Arc::clone(&session.prepared_writes);
        let policy = session.policy.clone();
        let (plan, writes) = run_cancellable(token, async move {
            let plan = match drop_table_plan(&state, &sql) {
                Some(drop) => drop?,
                None => state.create_logical_plan(&sql).await?,
            };
            crate::policy::check_statement(&plan, runtime_fixed)?;
            if let Some(policy) = policy {
                policy.check_writes(&plan)?;
            }
            // Walking the plan recurses over its depth, so it happens here on an engine thread.
            prepared.note(&plan)?;
            let writes = prepared.writes(&plan)?;
            Ok((plan, writes))
        })?;
        stats::PLANS.inc();
        Ok(Plan { plan: Arc::new(plan), writes })
    }

    /// Whether running the plan may change data, the catalog or files, anywhere in it (a
    /// read-only connection refuses such plans even when they return rows).
    pub fn writes(&self) -> bool {
        self.writes
    }

    pub fn kind(&self) -> PlanKind {
        match self.plan.as_ref() {
            LogicalPlan::Dml(_) | LogicalPlan::Copy(_) => PlanKind::UpdateCount,
            LogicalPlan::Statement(Statement::Execute(_)) => PlanKind::Query,
            LogicalPlan::Ddl(_) | LogicalPlan::Statement(_) => PlanKind::Effect,
            _ => PlanKind::Query,
        }
    }

    /// This query with its output projected onto `requested` (a view's declared columns):
    /// columns matched by name, cast where `mode` allows (the evolution rules, as for a file),
    /// missing nullable ones NULL, extra ones dropped; anything else is refused with 42804,
    /// naming each column. The JDBC types then follow the declaration whatever the files hold.
    pub fn project_to(&self, requested: &[Field], mode: evolution::Mode) -> Result<Plan> {
        if self.kind() != PlanKind::Query {
            return Err(EngineError::new(
                crate::errors::state::NOT_SUPPORTED,
                "a requested result schema applies to queries only",
            ));
        }
        let output = self.schema();
        let wanted = Schema::new(requested.to_vec());
        let rules = evolution::Rules { mode, ..evolution::Rules::default() };
        let plan = evolution::judge(&rules, &HashMap::new(), &wanted, &output, false).map_err(|problems| {
            EngineError::schema_drift(format!(
                "the query's result does not fit the requested schema: {}",
                problems.join("; ").replace("the file", "the result")
            ))
        })?;
        let input = Arc::clone(&self.plan);
        let df_schema = self.plan.schema().as_ref();
        let exprs: Vec<Expr> = plan
            .sources()
            .map(|(field, source)| {
                let value = match source {
                    evolution::Source::File(name) => {
                        let index = output.index_of(name)?;
                        Expr::Column(Column::from(df_schema.qualified_field(index)))
                    }
                    evolution::Source::Value(v) => lit(v.clone()),
                };
                let value = if value.get_type(df_schema)? == *field.data_type() {
                    value
                } else {
                    value.cast_to(field.data_type(), df_schema)?
                };
                Ok(value.alias(field.name()))
            })
            .collect::<DfResult<_>>()?;
        let projected = on_engine_thread(move || LogicalPlanBuilder::from(input.as_ref().clone()).project(exprs)?.build())??;
        stats::PLANS.inc();
        // A projection over a query writes what the query writes.
        Ok(Plan { plan: Arc::new(projected), writes: self.writes })
    }

    /// Output schema; statements that yield nothing have an empty schema.
    pub fn schema(&self) -> SchemaRef {
        Arc::clone(self.plan.schema().inner())
    }

    /// Placeholder types ordered $1, $2, ...; `None` where the planner could not infer one.
    pub fn parameter_types(&self) -> Result<Vec<(String, Option<datafusion::arrow::datatypes::DataType>)>> {
        let plan = Arc::clone(&self.plan);
        let types = on_engine_thread(move || plan.get_parameter_types())??;
        let mut params: Vec<_> = types.into_iter().collect();
        params.sort_by_key(|(name, _)| placeholder_index(name));
        Ok(params)
    }

    pub fn execute(
        &self,
        session: &Session,
        params: Option<ParamValues>,
        token: Arc<CancelToken>,
        batch_size: usize,
    ) -> Result<ResultStream> {
        let done_already = match self.plan.as_ref() {
            // DataFusion has no transactions; BEGIN/COMMIT/ROLLBACK from tools are no-ops,
            // as the connection's auto-commit contract documents.
            plan if is_transaction_control(plan) => true,
            LogicalPlan::Ddl(DdlStatement::DropTable(drop)) => crate::catalog::drop_by_name(session, &drop.name)?,
            _ => false,
        };
        if done_already {
            let schema = Arc::new(datafusion::arrow::datatypes::Schema::empty());
            return Ok(ResultStream::new(None, schema, token, batch_size));
        }
        let ctx = session.ctx.clone();
        let plan = Arc::clone(&self.plan);
        let stream = run_cancellable(&token, async move {
            let plan = Arc::unwrap_or_clone(plan);
            let plan = match params {
                Some(values) => plan.with_param_values(values)?,
                None => plan,
            };
            let df = ctx.execute_logical_plan(plan).await?;
            let (mut state, plan) = df.into_parts();
            if batch_size > 0 {
                state.config_mut().options_mut().execution.batch_size =
                    datafusion::common::config::ConfigNonZeroUsize::try_new(batch_size)?;
            }
            let df = DataFrame::new(state, plan);
            Ok(df.execute_stream().await?)
        })?;
        let schema = stream.schema();
        Ok(ResultStream::new(Some(stream), schema, token, batch_size))
    }
}

impl Drop for Plan {
    fn drop(&mut self) {
        stats::PLANS.dec();
    }
}

fn is_transaction_control(plan: &LogicalPlan) -> bool {
    matches!(
        plan,
        LogicalPlan::Statement(Statement::TransactionStart(_)) | LogicalPlan::Statement(Statement::TransactionEnd(_))
    )
}

fn placeholder_index(name: &str) -> usize {
    name.trim_start_matches('$').parse().unwrap_or(usize::MAX)
}

/// A running query. Batches larger than the requested size are handed out in slices,
/// so the JDBC fetch size bounds what crosses JNI at once.
pub struct ResultStream {
    stream: Option<SendableRecordBatchStream>,
    schema: SchemaRef,
    token: Arc<CancelToken>,
    batch_size: usize,
    pending: VecDeque<RecordBatch>,
}

impl ResultStream {
    fn new(stream: Option<SendableRecordBatchStream>, schema: SchemaRef, token: Arc<CancelToken>, batch_size: usize) -> Self {
        stats::STREAMS.inc();
        ResultStream { stream, schema, token, batch_size, pending: VecDeque::new() }
    }

    pub fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    /// The next non-empty batch, or None at the end. Blocks in native code, but wakes
    /// up at once when the statement's token is cancelled.
    pub fn next(&mut self) -> Result<Option<RecordBatch>> {
        loop {
            if let Some(batch) = self.pending.pop_front() {
                return Ok(Some(batch));
            }
            let Some(mut stream) = self.stream.take() else {
                return Ok(None);
            };
            // The stream travels into the task and back, so it is polled (and, when
            // cancelled, dropped) on an engine thread.
            let next = run_cancellable(&self.token, async move {
                let item = stream.next().await;
                Ok((stream, item))
            });
            match next {
                // Cancelled or failed: the stream went down with the aborted task.
                Err(e) => return Err(e),
                Ok((stream, None)) => {
                    crate::runtime::drop_on_engine_thread(stream);
                    return Ok(None);
                }
                Ok((stream, Some(Err(e)))) => {
                    crate::runtime::drop_on_engine_thread(stream);
                    return Err(EngineError::from(e));
                }
                Ok((stream, Some(Ok(batch)))) => {
                    self.stream = Some(stream);
                    if batch.num_rows() == 0 {
                        continue;
                    }
                    self.split_into_pending(batch);
                }
            }
        }
    }

    fn split_into_pending(&mut self, batch: RecordBatch) {
        let rows = batch.num_rows();
        if self.batch_size == 0 || rows <= self.batch_size {
            self.pending.push_back(batch);
            return;
        }
        let mut offset = 0;
        while offset < rows {
            let len = self.batch_size.min(rows - offset);
            self.pending.push_back(batch.slice(offset, len));
            offset += len;
        }
    }
}

impl Drop for ResultStream {
    fn drop(&mut self) {
        stats::STREAMS.dec();
    }
}

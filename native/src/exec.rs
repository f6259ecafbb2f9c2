//! Planning and execution: SQL text → [`Plan`] (no side effects) → [`ResultStream`].
//!
//! Planning and running are separate so that a JDBC `PreparedStatement` can report its
//! result and parameter metadata before it runs, and run many times with new values.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::task::Poll;

use datafusion::arrow::array::RecordBatch;
use datafusion::arrow::datatypes::{Field, Schema, SchemaRef};
use datafusion::common::tree_node::{TreeNode, TreeNodeRecursion};
use datafusion::common::Column;
use datafusion::error::Result as DfResult;
use datafusion::logical_expr::{lit, Expr, ExprSchemable, LogicalPlanBuilder, Volatility};
use std::collections::HashMap;
use datafusion::common::ParamValues;
use datafusion::dataframe::DataFrame;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::physical_plan::execute_stream;
use datafusion::common::DFSchema;
use datafusion::execution::context::SessionState;
use datafusion::logical_expr::{DdlStatement, DropTable, LogicalPlan, Statement};
use datafusion::sql::parser::Statement as DFStatement;
use datafusion::sql::planner::object_name_to_table_reference;
use datafusion::sql::sqlparser::ast::{ObjectType, Statement as SQLStatement};
use futures::StreamExt;

use crate::catalog::evolution;
use crate::errors::{EngineError, Result};
use crate::policy::{AccessPolicy, PreparedWrites};
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

impl PlanKind {
    fn of(plan: &LogicalPlan) -> PlanKind {
        match plan {
            LogicalPlan::Dml(_) | LogicalPlan::Copy(_) => PlanKind::UpdateCount,
            LogicalPlan::Statement(Statement::Execute(_)) => PlanKind::Query,
            LogicalPlan::Ddl(_) | LogicalPlan::Statement(_) => PlanKind::Effect,
            _ => PlanKind::Query,
        }
    }
}

/// What planning takes from the session besides its state, and the checks it makes.
struct Planner {
    sql: String,
    runtime_fixed: bool,
    policy: Option<Arc<AccessPolicy>>,
    prepared: Arc<PreparedWrites>,
}

impl Planner {
    fn new(session: &Session, sql: &str) -> Planner {
        Planner {
            sql: sql.to_string(),
            runtime_fixed: session.runtime_fixed,
            policy: session.policy.clone(),
            prepared: Arc::clone(&session.prepared_writes),
        }
    }

    /// The plan and whether it writes; runs on an engine thread (see `runtime`).
    async fn plan(self, state: &SessionState) -> Result<(LogicalPlan, bool)> {
        let plan = match drop_table_plan(state, &self.sql) {
            Some(drop) => drop?,
            None => state.create_logical_plan(&self.sql).await?,
        };
        crate::policy::check_statement(&plan, self.runtime_fixed)?;
        if let Some(policy) = self.policy {
            policy.check_writes(&plan)?;
        }
        // Walking the plan recurses over its depth, so it happens here on an engine thread.
        self.prepared.note(&plan)?;
        let writes = self.prepared.writes(&plan)?;
        Ok((plan, writes))
    }
}

/// A planned statement. The plan sits behind an `Arc` so that cloning, walking and
/// rewriting it (all recursive over expression depth) happen on engine threads.
pub struct Plan {
    plan: Arc<LogicalPlan>,
    writes: bool,
    parameter_types: OnceLock<Vec<(String, Option<datafusion::arrow::datatypes::DataType>)>>,
    /// Made at the first run: what later runs reuse (a PreparedStatement runs its plan many times).
    reusable: Arc<OnceLock<Option<Reusable>>>,
}

/// What [`plan_and_start`] gave.
pub enum Planned {
    /// The plan, not run: to be run with [`Plan::execute`] after the caller's checks.
    Plan(Plan),
    /// A query it started.
    Started(ResultStream),
}

/// Plans `sql` and, when it is a query that `start_queries` allows and a `read_only` session may
/// run, starts it in the same engine task; anything else comes back unrun. One hand-off to an engine
/// thread instead of one to plan and one to execute, and one copy of the session state instead of
/// two: most of what a small statement costs (docs/benchmarks.md). A query whose text the session ran
/// last under the same `catalog_version` (the caller changes it at every DDL and SET) runs its
/// optimized plan again ([`LastQuery`]).
pub fn plan_and_start(
    session: &Session,
    sql: &str,
    token: Arc<CancelToken>,
    batch_size: usize,
    start_queries: bool,
    read_only: bool,
    catalog_version: u64,
) -> Result<(PlanKind, Planned)> {
    let key = (sql.to_string(), catalog_version, batch_size);
    if let Some(reusable) = session.last_query.get(&key).filter(|_| start_queries) {
        // Only queries that do not write are kept, so read_only allows it.
        let pulled = run_cancellable(&token, async move { Ok(pull(reusable.start(None).await?, false).await) })?;
        return Ok((PlanKind::Query, Planned::Started(ResultStream::new(pulled, token, batch_size))));
    }
    let state = session.ctx.state();
    let planner = Planner::new(session, sql);
    let last_query = Arc::clone(&session.last_query);
    let outcome = run_cancellable(&token, async move {
        let (plan, writes) = planner.plan(&state).await?;
        let kind = PlanKind::of(&plan);
        // Statements, EXECUTE included, run through SessionContext (Plan::execute), not as a DataFrame.
        let startable = kind == PlanKind::Query && !matches!(plan, LogicalPlan::Statement(_));
        if !(startable && start_queries && !(read_only && writes)) {
            return Ok((kind, Err((plan, writes))));
        }
        let state = with_batch_size(state, batch_size)?;
        let stream = if Reusable::allowed(&plan, writes) {
            let reusable = Arc::new(Reusable::new(state, &plan, batch_size)?);
            let stream = reusable.start(None).await?;
            // The entry it replaces is dropped here, on an engine thread.
            last_query.set(key, reusable);
            stream
        } else {
            DataFrame::new(state, plan).execute_stream().await?
        };
        Ok((kind, Ok(pull(stream, false).await)))
    })?;
    Ok(match outcome {
        (kind, Err((plan, writes))) => (kind, Planned::Plan(Plan::new(plan, writes))),
        (kind, Ok(pulled)) => (kind, Planned::Started(ResultStream::new(pulled, token, batch_size))),
    })
}

/// The query a session's `Statement`s ran last, kept optimized for running the same text again
/// (tools and pools repeat validation queries, applications their reports): its SQL, the caller's
/// catalog version and batch size when it was planned, and the plan.
#[derive(Default)]
pub struct LastQuery(Mutex<Option<(QueryKey, Arc<Reusable>)>>);

type QueryKey = (String, u64, usize);

impl LastQuery {
    fn get(&self, key: &QueryKey) -> Option<Arc<Reusable>> {
        let last = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        last.as_ref().filter(|(k, _)| k == key).map(|(_, reusable)| Arc::clone(reusable))
    }

    fn set(&self, key: QueryKey, reusable: Arc<Reusable>) {
        let old = self.0.lock().unwrap_or_else(PoisonError::into_inner).replace((key, reusable));
        drop(old); // after the lock is released: dropping a plan recurses
    }

    /// Forgets the query before DDL or SET runs: its plan holds the tables it read, and a dropped
    /// table's rows must not stay in memory until the next query replaces it.
    fn clear(&self) {
        let old = self.0.lock().unwrap_or_else(PoisonError::into_inner).take();
        if old.is_some() {
            crate::runtime::drop_on_engine_thread(old);
        }
    }
}

impl Plan {
    fn new(plan: LogicalPlan, writes: bool) -> Plan {
        stats::PLANS.inc();
        Plan { plan: Arc::new(plan), writes, parameter_types: OnceLock::new(), reusable: Arc::default() }
    }

    pub fn create(session: &Session, sql: &str, token: &CancelToken) -> Result<Plan> {
        let state = session.ctx.state();
        let planner = Planner::new(session, sql);
        let (plan, writes) = run_cancellable(token, async move { planner.plan(&state).await })?;
        Ok(Plan::new(plan, writes))
    }

    /// Whether running the plan may change data, the catalog or files, anywhere in it (a
    /// read-only connection refuses such plans even when they return rows).
    pub fn writes(&self) -> bool {
        self.writes
    }

    pub fn kind(&self) -> PlanKind {
        PlanKind::of(&self.plan)
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
        // A projection over a query writes what the query writes.
        Ok(Plan::new(projected, self.writes))
    }

    /// Output schema; statements that yield nothing have an empty schema.
    pub fn schema(&self) -> SchemaRef {
        Arc::clone(self.plan.schema().inner())
    }

    /// Placeholder types ordered $1, $2, ...; `None` where the planner could not infer one.
    /// Found once: every run of a prepared statement decodes its values with them.
    pub fn parameter_types(&self) -> Result<&[(String, Option<datafusion::arrow::datatypes::DataType>)]> {
        if let Some(types) = self.parameter_types.get() {
            return Ok(types);
        }
        let plan = Arc::clone(&self.plan);
        let types = on_engine_thread(move || plan.get_parameter_types())??;
        let mut params: Vec<_> = types.into_iter().collect();
        params.sort_by_key(|(name, _)| placeholder_index(name));
        Ok(self.parameter_types.get_or_init(|| params))
    }

    pub fn execute(
        &self,
        session: &Session,
        params: Option<ParamValues>,
        token: Arc<CancelToken>,
        batch_size: usize,
    ) -> Result<ResultStream> {
        if self.kind() == PlanKind::Effect {
            session.last_query.clear();
        }
        let done_already = match self.plan.as_ref() {
            // DataFusion has no transactions; BEGIN/COMMIT/ROLLBACK from tools are no-ops,
            // as the connection's auto-commit contract documents.
            plan if is_transaction_control(plan) => true,
            LogicalPlan::Ddl(DdlStatement::DropTable(drop)) => crate::catalog::drop_by_name(session, &drop.name)?,
            _ => false,
        };
        if done_already {
            let schema = Arc::new(datafusion::arrow::datatypes::Schema::empty());
            return Ok(ResultStream::new(Pulled::ended(schema), token, batch_size));
        }
        let ctx = session.ctx.clone();
        let plan = Arc::clone(&self.plan);
        let reusable = Arc::clone(&self.reusable);
        let writes = self.writes;
        let pulled = run_cancellable(&token, async move {
            // An error optimizing shows again on the ordinary path, which reports it.
            let made = || match Reusable::allowed(&plan, writes) {
                true => Reusable::new(with_batch_size(ctx.state(), batch_size).ok()?, &plan, batch_size).ok(),
                false => None,
            };
            let stream = match reusable.get_or_init(made) {
                Some(reusable) if reusable.batch_size == batch_size => reusable.start(params).await?,
                _ => {
                    let plan = Arc::unwrap_or_clone(plan);
                    let plan = match params {
                        Some(values) => plan.with_param_values(values)?,
                        None => plan,
                    };
                    let (state, plan) = ctx.execute_logical_plan(plan).await?.into_parts();
                    DataFrame::new(with_batch_size(state, batch_size)?, plan).execute_stream().await?
                }
            };
            Ok(pull(stream, false).await)
        })?;
        Ok(ResultStream::new(pulled, token, batch_size))
    }
}

impl Drop for Plan {
    fn drop(&mut self) {
        stats::PLANS.dec();
    }
}

/// `state` with the statement's fetch size as DataFusion's batch size (0: the session's own).
fn with_batch_size(mut state: SessionState, batch_size: usize) -> Result<SessionState> {
    if batch_size > 0 {
        state.config_mut().options_mut().execution.batch_size =
            datafusion::common::config::ConfigNonZeroUsize::try_new(batch_size)?;
    }
    Ok(state)
}

/// A query analysed and optimized once, with the session state and task context its runs plan
/// and execute in: a run binds its values and makes a physical plan, no more. Only for plans
/// whose optimized form does not depend on when or how often they run ([`Reusable::allowed`]).
/// A prepared statement's plan, and with it this, is made again when the connection runs DDL or
/// SET (the driver counts them; [`LastQuery`] is keyed by that count); tables and their data
/// are read when a run scans them, files listed when its physical plan is made.
struct Reusable {
    plan: LogicalPlan,
    state: SessionState,
    task: Arc<TaskContext>,
    batch_size: usize,
}

impl Reusable {
    /// Whether runs may reuse `plan` optimized. Not for statements and writes (run through the
    /// session context), nor for a placeholder of unknown type (typed only by its value), nor for a
    /// function that is not immutable (the optimizer folds `now()` into the first run's time).
    fn allowed(plan: &LogicalPlan, writes: bool) -> bool {
        let plain_query = !matches!(
            plan,
            LogicalPlan::Statement(_)
                | LogicalPlan::Ddl(_)
                | LogicalPlan::Dml(_)
                | LogicalPlan::Copy(_)
                | LogicalPlan::Explain(_)
                | LogicalPlan::Analyze(_)
                | LogicalPlan::DescribeTable(_)
        );
        let typed = plan
            .get_parameter_types()
            .is_ok_and(|types| types.values().all(|t| t.as_ref().is_some_and(|t| !t.is_null())));
        !writes && plain_query && typed && only_immutable_functions(plan)
    }

    /// `plan` optimized in `state` (which has the run's batch size).
    fn new(state: SessionState, plan: &LogicalPlan, batch_size: usize) -> DfResult<Reusable> {
        let plan = state.optimize(plan)?;
        let task = state.task_ctx();
        Ok(Reusable { plan, state, task, batch_size })
    }

    async fn start(&self, params: Option<ParamValues>) -> Result<SendableRecordBatchStream> {
        let plan = match params {
            Some(values) => self.plan.clone().with_param_values(values)?,
            None => self.plan.clone(),
        };
        let physical = self.state.query_planner().create_physical_plan(&plan, &self.state).await?;
        Ok(execute_stream(physical, Arc::clone(&self.task))?)
    }
}

/// Whether every scalar function anywhere in `plan`, subqueries included, is immutable.
fn only_immutable_functions(plan: &LogicalPlan) -> bool {
    let mut immutable = true;
    let walked = plan.apply_with_subqueries(|node| {
        node.apply_expressions(|expr| {
            expr.apply(|e| {
                if let Expr::ScalarFunction(f) = e {
                    if f.func.signature().volatility != Volatility::Immutable {
                        immutable = false;
                        return Ok(TreeNodeRecursion::Stop);
                    }
                }
                Ok(TreeNodeRecursion::Continue)
            })
        })
    });
    walked.is_ok() && immutable
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

/// What an engine task took from a stream: its batches, and its end or error if they came.
pub struct Pulled {
    schema: SchemaRef,
    /// None once the stream ended or failed; it was then dropped in the task, on an engine thread.
    stream: Option<SendableRecordBatchStream>,
    batches: Vec<RecordBatch>,
    failed: Option<EngineError>,
}

impl Pulled {
    fn ended(schema: SchemaRef) -> Pulled {
        Pulled { schema, stream: None, batches: Vec::new(), failed: None }
    }
}

/// Takes the next item of `stream` (waiting for it when `wait`; otherwise only if it is ready at
/// once), then whatever is ready at once after it. Starting a query and the last fetch then leave
/// nothing for another hand-off to an engine thread: a small result comes complete with its start,
/// and a stream's end comes with its last batch. Never waiting beyond the first item keeps
/// executeQuery prompt for long queries, and a cancel interrupts any wait as before.
async fn pull(stream: SendableRecordBatchStream, wait: bool) -> Pulled {
    let mut pulled = Pulled { schema: stream.schema(), stream: Some(stream), batches: Vec::new(), failed: None };
    for first in [true, false] {
        let Some(stream) = pulled.stream.as_mut() else { break };
        let item = if first && wait {
            stream.next().await
        } else {
            match futures::poll!(stream.next()) {
                Poll::Ready(item) => item,
                Poll::Pending => break,
            }
        };
        match item {
            Some(Ok(batch)) => pulled.batches.push(batch),
            Some(Err(e)) => {
                pulled.failed = Some(EngineError::from(e));
                pulled.stream = None;
            }
            None => pulled.stream = None,
        }
    }
    pulled
}

/// A running query. Batches larger than the requested size are handed out in slices,
/// so the JDBC fetch size bounds what crosses JNI at once.
pub struct ResultStream {
    stream: Option<SendableRecordBatchStream>,
    schema: SchemaRef,
    token: Arc<CancelToken>,
    batch_size: usize,
    pending: VecDeque<RecordBatch>,
    /// An error the stream ended with, reported after the batches before it.
    failed: Option<EngineError>,
}

impl ResultStream {
    fn new(pulled: Pulled, token: Arc<CancelToken>, batch_size: usize) -> Self {
        stats::STREAMS.inc();
        let mut stream = ResultStream {
            stream: None,
            schema: pulled.schema,
            token,
            batch_size,
            pending: VecDeque::new(),
            failed: None,
        };
        stream.take(pulled.stream, pulled.batches, pulled.failed);
        stream
    }

    pub fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    /// Whether the engine's stream is gone (ended, failed): what is left holds no plan, so it
    /// can be dropped on any thread.
    pub fn is_finished(&self) -> bool {
        self.stream.is_none()
    }

    /// The next non-empty batch, or None at the end. Blocks in native code, but wakes
    /// up at once when the statement's token is cancelled.
    pub fn next(&mut self) -> Result<Option<RecordBatch>> {
        loop {
            if let Some(batch) = self.pending.pop_front() {
                return Ok(Some(batch));
            }
            if let Some(e) = self.failed.take() {
                return Err(e);
            }
            let Some(stream) = self.stream.take() else {
                return Ok(None);
            };
            // The stream travels into the task and back, so it is polled (and, when
            // cancelled, dropped) on an engine thread.
            let pulled = run_cancellable(&self.token, async move { Ok(pull(stream, true).await) })?;
            self.take(pulled.stream, pulled.batches, pulled.failed);
        }
    }

    fn take(&mut self, stream: Option<SendableRecordBatchStream>, batches: Vec<RecordBatch>, failed: Option<EngineError>) {
        self.stream = stream;
        self.failed = failed;
        for batch in batches {
            self.split_into_pending(batch);
        }
    }

    fn split_into_pending(&mut self, batch: RecordBatch) {
        let rows = batch.num_rows();
        if self.batch_size == 0 || rows <= self.batch_size {
            if rows > 0 {
                self.pending.push_back(batch);
            }
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

//! Where a connected session's query runs: on the cluster, or here.
//!
//! Ballista's own planner sends every plan to the scheduler except one that reads only
//! information_schema. A dfschema session also holds tables no other process can read
//! (the `dfschema.*` diagnostics, `CREATE TABLE` memory tables, JDBC metadata helpers),
//! so this planner sorts a plan's scans first:
//! - only files (listing tables, contract datasets): the cluster runs it;
//! - only session tables, or no table at all: it runs here, as embedded;
//! - both: refused with 0A000, naming the session table (no partial answers);
//! - writes (INSERT, COPY, DELETE, UPDATE): refused, the cluster writes nothing yet.
//!
//! Contract datasets are built here first, before the plan leaves, so that their
//! registrations, drift refusals and adapter events are recorded in this session exactly
//! as embedded; the scheduler and executors then build them again from the same spec
//! (`catalog::remote`).
//!
//! `EXPLAIN` shows the plan made here: a cluster query's physical plan is its [`ClusterJob`].
//!
//! A cluster plan is wrapped in [`ClusterJob`]: dropping its stream before the end (a JDBC
//! cancel, a query timeout, a closed result set) cancels the job on the scheduler.

use std::fmt;
use std::sync::Arc;

use async_trait::async_trait;
use ballista_core::execution_plans::DistributedQueryExec;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::serde::protobuf::CancelJobParams;
use datafusion::catalog::TableProvider;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::datasource::listing::ListingTable;
use datafusion::datasource::source_as_provider;
use datafusion::error::{DataFusionError, Result as DfResult};
use datafusion::catalog::Session;
use datafusion::execution::context::QueryPlanner;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::LogicalPlan;
use datafusion::physical_expr::PhysicalExpr;
use datafusion::common::display::{PlanType, StringifiedPlan};
use datafusion::physical_plan::displayable;
use datafusion::physical_plan::explain::ExplainExec;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, PlanProperties};
use datafusion::physical_planner::{DefaultPhysicalPlanner, PhysicalPlanner};
use futures::StreamExt;

use crate::catalog::remote;
use crate::errors::{state, EngineError};

pub struct ClusterPlanner {
    pub remote: Arc<dyn QueryPlanner + Send + Sync>,
    pub scheduler_url: String,
}

impl fmt::Debug for ClusterPlanner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClusterPlanner").field("scheduler", &self.scheduler_url).finish()
    }
}

/// What a plan reads, sorted by who can read it.
#[derive(Default)]
struct Scans {
    /// Contract datasets, to be built here before the plan is sent.
    contract: Vec<Arc<dyn TableProvider>>,
    files: usize,
    /// The first table only this session holds.
    local: Option<String>,
    refusal: Option<String>,
}

fn sort_scans(plan: &LogicalPlan) -> DfResult<Scans> {
    let mut scans = Scans::default();
    plan.apply_with_subqueries(|node| {
        if let LogicalPlan::Dml(_) | LogicalPlan::Copy(_) = node {
            scans.refusal.get_or_insert_with(|| "writes (INSERT, COPY, DELETE, UPDATE) do not run on a Ballista cluster yet".into());
        }
        if let LogicalPlan::TableScan(scan) = node {
            let provider = source_as_provider(&scan.source)?;
            if let Some(flat) = remote::flat_spec_of(provider.as_ref()) {
                if let Some(why) = remote::cluster_refusal(&flat) {
                    scans.refusal.get_or_insert(why);
                }
                scans.contract.push(provider);
            } else if provider.downcast_ref::<ListingTable>().is_some() {
                scans.files += 1;
            } else {
                scans.local.get_or_insert_with(|| scan.table_name.to_string());
            }
        }
        Ok(TreeNodeRecursion::Continue)
    })?;
    Ok(scans)
}

fn unsupported(message: String) -> DataFusionError {
    EngineError::new(state::NOT_SUPPORTED, message).into()
}

#[async_trait]
impl QueryPlanner for ClusterPlanner {
    async fn create_physical_plan(&self, plan: &LogicalPlan, session: &dyn Session) -> DfResult<Arc<dyn ExecutionPlan>> {
        // EXPLAIN shows the plan this planner makes (a ClusterJob for a cluster query), not one
        // DataFusion's own planner would make as if the query ran here.
        if let LogicalPlan::Explain(explain) = plan {
            let physical = self.create_physical_plan(&explain.plan, session).await?;
            let mut plans = explain.stringified_plans.clone();
            let shown = displayable(physical.as_ref()).indent(explain.verbose).to_string();
            plans.push(StringifiedPlan::new(PlanType::FinalPhysicalPlan, shown));
            return Ok(Arc::new(ExplainExec::new(Arc::clone(explain.schema.inner()), plans, explain.verbose)));
        }
        let scans = sort_scans(plan)?;
        if let Some(why) = scans.refusal {
            return Err(unsupported(why));
        }
        let cluster_scans = scans.contract.len() + scans.files;
        match (&scans.local, cluster_scans) {
            (_, 0) => return DefaultPhysicalPlanner::default().create_physical_plan(plan, session).await,
            (Some(local), _) => {
                return Err(unsupported(format!(
                    "table {local} exists only in this connection, so it cannot be read together with files on the Ballista cluster; \
                     query it on its own (or copy what you need into a file dataset)"
                )))
            }
            (None, _) => {}
        }
        for provider in &scans.contract {
            remote::build_here(provider.as_ref()).await?;
        }
        let job = self.remote.create_physical_plan(plan, session).await?;
        Ok(Arc::new(ClusterJob { inner: job, scheduler_url: self.scheduler_url.clone() }))
    }
}

/// A plan running on the cluster, cancelled there when its stream is dropped unfinished.
#[derive(Debug)]
pub struct ClusterJob {
    inner: Arc<dyn ExecutionPlan>,
    scheduler_url: String,
}

impl DisplayAs for ClusterJob {
    fn fmt_as(&self, t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "ClusterJob: scheduler={}", self.scheduler_url)?;
        if let Some(inner) = self.inner.downcast_ref::<DistributedQueryExec<datafusion_proto::protobuf::LogicalPlanNode>>() {
            write!(f, ", ")?;
            inner.fmt_as(t, f)?;
        }
        Ok(())
    }
}

impl ExecutionPlan for ClusterJob {
    fn name(&self) -> &str {
        "ClusterJob"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        self.inner.properties()
    }

    // A leaf: nothing may be planned between this and the job it cancels.
    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![]
    }

    fn apply_expressions(&self, _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> DfResult<TreeNodeRecursion>) -> DfResult<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> DfResult<Arc<dyn ExecutionPlan>> {
        if children.is_empty() {
            Ok(self)
        } else {
            Err(DataFusionError::Internal("ClusterJob has no children".into()))
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> DfResult<SendableRecordBatchStream> {
        let stream = self.inner.execute(partition, context)?;
        let schema = stream.schema();
        let guard = CancelOnDrop { job: Arc::clone(&self.inner), scheduler_url: self.scheduler_url.clone(), finished: false };
        let stream = futures::stream::unfold((stream, guard), |(mut stream, mut guard)| async move {
            let next = stream.next().await;
            match next {
                Some(item) => Some((item, (stream, guard))),
                None => {
                    guard.disarm();
                    None
                }
            }
        });
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream)))
    }
}

struct CancelOnDrop {
    job: Arc<dyn ExecutionPlan>,
    scheduler_url: String,
    finished: bool,
}

impl CancelOnDrop {
    /// The job finished: nothing to cancel.
    fn disarm(&mut self) {
        self.finished = true;
    }
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let Some(exec) = self.job.downcast_ref::<DistributedQueryExec<datafusion_proto::protobuf::LogicalPlanNode>>() else {
            return;
        };
        let Some(job_id) = exec.job_id() else {
            return;
        };
        let url = self.scheduler_url.clone();
        let job_id: String = job_id.into();
        // Best effort and never blocking the dropping thread: the scheduler may be gone.
        if let Ok(runtime) = crate::runtime::runtime() {
            runtime.spawn(async move {
                if let Ok(mut client) = SchedulerGrpcClient::connect(url).await {
                    let _ = client.cancel_job(CancelJobParams { job_id }).await;
                }
            });
        }
    }
}

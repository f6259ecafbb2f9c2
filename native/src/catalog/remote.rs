//! Contract datasets read by another process: a Ballista scheduler plans them and its
//! executors scan them (`crate::distributed` ships them there).
//!
//! Only the dataset's spec crosses the wire. A scan of a contract dataset is not an
//! ordinary file scan: its files are judged one by one and read through the contract's
//! expression adapters (`evolution`), which DataFusion's plan serialization cannot carry.
//! Sending the spec and building the dataset again on the other side runs that same code,
//! so a file is read there exactly as it is read embedded, and nothing is ever read with
//! DataFusion's default adapter instead.
//!
//! - [`ClusterDataset`] is the table the scheduler's copy of the plan scans: its scan builds
//!   the dataset and wraps the plan in a [`ContractScanExec`] that remembers how it was made.
//! - On an executor the [`ContractScanExec`] arrives without its plan; running it builds
//!   the dataset again (once per session and executor) and plans the same scan.
//!
//! A [`ContractScanExec`] is one partition, which reads every partition of the scan (the
//! executor's threads still read its files in parallel). Ballista hands each task a slice
//! of a stage's partitions and restricts the leaves it knows (file scans, memory tables,
//! shuffle readers) to that slice; a leaf it does not know keeps its own numbering, so a
//! many-partition leaf of ours would be read at the wrong partitions (rows duplicated and
//! lost: seen with a broadcast join). One partition cannot be sliced wrongly. The cost is
//! that one task, on one executor, scans a contract dataset; what follows it is spread over
//! the cluster by Ballista's shuffles as usual.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::catalog::{Session as CatalogSession, TableProvider};
use datafusion::error::{DataFusionError, Result as DfResult};
use datafusion::execution::context::SessionState;
use datafusion::execution::session_state::SessionStateBuilder;
use datafusion::execution::{SendableRecordBatchStream, TaskContext};
use datafusion::logical_expr::{Expr, TableProviderFilterPushDown, TableType};
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::physical_expr::{EquivalenceProperties, PhysicalExpr};
use datafusion::physical_plan::execution_plan::{Boundedness, EmissionType};
use datafusion::physical_plan::coalesce_partitions::CoalescePartitionsExec;
use datafusion::physical_plan::stream::RecordBatchStreamAdapter;
use datafusion::physical_plan::{DisplayAs, DisplayFormatType, ExecutionPlan, Partitioning, PlanProperties};
use futures::{StreamExt, TryStreamExt};

use super::dataset::{self, DatasetTable};
use super::deferred::DeferredTable;
use super::{flag, FlatSpec};
use crate::errors::{state, EngineError};

/// The spec of a contract dataset, if `provider` is one (built or not).
pub fn flat_spec_of(provider: &dyn TableProvider) -> Option<Arc<FlatSpec>> {
    if let Some(deferred) = provider.downcast_ref::<DeferredTable>() {
        return Some(Arc::clone(&deferred.dataset().spec.flat));
    }
    provider.downcast_ref::<DatasetTable>().map(|t| Arc::clone(&t.flat))
}

/// Whether a dataset of this spec can be read on a cluster, and why not.
pub fn cluster_refusal(flat: &FlatSpec) -> Option<String> {
    if flat.flags & flag::UNBOUNDED != 0 {
        return Some(format!("dataset {} is unbounded (a stream); a Ballista cluster runs bounded queries only", flat.name()));
    }
    None
}

/// Builds a deferred contract dataset here (recording the attempt in this session's
/// diagnostics, failing as the embedded engine fails), before its plan leaves for the cluster.
pub async fn build_here(provider: &dyn TableProvider) -> DfResult<()> {
    if let Some(deferred) = provider.downcast_ref::<DeferredTable>() {
        deferred.built().await?;
    }
    Ok(())
}

/// A contract dataset as the scheduler sees it: a spec and the schema the client planned with.
pub struct ClusterDataset {
    flat: Arc<FlatSpec>,
    schema: SchemaRef,
}

impl fmt::Debug for ClusterDataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClusterDataset").field("dataset", &self.flat.name()).finish()
    }
}

impl ClusterDataset {
    pub fn new(flat: FlatSpec, schema: SchemaRef) -> Self {
        ClusterDataset { flat: Arc::new(flat), schema }
    }
}

#[async_trait]
impl TableProvider for ClusterDataset {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(&self, filters: &[&Expr]) -> DfResult<Vec<TableProviderFilterPushDown>> {
        // The client already decided which filters the scan owns; any it left in the plan stay there.
        Ok(vec![TableProviderFilterPushDown::Inexact; filters.len()])
    }

    async fn scan(
        &self,
        state: &dyn CatalogSession,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        let session_state = state
            .as_any()
            .downcast_ref::<SessionState>()
            .ok_or_else(|| DataFusionError::Internal("a contract dataset is planned only in a SessionState".into()))?;
        let scan = ScanRequest { flat: Arc::clone(&self.flat), projection: projection.cloned(), filters: filters.to_vec(), limit };
        let plan = scan.plan(session_state.clone()).await?;
        Ok(Arc::new(ContractScanExec::new(scan, plan.schema(), Some(plan))))
    }
}

/// One scan of a contract dataset, as its table provider was asked for it.
#[derive(Clone)]
pub struct ScanRequest {
    pub flat: Arc<FlatSpec>,
    pub projection: Option<Vec<usize>>,
    pub filters: Vec<Expr>,
    pub limit: Option<usize>,
}

impl ScanRequest {
    /// Builds the dataset on `state` (an executor reuses a build of the same session) and plans the scan.
    async fn plan(&self, state: SessionState) -> DfResult<Arc<dyn ExecutionPlan>> {
        let table = built_table(&self.flat, state.clone()).await?;
        table.scan(&state, self.projection.as_ref(), &self.filters, self.limit).await
    }
}

/// Datasets built in this process, by session and spec: every task of a query (and every
/// query of a connection) reads the build the first one made, as an embedded session does.
type BuildKey = (String, Arc<FlatSpec>);
static BUILT: Mutex<Vec<(BuildKey, Arc<dyn TableProvider>)>> = Mutex::new(Vec::new());
const MAX_BUILT: usize = 64;

async fn built_table(flat: &Arc<FlatSpec>, state: SessionState) -> DfResult<Arc<dyn TableProvider>> {
    let key: BuildKey = (state.session_id().to_string(), Arc::clone(flat));
    let found = BUILT.lock().unwrap_or_else(PoisonError::into_inner).iter().find(|(k, _)| *k == key).map(|(_, t)| Arc::clone(t));
    if let Some(table) = found {
        return Ok(table);
    }
    let spec = flat.parse()?;
    let table = dataset::build(&spec, state).await.result?;
    let mut built = BUILT.lock().unwrap_or_else(PoisonError::into_inner);
    if built.len() == MAX_BUILT {
        built.remove(0);
    }
    built.push((key, Arc::clone(&table)));
    Ok(table)
}

/// A scan of a contract dataset that can be sent to an executor and planned again there.
#[derive(Clone)]
pub struct ContractScanExec {
    scan: ScanRequest,
    /// The plan, where it was made (the scheduler); None on an executor until a partition runs.
    planned: Option<Arc<dyn ExecutionPlan>>,
    replanned: Arc<tokio::sync::OnceCell<Arc<dyn ExecutionPlan>>>,
    properties: Arc<PlanProperties>,
}

impl fmt::Debug for ContractScanExec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContractScanExec").field("dataset", &self.scan.flat.name()).finish()
    }
}

impl ContractScanExec {
    pub fn new(scan: ScanRequest, schema: SchemaRef, planned: Option<Arc<dyn ExecutionPlan>>) -> Self {
        let properties = PlanProperties::new(
            EquivalenceProperties::new(schema),
            Partitioning::UnknownPartitioning(1),
            EmissionType::Incremental,
            Boundedness::Bounded,
        );
        ContractScanExec { scan, planned, replanned: Arc::default(), properties: Arc::new(properties) }
    }

    pub fn scan(&self) -> &ScanRequest {
        &self.scan
    }

    /// The scan's plan: the one made here, or made again from the request on `context`'s session.
    async fn plan(&self, context: &TaskContext) -> DfResult<Arc<dyn ExecutionPlan>> {
        if let Some(plan) = &self.planned {
            return Ok(Arc::clone(plan));
        }
        let plan = self
            .replanned
            .get_or_try_init(|| async {
                let state = SessionStateBuilder::new()
                    .with_config(context.session_config().clone())
                    .with_runtime_env(context.runtime_env())
                    .with_session_id(context.session_id())
                    .with_default_features()
                    .build();
                let plan = self.scan.plan(state).await?;
                if plan.schema().fields() != self.properties.eq_properties.schema().fields() {
                    return Err(DataFusionError::from(EngineError::new(
                        state::INTERNAL,
                        format!(
                            "dataset {} was planned on the scheduler as ({}) but built on this executor as ({})",
                            self.scan.flat.name(),
                            dataset::describe(self.properties.eq_properties.schema()),
                            dataset::describe(&plan.schema())
                        ),
                    )));
                }
                Ok(plan)
            })
            .await?;
        Ok(Arc::clone(plan))
    }
}

impl DisplayAs for ContractScanExec {
    fn fmt_as(&self, _t: DisplayFormatType, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "ContractScanExec: dataset={}", self.scan.flat.name())
    }
}

impl ExecutionPlan for ContractScanExec {
    fn name(&self) -> &str {
        "ContractScanExec"
    }

    fn properties(&self) -> &Arc<PlanProperties> {
        &self.properties
    }

    fn children(&self) -> Vec<&Arc<dyn ExecutionPlan>> {
        vec![]
    }

    fn apply_expressions(
        &self,
        _f: &mut dyn FnMut(&Arc<dyn PhysicalExpr>) -> DfResult<TreeNodeRecursion>,
    ) -> DfResult<TreeNodeRecursion> {
        Ok(TreeNodeRecursion::Continue)
    }

    fn with_new_children(self: Arc<Self>, children: Vec<Arc<dyn ExecutionPlan>>) -> DfResult<Arc<dyn ExecutionPlan>> {
        if children.is_empty() {
            Ok(self)
        } else {
            Err(DataFusionError::Internal("ContractScanExec has no children".into()))
        }
    }

    fn execute(&self, partition: usize, context: Arc<TaskContext>) -> DfResult<SendableRecordBatchStream> {
        let schema = self.properties.eq_properties.schema().clone();
        let this = self.clone();
        if partition != 0 {
            return Err(DataFusionError::Internal(format!("ContractScanExec has one partition, not {partition}")));
        }
        let stream = futures::stream::once(async move {
            let plan = this.plan(&context).await?;
            let whole: Arc<dyn ExecutionPlan> = match plan.properties().partitioning.partition_count() {
                1 => plan,
                _ => Arc::new(CoalescePartitionsExec::new(plan)),
            };
            whole.execute(0, context)
        })
        .try_flatten();
        Ok(Box::pin(RecordBatchStreamAdapter::new(schema, stream.boxed())))
    }
}

//! The codecs that carry contract datasets between the driver, the scheduler and the
//! executors. Everything that is not ours goes to Ballista's own codecs unchanged.
//!
//! Our payloads start with a tag ([`TABLE_TAG`], [`SCAN_TAG`]) so that a decoder can tell
//! them from Ballista's protobuf without trying to parse them as that first.

use std::sync::Arc;

use ballista_core::serde::{BallistaLogicalExtensionCodec, BallistaPhysicalExtensionCodec};
use datafusion::arrow::datatypes::{Schema, SchemaRef};
use datafusion::catalog::TableProvider;
use datafusion::common::TableReference;
use datafusion::datasource::file_format::FileFormatFactory;
use datafusion::error::{DataFusionError, Result as DfResult};
use datafusion::execution::TaskContext;
use datafusion::logical_expr::{AggregateUDF, Extension, LogicalPlan, ScalarUDF, WindowUDF};
use datafusion::physical_plan::ExecutionPlan;
use datafusion_proto::logical_plan::from_proto::parse_exprs;
use datafusion_proto::logical_plan::to_proto::serialize_exprs;
use datafusion_proto::logical_plan::{DefaultLogicalExtensionCodec, LogicalExtensionCodec};
use datafusion_proto::physical_plan::{PhysicalExtensionCodec, PhysicalProtoConverterExtension};
use datafusion_proto::protobuf;
use prost::Message;

use crate::catalog::remote::{self, ClusterDataset, ContractScanExec, ScanRequest};
use crate::catalog::FlatSpec;

/// A contract dataset in a logical plan (client → scheduler).
const TABLE_TAG: &[u8] = b"dfschema.table.1:";
/// A contract dataset's scan in a physical plan (scheduler → executor).
const SCAN_TAG: &[u8] = b"dfschema.scan.1:";

#[derive(Clone, PartialEq, Message)]
struct SpecNode {
    #[prost(string, repeated, tag = "1")]
    head: Vec<String>,
    #[prost(string, repeated, tag = "2")]
    columns: Vec<String>,
    #[prost(string, repeated, tag = "3")]
    partition_columns: Vec<String>,
    #[prost(string, repeated, tag = "4")]
    options: Vec<String>,
    #[prost(string, repeated, tag = "5")]
    settings: Vec<String>,
    #[prost(string, repeated, tag = "6")]
    sort_keys: Vec<String>,
    #[prost(string, repeated, tag = "7")]
    evolution: Vec<String>,
    #[prost(int32, tag = "8")]
    flags: i32,
}

impl From<&FlatSpec> for SpecNode {
    fn from(f: &FlatSpec) -> Self {
        SpecNode {
            head: f.head.clone(),
            columns: f.columns.clone(),
            partition_columns: f.partition_columns.clone(),
            options: f.options.clone(),
            settings: f.settings.clone(),
            sort_keys: f.sort_keys.clone(),
            evolution: f.evolution.clone(),
            flags: f.flags,
        }
    }
}

impl From<SpecNode> for FlatSpec {
    fn from(n: SpecNode) -> Self {
        FlatSpec {
            head: n.head,
            columns: n.columns,
            partition_columns: n.partition_columns,
            options: n.options,
            settings: n.settings,
            sort_keys: n.sort_keys,
            evolution: n.evolution,
            flags: n.flags,
        }
    }
}

#[derive(Clone, PartialEq, Message)]
struct ScanNode {
    #[prost(message, optional, tag = "1")]
    spec: Option<SpecNode>,
    #[prost(bool, tag = "2")]
    projected: bool,
    #[prost(uint64, repeated, tag = "3")]
    projection: Vec<u64>,
    #[prost(message, repeated, tag = "4")]
    filters: Vec<protobuf::LogicalExprNode>,
    #[prost(uint64, optional, tag = "5")]
    limit: Option<u64>,
    #[prost(message, optional, tag = "7")]
    schema: Option<protobuf::Schema>,
}

fn tagged<'a>(buf: &'a [u8], tag: &[u8]) -> Option<&'a [u8]> {
    buf.strip_prefix(tag)
}

fn encode_into(tag: &[u8], message: &impl Message, buf: &mut Vec<u8>) -> DfResult<()> {
    buf.extend_from_slice(tag);
    message.encode(buf).map_err(|e| DataFusionError::Internal(format!("cannot encode a contract dataset: {e}")))
}

fn decode_error(what: &str, e: impl std::fmt::Display) -> DataFusionError {
    DataFusionError::Internal(format!("cannot decode {what} sent by a dfschema driver: {e}"))
}

/// Ballista's logical codec plus contract datasets.
#[derive(Debug, Default)]
pub struct ContractLogicalCodec {
    ballista: BallistaLogicalExtensionCodec,
}

impl LogicalExtensionCodec for ContractLogicalCodec {
    fn try_decode(&self, buf: &[u8], inputs: &[LogicalPlan], ctx: &TaskContext) -> DfResult<Extension> {
        self.ballista.try_decode(buf, inputs, ctx)
    }

    fn try_encode(&self, node: &Extension, buf: &mut Vec<u8>) -> DfResult<()> {
        self.ballista.try_encode(node, buf)
    }

    fn try_decode_table_provider(
        &self,
        buf: &[u8],
        table_ref: &TableReference,
        schema: SchemaRef,
        ctx: &TaskContext,
    ) -> DfResult<Arc<dyn TableProvider>> {
        match tagged(buf, TABLE_TAG) {
            Some(body) => {
                let node = SpecNode::decode(body).map_err(|e| decode_error("a contract dataset", e))?;
                Ok(Arc::new(ClusterDataset::new(node.into(), schema)))
            }
            None => self.ballista.try_decode_table_provider(buf, table_ref, schema, ctx),
        }
    }

    fn try_encode_table_provider(
        &self,
        table_ref: &TableReference,
        node: Arc<dyn TableProvider>,
        buf: &mut Vec<u8>,
    ) -> DfResult<()> {
        match remote::flat_spec_of(node.as_ref()) {
            Some(flat) => {
                encode_into(TABLE_TAG, &SpecNode::from(flat.as_ref()), buf)
            }
            None => self.ballista.try_encode_table_provider(table_ref, node, buf),
        }
    }

    fn try_decode_file_format(&self, buf: &[u8], ctx: &TaskContext) -> DfResult<Arc<dyn FileFormatFactory>> {
        self.ballista.try_decode_file_format(buf, ctx)
    }

    fn try_encode_file_format(&self, buf: &mut Vec<u8>, node: Arc<dyn FileFormatFactory>) -> DfResult<()> {
        self.ballista.try_encode_file_format(buf, node)
    }
}

/// Ballista's physical codec plus [`ContractScanExec`].
#[derive(Debug, Default)]
pub struct ContractPhysicalCodec {
    ballista: BallistaPhysicalExtensionCodec,
}

impl PhysicalExtensionCodec for ContractPhysicalCodec {
    fn try_decode(
        &self,
        buf: &[u8],
        inputs: &[Arc<dyn ExecutionPlan>],
        ctx: &TaskContext,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> DfResult<Arc<dyn ExecutionPlan>> {
        let Some(body) = tagged(buf, SCAN_TAG) else {
            return self.ballista.try_decode(buf, inputs, ctx, proto_converter);
        };
        let node = ScanNode::decode(body).map_err(|e| decode_error("a contract dataset scan", e))?;
        let spec = node.spec.ok_or_else(|| decode_error("a contract dataset scan", "no spec"))?;
        let schema = node.schema.as_ref().ok_or_else(|| decode_error("a contract dataset scan", "no schema"))?;
        let schema = Arc::new(Schema::try_from(schema).map_err(|e| decode_error("a contract dataset scan's schema", e))?);
        let filters = parse_exprs(&node.filters, ctx, &DefaultLogicalExtensionCodec {})
            .map_err(|e| decode_error("a contract dataset scan's filters", e))?;
        let scan = ScanRequest {
            flat: Arc::new(spec.into()),
            projection: node.projected.then(|| node.projection.iter().map(|&i| i as usize).collect()),
            filters,
            limit: node.limit.map(|l| l as usize),
        };
        Ok(Arc::new(ContractScanExec::new(scan, schema, None)))
    }

    fn try_encode(
        &self,
        node: Arc<dyn ExecutionPlan>,
        buf: &mut Vec<u8>,
        proto_converter: &dyn PhysicalProtoConverterExtension,
    ) -> DfResult<()> {
        let Some(exec) = node.downcast_ref::<ContractScanExec>() else {
            return self.ballista.try_encode(node, buf, proto_converter);
        };
        let scan = exec.scan();
        let message = ScanNode {
            spec: Some(SpecNode::from(scan.flat.as_ref())),
            projected: scan.projection.is_some(),
            projection: scan.projection.iter().flatten().map(|&i| i as u64).collect(),
            filters: serialize_exprs(&scan.filters, &DefaultLogicalExtensionCodec {})?,
            limit: scan.limit.map(|l| l as u64),
            schema: Some(protobuf::Schema::try_from(exec.schema().as_ref())?),
        };
        encode_into(SCAN_TAG, &message, buf)
    }

    fn try_decode_udf(&self, name: &str, buf: &[u8]) -> DfResult<Arc<ScalarUDF>> {
        self.ballista.try_decode_udf(name, buf)
    }

    fn try_encode_udf(&self, node: &ScalarUDF, buf: &mut Vec<u8>) -> DfResult<()> {
        self.ballista.try_encode_udf(node, buf)
    }

    fn try_decode_udaf(&self, name: &str, buf: &[u8]) -> DfResult<Arc<AggregateUDF>> {
        self.ballista.try_decode_udaf(name, buf)
    }

    fn try_encode_udaf(&self, node: &AggregateUDF, buf: &mut Vec<u8>) -> DfResult<()> {
        self.ballista.try_encode_udaf(node, buf)
    }

    fn try_decode_udwf(&self, name: &str, buf: &[u8]) -> DfResult<Arc<WindowUDF>> {
        self.ballista.try_decode_udwf(name, buf)
    }

    fn try_encode_udwf(&self, node: &WindowUDF, buf: &mut Vec<u8>) -> DfResult<()> {
        self.ballista.try_encode_udwf(node, buf)
    }
}

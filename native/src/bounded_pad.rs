//! lpad and rpad with a bound on what they may allocate. DataFusion 55's versions size their output
//! buffer from the sum of every length in a length column before checking any of them, and a negative
//! length wraps to a huge one in that sum: `lpad(s, n, fill)` over a column with one huge or negative
//! `n` asks the allocator for up to isize::MAX bytes, and Rust aborts the process (the host JVM with it)
//! when an allocation fails; no panic guard can catch that. Found by the fuzzer (docs/hardening.md).
//! These wrappers clamp negative lengths to 0 (what DataFusion does per row anyway) and refuse a batch
//! whose lengths add up to more than MAX_OUTPUT_BYTES, before the originals allocate anything.

use std::sync::Arc;

use datafusion::arrow::array::{AsArray, Int64Array};
use datafusion::arrow::datatypes::{DataType, Int64Type};
use datafusion::common::{exec_err, Result, ScalarValue};
use datafusion::execution::context::SessionContext;
use datafusion::logical_expr::{ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature};

/// The most characters one call may pad to over one batch (1 Gi); the originals reserve up to 4 bytes each.
const MAX_OUTPUT_CHARS: u64 = 1 << 30;

/// Replaces the session's lpad and rpad with their bounded versions.
pub fn register(ctx: &SessionContext) {
    for inner in [datafusion::functions::unicode::lpad(), datafusion::functions::unicode::rpad()] {
        ctx.register_udf(ScalarUDF::new_from_impl(BoundedPad { inner }));
    }
}

#[derive(Debug, PartialEq, Eq, Hash)]
struct BoundedPad {
    inner: Arc<ScalarUDF>,
}

impl ScalarUDFImpl for BoundedPad {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn aliases(&self) -> &[String] {
        self.inner.aliases()
    }

    fn signature(&self) -> &Signature {
        self.inner.signature()
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        self.inner.return_type(arg_types)
    }

    fn documentation(&self) -> Option<&Documentation> {
        self.inner.documentation()
    }

    fn invoke_with_args(&self, mut args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let total = match args.args.get(1) {
            Some(ColumnarValue::Array(lengths)) => match lengths.as_primitive_opt::<Int64Type>() {
                Some(lengths) => {
                    let clamped: Int64Array = lengths.unary(|n| n.max(0));
                    let total = clamped.iter().flatten().fold(0u64, |sum, n| sum.saturating_add(n as u64));
                    args.args[1] = ColumnarValue::Array(Arc::new(clamped));
                    total
                }
                None => 0,
            },
            Some(ColumnarValue::Scalar(ScalarValue::Int64(Some(n)))) => {
                ((*n).max(0) as u64).saturating_mul(args.number_rows as u64)
            }
            _ => 0,
        };
        if total > MAX_OUTPUT_CHARS {
            return exec_err!(
                "{} would pad {} rows to {total} characters in all, more than the {MAX_OUTPUT_CHARS} one call may make",
                self.name(),
                args.number_rows
            );
        }
        self.inner.invoke_with_args(args)
    }
}

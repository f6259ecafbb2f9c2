//! lpad and rpad with a bound on what they may allocate. DataFusion 55's versions size their output
//! buffer from the sum of every length in a length column before checking any of them, and a negative
//! length wraps to a huge one in that sum: `lpad(s, n, fill)` over a column with one huge or negative
//! `n` asks the allocator for up to isize::MAX bytes, and Rust aborts the process (the host JVM with it)
//! when an allocation fails; no panic guard can catch that. Found by the fuzzer (docs/hardening.md).
//! These wrappers clamp negative lengths to 0 (what DataFusion does per row anyway) and refuse a batch
//! whose lengths add up to more than MAX_OUTPUT_CHARS, before the originals allocate anything.
//!
//! repeat has the same hole for large strings: DataFusion 55 checks its output against i64::MAX for
//! LargeUtf8, so `repeat(arrow_cast('ab', 'LargeUtf8'), 1000000000000000000)` asked for 2 EB and aborted
//! the JVM. Its wrapper refuses a batch whose output would exceed MAX_OUTPUT_CHARS bytes in all.

use std::sync::Arc;

use datafusion::arrow::array::{Array, AsArray, Int64Array};
use datafusion::arrow::datatypes::{DataType, Int64Type};
use datafusion::common::{exec_err, Result, ScalarValue};
use datafusion::execution::context::SessionContext;
use datafusion::logical_expr::{ColumnarValue, Documentation, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature};

/// The most characters one call may pad to over one batch (1 Gi); the originals reserve up to 4 bytes each.
const MAX_OUTPUT_CHARS: u64 = 1 << 30;

/// Replaces the session's lpad, rpad and repeat with their bounded versions.
pub fn register(ctx: &SessionContext) {
    for udf in functions() {
        ctx.register_udf(udf);
    }
}

/// The bounded lpad, rpad and repeat, under the originals' names.
pub fn functions() -> Vec<ScalarUDF> {
    let padded = [datafusion::functions::unicode::lpad(), datafusion::functions::unicode::rpad()]
        .into_iter()
        .map(|inner| ScalarUDF::new_from_impl(Bounded { inner, output: Output::Padded }));
    let repeat = Bounded { inner: datafusion::functions::string::repeat(), output: Output::Repeated };
    padded.chain([ScalarUDF::new_from_impl(repeat)]).collect()
}

/// How a wrapped function's output size follows from its arguments.
#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
enum Output {
    /// lpad/rpad: the second argument is each row's length in characters.
    Padded,
    /// repeat: each row's string times the second argument, in bytes.
    Repeated,
}

#[derive(Debug, PartialEq, Eq, Hash)]
struct Bounded {
    inner: Arc<ScalarUDF>,
    output: Output,
}

impl ScalarUDFImpl for Bounded {
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
        let total = match self.output {
            Output::Padded => padded_total(&mut args),
            Output::Repeated => repeated_total(&args),
        };
        if total > MAX_OUTPUT_CHARS {
            return exec_err!(
                "{} would make {} rows of {total} characters in all, more than the {MAX_OUTPUT_CHARS} one call may make",
                self.name(),
                args.number_rows
            );
        }
        self.inner.invoke_with_args(args)
    }
}

/// The sum of lpad/rpad's lengths, negative ones clamped to 0 in `args` as well.
fn padded_total(args: &mut ScalarFunctionArgs) -> u64 {
    match args.args.get(1) {
        Some(ColumnarValue::Array(lengths)) => match lengths.as_primitive_opt::<Int64Type>() {
            Some(lengths) => {
                let clamped: Int64Array = lengths.unary(|n| n.max(0));
                let total = clamped.iter().flatten().fold(0u64, |sum, n| sum.saturating_add(n as u64));
                args.args[1] = ColumnarValue::Array(Arc::new(clamped));
                total
            }
            None => 0,
        },
        Some(ColumnarValue::Scalar(ScalarValue::Int64(Some(n)))) => ((*n).max(0) as u64).saturating_mul(args.number_rows as u64),
        _ => 0,
    }
}

/// The bytes repeat would make: each row's string length times its count (negative counts make "").
fn repeated_total(args: &ScalarFunctionArgs) -> u64 {
    let rows = args.number_rows;
    let count = |row: usize| -> u64 {
        match args.args.get(1) {
            Some(ColumnarValue::Scalar(ScalarValue::Int64(Some(n)))) => (*n).max(0) as u64,
            Some(ColumnarValue::Array(a)) => match a.as_primitive_opt::<Int64Type>() {
                Some(a) if a.is_valid(row) => a.value(row).max(0) as u64,
                _ => 0,
            },
            _ => 0,
        }
    };
    let length = |row: usize| -> u64 {
        match args.args.first() {
            Some(ColumnarValue::Scalar(v)) => match v {
                ScalarValue::Utf8(Some(s)) | ScalarValue::LargeUtf8(Some(s)) | ScalarValue::Utf8View(Some(s)) => s.len() as u64,
                _ => 0,
            },
            Some(ColumnarValue::Array(a)) if a.is_valid(row) => match a.data_type() {
                DataType::Utf8 => a.as_string::<i32>().value(row).len() as u64,
                DataType::LargeUtf8 => a.as_string::<i64>().value(row).len() as u64,
                DataType::Utf8View => a.as_string_view().value(row).len() as u64,
                _ => 0,
            },
            _ => 0,
        }
    };
    (0..rows).fold(0u64, |sum, row| sum.saturating_add(length(row).saturating_mul(count(row))))
}

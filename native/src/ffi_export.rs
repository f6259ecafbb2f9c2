//! The Arrow-native escape hatch: the rest of a result stream handed to any consumer
//! of the Arrow C stream interface (Arrow Java's `Data.importArrayStream`, for one).

use datafusion::arrow::array::{RecordBatch, RecordBatchReader};
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::error::ArrowError;
use datafusion::arrow::ffi_stream::FFI_ArrowArrayStream;
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::errors::{EngineError, EngineErrorBox};
use crate::exec::ResultStream;

struct ExportReader(ResultStream);

impl Iterator for ExportReader {
    type Item = Result<RecordBatch, ArrowError>;

    fn next(&mut self) -> Option<Self::Item> {
        // The consumer calls in through a C callback: a panic must not unwind into it.
        let result = catch_unwind(AssertUnwindSafe(|| self.0.next()))
            .unwrap_or_else(|_| Err(EngineError::internal("internal error while reading the stream")));
        match result {
            Ok(Some(batch)) => Some(Ok(batch)),
            Ok(None) => None,
            Err(e) => Some(Err(ArrowError::ExternalError(Box::new(EngineErrorBox(e))))),
        }
    }
}

impl RecordBatchReader for ExportReader {
    fn schema(&self) -> SchemaRef {
        self.0.schema()
    }
}

/// Writes an `ArrowArrayStream` owning `stream` to `address`.
///
/// # Safety
/// `address` must point to writable memory of at least `size_of::<FFI_ArrowArrayStream>()`
/// bytes that the caller treats as an uninitialised or released ArrowArrayStream.
pub unsafe fn export(stream: ResultStream, address: *mut FFI_ArrowArrayStream) {
    let ffi = FFI_ArrowArrayStream::new(Box::new(ExportReader(stream)));
    std::ptr::write(address, ffi);
}

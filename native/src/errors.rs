//! Every failure that crosses JNI becomes an [`EngineError`]: a SQLState plus the
//! engine's own message. This module is the one place where DataFusion and Arrow
//! errors are classified; `lib.rs` turns the result into a Java `EngineException`.

use datafusion::arrow::error::ArrowError;
use datafusion::error::DataFusionError;
use datafusion::common::SchemaError;

/// An error on its way to Java.
#[derive(Debug, Clone)]
pub struct EngineError {
    pub sql_state: &'static str,
    pub message: String,
}

pub type Result<T> = std::result::Result<T, EngineError>;

impl EngineError {
    pub fn new(sql_state: &'static str, message: impl Into<String>) -> Self {
        Self { sql_state, message: message.into() }
    }

    pub fn cancelled() -> Self {
        Self::new(state::QUERY_CANCELED, "Query was cancelled")
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(state::INTERNAL, message)
    }

    pub fn invalid_handle(what: &str) -> Self {
        Self::new(state::INVALID_HANDLE, format!("{what} is closed or invalid"))
    }

    /// The files behind a dataset no longer match its declared columns.
    pub fn schema_drift(message: impl Into<String>) -> Self {
        Self::new(state::DATATYPE_MISMATCH, message)
    }

    /// A table that SQL may read but not change was asked to change.
    pub fn read_only(message: impl Into<String>) -> Self {
        Self::new(state::SYNTAX_OR_ACCESS, message)
    }

    pub fn duplicate_table(qualified_name: &str) -> Self {
        Self::new(state::DUPLICATE_TABLE, format!("table {qualified_name} already exists"))
    }

    pub fn undefined_table(qualified_name: &str) -> Self {
        Self::new(state::UNDEFINED_TABLE, format!("table {qualified_name} does not exist"))
    }

    /// Same SQLState, with `context` in front of the message.
    pub fn context(self, context: impl std::fmt::Display) -> Self {
        Self { sql_state: self.sql_state, message: format!("{context}: {}", self.message) }
    }
}

/// The SQLStates we emit, named after their meaning (SQL:2016 and PostgreSQL usage).
pub mod state {
    pub const SYNTAX_ERROR: &str = "42601";
    pub const SYNTAX_OR_ACCESS: &str = "42000";
    pub const UNDEFINED_TABLE: &str = "42P01";
    pub const DUPLICATE_TABLE: &str = "42P07";
    pub const DATATYPE_MISMATCH: &str = "42804";
    /// PostgreSQL's invalid_table_definition: partition folders that contradict the declaration.
    pub const INVALID_PARTITION: &str = "42P16";
    pub const UNDEFINED_COLUMN: &str = "42703";
    /// PostgreSQL's invalid_object_definition: a contract view that failed its check.
    pub const INVALID_VIEW: &str = "42P17";
    pub const UNDEFINED_FUNCTION: &str = "42883";
    pub const AMBIGUOUS_COLUMN: &str = "42702";
    pub const DUPLICATE_OBJECT: &str = "42710";
    pub const DATA_EXCEPTION: &str = "22000";
    pub const DIVISION_BY_ZERO: &str = "22012";
    pub const NUMERIC_OUT_OF_RANGE: &str = "22003";
    pub const INVALID_CAST: &str = "22018";
    pub const INVALID_PARAMETER_VALUE: &str = "22023";
    pub const OUT_OF_MEMORY: &str = "53200";
    /// A file or URL outside the connection's allowed_paths, or a setting the connection fixed.
    pub const INSUFFICIENT_PRIVILEGE: &str = "42501";
    pub const NOT_SUPPORTED: &str = "0A000";
    pub const QUERY_CANCELED: &str = "57014";
    pub const IO_ERROR: &str = "58030";
    pub const INTERNAL: &str = "XX000";
    pub const INVALID_HANDLE: &str = "HY010";
}

impl From<DataFusionError> for EngineError {
    fn from(err: DataFusionError) -> Self {
        // Our own errors raised inside DataFusion callbacks (catalog lookups, table
        // providers) come back unchanged: their text is already what the user should see.
        if let Some(ours) = carried(&err) {
            return ours.clone();
        }
        let sql_state = classify(&err);
        let mut message = err.strip_backtrace();
        if sql_state == state::OUT_OF_MEMORY {
            message = format!(
                "the query needs more memory than the connection's memory_limit allows (set a larger memory_limit, \
                 or a temp_directory so that sorts and aggregates can spill): {message}"
            );
        }
        EngineError { sql_state, message }
    }
}

/// Lets code that must return a `DataFusionError` (trait methods DataFusion calls)
/// raise an [`EngineError`] whose SQLState and message survive the trip.
impl From<EngineError> for DataFusionError {
    fn from(err: EngineError) -> Self {
        DataFusionError::External(Box::new(EngineErrorBox(err)))
    }
}

/// The [`EngineError`] inside `err`, looking through the wrappers DataFusion adds.
fn carried(err: &DataFusionError) -> Option<&EngineError> {
    use DataFusionError as E;
    let direct = match err {
        E::Context(_, inner) | E::Diagnostic(_, inner) => carried(inner),
        E::Shared(inner) => carried(inner),
        E::External(inner) => match inner.downcast_ref::<EngineErrorBox>() {
            Some(b) => Some(&b.0),
            None => inner.downcast_ref::<DataFusionError>().and_then(carried),
        },
        E::ArrowError(a, _) => match a.as_ref() {
            ArrowError::ExternalError(inner) => inner.downcast_ref::<DataFusionError>().and_then(carried),
            _ => None,
        },
        _ => None,
    };
    // The access policy refuses paths from inside the object store, whose errors reach us
    // wrapped by whichever reader asked (object store, Parquet, Arrow, I/O errors).
    direct.or_else(|| carried_in_sources(err))
}

fn carried_in_sources<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a EngineError> {
    let mut next = err.source();
    while let Some(e) = next {
        if let Some(b) = e.downcast_ref::<EngineErrorBox>() {
            return Some(&b.0);
        }
        next = e.source();
    }
    None
}

impl From<ArrowError> for EngineError {
    fn from(err: ArrowError) -> Self {
        EngineError { sql_state: classify_arrow(&err), message: err.to_string() }
    }
}

fn classify(err: &DataFusionError) -> &'static str {
    use DataFusionError as E;
    match err {
        E::Context(_, inner) => classify(inner),
        E::Diagnostic(_, inner) => classify(inner),
        E::Shared(inner) => classify(inner),
        E::Collection(errs) => errs.first().map(classify).unwrap_or(state::INTERNAL),
        E::SQL(..) => state::SYNTAX_ERROR,
        E::Plan(msg) => classify_plan_message(msg),
        E::SchemaError(e, _) => match e.as_ref() {
            SchemaError::FieldNotFound { .. } => state::UNDEFINED_COLUMN,
            SchemaError::AmbiguousReference { .. } => state::AMBIGUOUS_COLUMN,
            _ => state::SYNTAX_OR_ACCESS,
        },
        E::NotImplemented(_) => state::NOT_SUPPORTED,
        E::Configuration(_) => state::INVALID_PARAMETER_VALUE,
        E::ArrowError(e, _) => classify_arrow(e),
        E::ResourcesExhausted(_) => state::OUT_OF_MEMORY,
        E::IoError(_) | E::ObjectStore(_) => state::IO_ERROR,
        E::ParquetError(_) => state::DATA_EXCEPTION,
        E::Execution(msg) => classify_execution_message(msg),
        E::ExecutionJoin(_) | E::Internal(_) => state::INTERNAL,
        E::External(inner) => match inner.downcast_ref::<EngineErrorBox>() {
            Some(e) => e.0.sql_state,
            None => match inner.downcast_ref::<ArrowError>() {
                Some(a) => classify_arrow(a),
                // A task of DataFusion's own that panicked (or was aborted): an internal fault.
                None if inner.is::<tokio::task::JoinError>() || inner.is::<std::sync::Arc<tokio::task::JoinError>>() => {
                    state::INTERNAL
                }
                None => state::DATA_EXCEPTION,
            },
        },
        _ => state::INTERNAL,
    }
}

fn classify_arrow(err: &ArrowError) -> &'static str {
    use ArrowError as A;
    match err {
        A::DivideByZero => state::DIVISION_BY_ZERO,
        A::ArithmeticOverflow(_) => state::NUMERIC_OUT_OF_RANGE,
        // "Can't cast value 300 to type Int8" is a numeric value out of the target's range.
        A::CastError(msg)
            if msg.contains("overflow") || msg.contains("too large") || msg.starts_with("Can't cast value") =>
        {
            state::NUMERIC_OUT_OF_RANGE
        }
        A::CastError(_) | A::ParseError(_) => state::INVALID_CAST,
        A::MemoryError(_) => state::OUT_OF_MEMORY,
        A::IoError(..) => state::IO_ERROR,
        A::NotYetImplemented(_) => state::NOT_SUPPORTED,
        A::ExternalError(inner) => match inner.downcast_ref::<DataFusionError>() {
            Some(df) => classify(df),
            None => state::DATA_EXCEPTION,
        },
        _ => state::DATA_EXCEPTION,
    }
}

/// Planning errors only carry text; the common "does not exist" shapes get their own
/// 42xxx code because tools branch on them (e.g. to offer "create table?").
fn classify_plan_message(msg: &str) -> &'static str {
    let m = msg.to_ascii_lowercase();
    if m.contains("table") && (m.contains("not found") || m.contains("doesn't exist") || m.contains("does not exist")) {
        state::UNDEFINED_TABLE
    } else if m.contains("invalid function") || (m.contains("function") && m.contains("not found")) {
        state::UNDEFINED_FUNCTION
    } else if m.contains("already exists") {
        state::DUPLICATE_OBJECT
    } else if m.contains("no field named") {
        state::UNDEFINED_COLUMN
    } else {
        state::SYNTAX_OR_ACCESS
    }
}

fn classify_execution_message(msg: &str) -> &'static str {
    let m = msg.to_ascii_lowercase();
    if m.contains("divide by zero") || m.contains("division by zero") {
        state::DIVISION_BY_ZERO
    } else if m.contains("overflow") || m.contains("out of range") {
        state::NUMERIC_OUT_OF_RANGE
    } else if m.contains("not found") && m.contains("table") {
        state::UNDEFINED_TABLE
    } else if m.contains("already exists") {
        state::DUPLICATE_OBJECT
    } else if m.contains("cancel") {
        state::QUERY_CANCELED
    } else {
        state::DATA_EXCEPTION
    }
}

/// Lets an [`EngineError`] travel inside a `DataFusionError::External` (e.g. out of an
/// Arrow C stream callback) without losing its SQLState.
#[derive(Debug)]
pub struct EngineErrorBox(pub EngineError);

impl std::fmt::Display for EngineErrorBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for EngineErrorBox {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_errors_are_syntax_errors() {
        let e: EngineError = DataFusionError::SQL(
            Box::new(datafusion::sql::sqlparser::parser::ParserError::ParserError("x".into())),
            None,
        )
        .into();
        assert_eq!(e.sql_state, "42601");
    }

    #[test]
    fn context_is_unwrapped_for_classification() {
        let inner = DataFusionError::ArrowError(Box::new(ArrowError::DivideByZero), None);
        let e: EngineError = DataFusionError::Context("while running".into(), Box::new(inner)).into();
        assert_eq!(e.sql_state, "22012");
        assert!(e.message.contains("Divide by zero"));
    }

    #[test]
    fn engine_errors_survive_a_trip_through_datafusion() {
        let df: DataFusionError = EngineError::schema_drift("schema drift in dataset a.b.c").into();
        let wrapped = DataFusionError::Context("planning".into(), Box::new(df));
        let e: EngineError = wrapped.into();
        assert_eq!(e.sql_state, "42804");
        assert_eq!(e.message, "schema drift in dataset a.b.c");
    }

    #[test]
    fn missing_table_is_42p01() {
        let e: EngineError = DataFusionError::Plan("table 'datafusion.public.nope' not found".into()).into();
        assert_eq!(e.sql_state, "42P01");
    }
}

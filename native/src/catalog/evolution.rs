//! Scan-time schema evolution: how one file written under an earlier (or later) shape of a
//! contract is read as the contract says, or refused.
//!
//! The rules are the contract's `evolution` block: a [`Mode`], the columns' former names and
//! their defaults. [`judge`] compares one file's own schema with the contract's file columns
//! and yields a [`FilePlan`]: where each contract column comes from (the file, under its name
//! or a former one, a default, or NULL) and every conversion that takes, as [`Conversion`]s
//! that end up in `dfschema.adapter_events`. Anything the mode does not allow is a problem
//! naming the column and both types; nothing is adapted silently.
//!
//! The same judgement serves two readers:
//! - Parquet: [`ContractAdapterFactory`] is DataFusion's per-file `PhysicalExprAdapterFactory`.
//!   It rewrites the scan's projection and predicate onto each file, so statistics and
//!   row-group pruning see the file's real column (`cast(old_name) = 5`).
//! - CSV, JSON, Arrow: their readers use one schema for every file, so the dataset reads
//!   each group of same-shaped files with that group's schema and projects the group onto
//!   the contract with expressions the same adapter rewrote (see `dataset::EvolvingFiles`).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use datafusion::arrow::array::RecordBatchOptions;
use datafusion::arrow::compute::can_cast_types;
use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Fields, Schema, SchemaRef, TimeUnit};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::common::tree_node::{Transformed, TransformedResult, TreeNode};
use datafusion::common::{DFSchema, ScalarValue};
use datafusion::error::Result as DfResult;
use datafusion::execution::context::SessionState;
use datafusion::logical_expr::{ColumnarValue, ExprSchemable};
use datafusion::physical_expr::expressions::{Column, Literal};
use datafusion::physical_expr::PhysicalExpr;
use datafusion::physical_expr_adapter::{DefaultPhysicalExprAdapter, PhysicalExprAdapter, PhysicalExprAdapterFactory};

use crate::errors::{state, EngineError, Result};

// ------------------------------------------------------------------ rules

/// How far a file may differ from the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Names, types and (where the format records it) nullability as declared.
    Strict,
    /// Files of earlier contract versions: defaults/NULL for missing columns, declared
    /// renames, lossless promotions, extra columns ignored.
    #[default]
    Compatible,
    /// As compatible, plus any cast the engine can do, each recorded as lossy.
    Lenient,
}

impl Mode {
    pub fn parse(text: &str) -> Option<Mode> {
        match text.to_ascii_lowercase().as_str() {
            "strict" => Some(Mode::Strict),
            "compatible" => Some(Mode::Compatible),
            "lenient" => Some(Mode::Lenient),
            _ => None,
        }
    }
}

/// A dataset's evolution rules, as its contract declares them.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub mode: Mode,
    /// Current column name → the names it had before, newest first as declared.
    pub renamed_from: Vec<(String, Vec<String>)>,
    /// Column → SQL text of its default.
    pub defaults: Vec<(String, String)>,
}

impl Rules {
    /// Parses the flat `kind, a, b` triples `DatasetRegistration.flatEvolution` sends:
    /// `mode, <mode>, ""`, `renamed, <column>, <old name>`, `default, <column>, <sql>`.
    pub fn from_flat(flat: &[String]) -> Result<Rules> {
        if flat.len() % 3 != 0 {
            return Err(invalid("evolution rules must be kind/name/value triples".into()));
        }
        let mut rules = Rules::default();
        for t in flat.chunks_exact(3) {
            match t[0].as_str() {
                "mode" => {
                    rules.mode = Mode::parse(&t[1])
                        .ok_or_else(|| invalid(format!("unknown evolution mode '{}' (strict, compatible, lenient)", t[1])))?
                }
                "renamed" => match rules.renamed_from.iter_mut().find(|(c, _)| *c == t[1]) {
                    Some((_, old)) => old.push(t[2].clone()),
                    None => rules.renamed_from.push((t[1].clone(), vec![t[2].clone()])),
                },
                "default" => rules.defaults.push((t[1].clone(), t[2].clone())),
                other => return Err(invalid(format!("unknown evolution rule '{other}'"))),
            }
        }
        Ok(rules)
    }

    /// The contract columns (of `contract`) that `file` has under no name, current or former.
    pub fn missing_in(&self, contract: &Schema, file: &Schema) -> Vec<String> {
        contract
            .fields()
            .iter()
            .map(|f| f.name())
            .filter(|name| {
                file.field_with_name(name).is_err()
                    && self.former_names(name).iter().all(|old| file.field_with_name(old).is_err())
            })
            .cloned()
            .collect()
    }

    fn former_names(&self, column: &str) -> &[String] {
        self.renamed_from.iter().find(|(c, _)| c == column).map(|(_, old)| old.as_slice()).unwrap_or(&[])
    }
}

fn invalid(message: String) -> EngineError {
    EngineError::new(state::INVALID_PARAMETER_VALUE, message)
}

/// The defaults of the contract columns some file lacks (`missing`), each evaluated once to a
/// value of its column's type. Only those: a default no file needs is never evaluated.
pub fn evaluate_defaults(
    rules: &Rules,
    columns: &Schema,
    missing: &HashSet<String>,
    state: &SessionState,
    dataset: &str,
) -> Result<HashMap<String, ScalarValue>> {
    let mut values = HashMap::new();
    for (column, sql) in &rules.defaults {
        if !missing.contains(column) {
            continue;
        }
        let Ok(field) = columns.field_with_name(column) else { continue };
        let value = evaluate_constant(sql, field.data_type(), state).map_err(|e| {
            invalid(format!("the default of column '{column}' of dataset {dataset} ({sql}) is not a constant: {e}"))
        })?;
        values.insert(column.clone(), value);
    }
    Ok(values)
}

fn evaluate_constant(sql: &str, data_type: &DataType, state: &SessionState) -> DfResult<ScalarValue> {
    let empty = DFSchema::empty();
    let expr = state.create_logical_expr(sql, &empty)?.cast_to(data_type, &empty)?;
    let physical = state.create_physical_expr(expr, &empty)?;
    let one_row = RecordBatch::try_new_with_options(
        Arc::new(Schema::empty()),
        vec![],
        &RecordBatchOptions::new().with_row_count(Some(1)),
    )?;
    match physical.evaluate(&one_row)? {
        ColumnarValue::Scalar(value) => Ok(value),
        ColumnarValue::Array(array) => ScalarValue::try_from_array(&array, 0),
    }
}

// ------------------------------------------------------------------ judgement

/// What was done to one column (or nested field) of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    FilledDefault,
    FilledNull,
    Renamed,
    Promoted,
    LossyCast,
    IgnoredExtra,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::FilledDefault => "filled_default",
            Kind::FilledNull => "filled_null",
            Kind::Renamed => "renamed",
            Kind::Promoted => "promoted",
            Kind::LossyCast => "lossy_cast",
            Kind::IgnoredExtra => "ignored_extra",
        }
    }
}

/// One conversion a file needs: a row of `dfschema.adapter_events` once the file is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// The contract's column, with `.field`, `[]`, `.key`/`.value` for nested parts.
    pub column: String,
    pub kind: Kind,
    /// The file's type (empty when the file lacks the column).
    pub from_type: String,
    /// The contract's type (empty for an ignored extra column).
    pub to_type: String,
    pub lossy: bool,
    pub detail: String,
}

/// Where one contract column comes from in one file.
#[derive(Debug, Clone)]
pub enum Source {
    /// The file's column of this name (the contract's name or a former one).
    File(String),
    Value(ScalarValue),
}

/// How one file is read as the contract: one source per contract column, and what it takes.
#[derive(Debug, Clone)]
pub struct FilePlan {
    sources: Vec<(FieldRef, Source)>,
    pub conversions: Vec<Conversion>,
}

impl FilePlan {
    /// Each contract column with where it comes from, in contract order.
    pub fn sources(&self) -> impl Iterator<Item = (&FieldRef, &Source)> {
        self.sources.iter().map(|(f, s)| (f, s))
    }

    /// Whether reading the file changes anything but ignoring extra columns.
    pub fn adapts(&self) -> bool {
        self.conversions.iter().any(|c| c.kind != Kind::IgnoredExtra)
    }
}

/// Compares one file's schema with the contract's columns under `rules`.
///
/// `nullability_recorded`: the format stores nullability (Parquet, Arrow), so strict mode
/// checks it; CSV and JSON files say nothing about it.
pub fn judge(
    rules: &Rules,
    defaults: &HashMap<String, ScalarValue>,
    contract: &Schema,
    file: &Schema,
    nullability_recorded: bool,
) -> std::result::Result<FilePlan, Vec<String>> {
    let mut j = Judgement { mode: rules.mode, conversions: Vec::new(), problems: Vec::new() };
    let mut sources = Vec::with_capacity(contract.fields().len());
    let mut used: HashSet<&str> = HashSet::new();
    for target in contract.fields() {
        let name = target.name();
        let found = file.field_with_name(name).ok().map(|f| (f, false)).or_else(|| {
            rules.former_names(name).iter().find_map(|old| file.field_with_name(old).ok().map(|f| (f, true)))
        });
        match found {
            Some((f, renamed)) => {
                used.insert(f.name().as_str());
                if renamed {
                    if j.mode == Mode::Strict {
                        j.problems.push(format!(
                            "column '{name}' is named '{}' in the file (strict mode allows no renames)",
                            f.name()
                        ));
                    } else {
                        j.convert(name, Kind::Renamed, f.data_type(), target.data_type(), format!("renamed from '{}'", f.name()));
                    }
                }
                j.compare(name, f.data_type(), target.data_type());
                if j.mode == Mode::Strict && nullability_recorded && f.is_nullable() && !target.is_nullable() {
                    j.problems.push(format!("column '{name}' is declared NOT NULL but the file's column is nullable"));
                }
                sources.push((Arc::clone(target), Source::File(f.name().clone())));
            }
            None if j.mode == Mode::Strict => {
                j.problems.push(format!("column '{name}' is declared {} but the file does not have it", target.data_type()));
            }
            None => match defaults.get(name) {
                None if rules.defaults.iter().any(|(c, _)| c == name) => j.problems.push(format!(
                    "column '{name}' is missing from the file and its default was not evaluated when the dataset \
                     was built (a file added since); reconnect to read it"
                )),
                Some(value) => {
                    j.conversions.push(filled(name, Kind::FilledDefault, target.data_type(), format!("default {value}")));
                    sources.push((Arc::clone(target), Source::Value(value.clone())));
                }
                None if target.is_nullable() => {
                    j.conversions.push(filled(name, Kind::FilledNull, target.data_type(), "NULL".into()));
                    let null = ScalarValue::try_from(target.data_type()).unwrap_or(ScalarValue::Null);
                    sources.push((Arc::clone(target), Source::Value(null)));
                }
                None => j.problems.push(format!(
                    "column '{name}' ({} NOT NULL, no default) is missing from the file",
                    target.data_type()
                )),
            },
        }
    }
    for f in file.fields() {
        if !used.contains(f.name().as_str()) {
            j.extra(f.name(), f.data_type());
        }
    }
    if j.problems.is_empty() {
        Ok(FilePlan { sources, conversions: j.conversions })
    } else {
        Err(j.problems)
    }
}

/// A column the file lacks, filled with `with` (its default, or NULL).
fn filled(column: &str, kind: Kind, to: &DataType, with: String) -> Conversion {
    Conversion {
        column: column.to_string(),
        kind,
        from_type: String::new(),
        to_type: to.to_string(),
        lossy: false,
        detail: format!("missing in the file; {with}"),
    }
}

struct Judgement {
    mode: Mode,
    conversions: Vec<Conversion>,
    problems: Vec<String>,
}

impl Judgement {
    fn convert(&mut self, column: &str, kind: Kind, from: &DataType, to: &DataType, detail: String) {
        self.conversions.push(Conversion {
            column: column.to_string(),
            kind,
            from_type: from.to_string(),
            to_type: to.to_string(),
            lossy: kind == Kind::LossyCast,
            detail,
        });
    }

    fn extra(&mut self, path: &str, data_type: &DataType) {
        if self.mode == Mode::Strict {
            self.problems.push(format!("column '{path}' is in the file ({data_type}) but not in the contract"));
        } else {
            self.conversions.push(Conversion {
                column: path.to_string(),
                kind: Kind::IgnoredExtra,
                from_type: data_type.to_string(),
                to_type: String::new(),
                lossy: false,
                detail: "not in the contract; not read".into(),
            });
        }
    }

    /// Records what reading `from` as `to` takes at `path`, or why it is refused.
    fn compare(&mut self, path: &str, from: &DataType, to: &DataType) {
        use DataType as D;
        if reading_form(from) == reading_form(to) {
            return;
        }
        match (from, to) {
            (D::Struct(file_fields), D::Struct(fields)) => self.compare_struct(path, file_fields, fields),
            (D::Map(fe, _), D::Map(te, _)) => match (fe.data_type(), te.data_type()) {
                (D::Struct(fkv), D::Struct(tkv)) if fkv.len() == 2 && tkv.len() == 2 => {
                    self.compare(&format!("{path}.key"), fkv[0].data_type(), tkv[0].data_type());
                    self.compare(&format!("{path}.value"), fkv[1].data_type(), tkv[1].data_type());
                }
                _ => self.scalar(path, from, to),
            },
            _ => match (list_item(from), list_item(to)) {
                (Some((fk, fi)), Some((tk, ti))) => {
                    if fk != tk && !(fk == ListKind::List && tk == ListKind::Large) {
                        self.scalar(path, from, to);
                    } else {
                        if fk != tk {
                            self.convert_or_refuse(path, from, to, Kind::Promoted);
                        }
                        self.compare(&format!("{path}[]"), fi.data_type(), ti.data_type());
                    }
                }
                _ => self.scalar(path, from, to),
            },
        }
    }

    fn compare_struct(&mut self, path: &str, file_fields: &Fields, fields: &Fields) {
        for t in fields {
            let nested = format!("{path}.{}", t.name());
            match file_fields.iter().find(|f| f.name() == t.name()) {
                Some(f) => self.compare(&nested, f.data_type(), t.data_type()),
                None if self.mode == Mode::Strict => {
                    self.problems.push(format!("field '{nested}' is declared {} but the file does not have it", t.data_type()))
                }
                None if t.is_nullable() => {
                    self.conversions.push(filled(&nested, Kind::FilledNull, t.data_type(), "NULL".into()))
                }
                None => self.problems.push(format!(
                    "field '{nested}' ({} NOT NULL) is missing from the file",
                    t.data_type()
                )),
            }
        }
        for f in file_fields {
            if !fields.iter().any(|t| t.name() == f.name()) {
                self.extra(&format!("{path}.{}", f.name()), f.data_type());
            }
        }
    }

    fn scalar(&mut self, path: &str, from: &DataType, to: &DataType) {
        if lossless(from, to) {
            self.convert_or_refuse(path, from, to, Kind::Promoted);
        } else if self.mode == Mode::Lenient && can_cast_types(from, to) {
            self.convert(path, Kind::LossyCast, from, to, "cast; values may lose precision or fail".into());
        } else {
            let why = match self.mode {
                Mode::Strict => "strict mode allows no type change",
                Mode::Compatible => "not a lossless promotion",
                Mode::Lenient => "no cast exists",
            };
            self.problems.push(format!("column '{path}' is declared {to} but the file has {from} ({why})"));
        }
    }

    fn convert_or_refuse(&mut self, path: &str, from: &DataType, to: &DataType, kind: Kind) {
        if self.mode == Mode::Strict {
            self.problems.push(format!(
                "column '{path}' is declared {to} but the file has {from} (strict mode allows no type change)"
            ));
        } else {
            self.convert(path, kind, from, to, "lossless promotion".into());
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    List,
    Large,
    Fixed,
}

fn list_item(t: &DataType) -> Option<(ListKind, &FieldRef)> {
    match t {
        DataType::List(f) | DataType::ListView(f) => Some((ListKind::List, f)),
        DataType::LargeList(f) | DataType::LargeListView(f) => Some((ListKind::Large, f)),
        DataType::FixedSizeList(f, _) => Some((ListKind::Fixed, f)),
        _ => None,
    }
}

/// Whether every value of `from` is exactly a value of `to` (Iceberg's and Avro's
/// promotions, plus string and binary encodings among themselves).
pub fn lossless(from: &DataType, to: &DataType) -> bool {
    use DataType as D;
    match (from, to) {
        (D::Int8, D::Int16 | D::Int32 | D::Int64 | D::Float32 | D::Float64) => true,
        (D::Int16, D::Int32 | D::Int64 | D::Float32 | D::Float64) => true,
        (D::Int32, D::Int64 | D::Float64) => true,
        (D::UInt8, D::UInt16 | D::UInt32 | D::UInt64 | D::Int16 | D::Int32 | D::Int64 | D::Float32 | D::Float64) => true,
        (D::UInt16, D::UInt32 | D::UInt64 | D::Int32 | D::Int64 | D::Float32 | D::Float64) => true,
        (D::UInt32, D::UInt64 | D::Int64 | D::Float64) => true,
        (D::Float16, D::Float32 | D::Float64) | (D::Float32, D::Float64) => true,
        (D::Date32, D::Date64 | D::Timestamp(_, _)) | (D::Date64, D::Timestamp(_, _)) => true,
        (D::Timestamp(u1, tz1), D::Timestamp(u2, tz2)) => tz1 == tz2 && unit_rank(*u2) >= unit_rank(*u1),
        _ => match (decimal(from), decimal(to)) {
            (Some((p1, s1)), Some((p2, s2))) => s1 == s2 && p2 >= p1,
            _ => (is_string(from) && is_string(to)) || (is_binary(from) && is_binary(to)),
        },
    }
}

fn unit_rank(u: TimeUnit) -> u8 {
    match u {
        TimeUnit::Second => 0,
        TimeUnit::Millisecond => 1,
        TimeUnit::Microsecond => 2,
        TimeUnit::Nanosecond => 3,
    }
}

fn decimal(t: &DataType) -> Option<(u8, i8)> {
    match t {
        DataType::Decimal32(p, s) | DataType::Decimal64(p, s) | DataType::Decimal128(p, s) | DataType::Decimal256(p, s) => {
            Some((*p, *s))
        }
        _ => None,
    }
}

fn is_string(t: &DataType) -> bool {
    match t {
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => true,
        DataType::Dictionary(_, v) => is_string(v),
        _ => false,
    }
}

fn is_binary(t: &DataType) -> bool {
    match t {
        DataType::Binary | DataType::LargeBinary | DataType::BinaryView => true,
        DataType::Dictionary(_, v) => is_binary(v),
        _ => false,
    }
}

/// A type with what is not a property of the files erased: names of list items and map
/// entries, nested nullability and metadata, and view vs. plain strings and binaries
/// (which of those a reader produces is a session setting, the profile's).
pub fn reading_form(t: &DataType) -> DataType {
    use DataType as D;
    let item = |f: &FieldRef| Arc::new(Field::new("item", reading_form(f.data_type()), true));
    match t {
        D::Utf8View => D::Utf8,
        D::BinaryView => D::Binary,
        D::List(f) | D::ListView(f) => D::List(item(f)),
        D::LargeList(f) | D::LargeListView(f) => D::LargeList(item(f)),
        D::FixedSizeList(f, n) => D::FixedSizeList(item(f), *n),
        D::Struct(fields) => D::Struct(
            fields.iter().map(|f| Field::new(f.name(), reading_form(f.data_type()), true)).collect(),
        ),
        D::Map(entries, sorted) => match entries.data_type() {
            D::Struct(kv) if kv.len() == 2 => {
                let kv = Fields::from(vec![
                    Field::new("key", reading_form(kv[0].data_type()), false),
                    Field::new("value", reading_form(kv[1].data_type()), true),
                ]);
                D::Map(Arc::new(Field::new("entries", D::Struct(kv), false)), *sorted)
            }
            _ => t.clone(),
        },
        D::Dictionary(k, v) => D::Dictionary(k.clone(), Box::new(reading_form(v))),
        _ => t.clone(),
    }
}

// ------------------------------------------------------------------ the adapter

/// DataFusion's per-file hook: judges each file's schema and rewrites expressions onto it.
#[derive(Debug)]
pub struct ContractAdapterFactory {
    pub dataset: String,
    pub rules: Rules,
    pub defaults: HashMap<String, ScalarValue>,
    pub nullability_recorded: bool,
}

impl PhysicalExprAdapterFactory for ContractAdapterFactory {
    fn create(&self, logical: SchemaRef, physical: SchemaRef) -> DfResult<Arc<dyn PhysicalExprAdapter>> {
        // A file listed after the dataset was built meets its judgement here; the message
        // cannot name it (DataFusion does not pass the path), the build-time check does.
        let plan = judge(&self.rules, &self.defaults, &logical, &physical, self.nullability_recorded).map_err(|p| {
            EngineError::schema_drift(format!("schema drift in dataset {}: a file {}", self.dataset, p.join("; ")))
        })?;
        Ok(Arc::new(ContractAdapter::new(&plan, &logical, physical)))
    }
}

/// Rewrites contract columns onto one file: former names to the file's column, missing
/// columns to their default or NULL; DataFusion's default adapter then adds the casts
/// (and narrows struct field access) against the file's real types.
#[derive(Debug)]
struct ContractAdapter {
    replacements: HashMap<String, Arc<dyn PhysicalExpr>>,
    inner: DefaultPhysicalExprAdapter,
}

impl ContractAdapter {
    fn new(plan: &FilePlan, logical: &Schema, physical: SchemaRef) -> Self {
        let mut replacements: HashMap<String, Arc<dyn PhysicalExpr>> = HashMap::new();
        // The contract's columns as the file names them, with the contract's types.
        let mut as_named: Vec<FieldRef> = logical.fields().iter().cloned().collect();
        for (target, source) in &plan.sources {
            let Ok(index) = logical.index_of(target.name()) else { continue };
            match source {
                Source::File(name) if name != target.name() => {
                    as_named[index] = Arc::new(target.as_ref().clone().with_name(name));
                    replacements.insert(target.name().clone(), Arc::new(Column::new(name, index)));
                }
                Source::File(_) => {}
                Source::Value(value) => {
                    replacements.insert(target.name().clone(), Arc::new(Literal::new(value.clone())));
                }
            }
        }
        let as_named = Arc::new(Schema::new_with_metadata(as_named, logical.metadata().clone()));
        ContractAdapter { replacements, inner: DefaultPhysicalExprAdapter::new(as_named, physical) }
    }
}

impl PhysicalExprAdapter for ContractAdapter {
    fn rewrite(&self, expr: Arc<dyn PhysicalExpr>) -> DfResult<Arc<dyn PhysicalExpr>> {
        let expr = if self.replacements.is_empty() {
            expr
        } else {
            expr.transform(|e| {
                if let Some(column) = e.downcast_ref::<Column>() {
                    if let Some(replacement) = self.replacements.get(column.name()) {
                        return Ok(Transformed::yes(Arc::clone(replacement)));
                    }
                }
                Ok(Transformed::no(e))
            })
            .data()?
        };
        self.inner.rewrite(expr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(fields: Vec<Field>) -> Schema {
        Schema::new(fields)
    }

    fn rules(mode: Mode) -> Rules {
        Rules { mode, ..Rules::default() }
    }

    #[test]
    fn promotions_are_lossless_only_one_way() {
        assert!(lossless(&DataType::Int32, &DataType::Int64));
        assert!(!lossless(&DataType::Int64, &DataType::Int32));
        assert!(!lossless(&DataType::Int64, &DataType::Float64));
        assert!(lossless(&DataType::Decimal128(10, 2), &DataType::Decimal128(12, 2)));
        assert!(!lossless(&DataType::Decimal128(10, 2), &DataType::Decimal128(12, 3)));
        assert!(lossless(&DataType::Timestamp(TimeUnit::Millisecond, None), &DataType::Timestamp(TimeUnit::Microsecond, None)));
        assert!(!lossless(&DataType::Timestamp(TimeUnit::Nanosecond, None), &DataType::Timestamp(TimeUnit::Second, None)));
    }

    #[test]
    fn each_mode_judges_a_renamed_widened_file() {
        let contract = schema(vec![
            Field::new("id", DataType::Int64, false),
            Field::new("path", DataType::Utf8, true),
            Field::new("size", DataType::Int64, true),
        ]);
        let file = schema(vec![Field::new("id", DataType::Int32, false), Field::new("file_path", DataType::Utf8, true)]);
        let mut r = rules(Mode::Compatible);
        r.renamed_from.push(("path".into(), vec!["file_path".into()]));
        let plan = judge(&r, &HashMap::new(), &contract, &file, true).expect("compatible adapts");
        let kinds: Vec<(&str, Kind)> = plan.conversions.iter().map(|c| (c.column.as_str(), c.kind)).collect();
        assert_eq!(kinds, vec![("id", Kind::Promoted), ("path", Kind::Renamed), ("size", Kind::FilledNull)]);
        r.mode = Mode::Strict;
        let problems = judge(&r, &HashMap::new(), &contract, &file, true).expect_err("strict refuses");
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn narrowing_is_refused_unless_lenient() {
        let contract = schema(vec![Field::new("n", DataType::Int32, true)]);
        let file = schema(vec![Field::new("n", DataType::Int64, true)]);
        assert!(judge(&rules(Mode::Compatible), &HashMap::new(), &contract, &file, true).is_err());
        let plan = judge(&rules(Mode::Lenient), &HashMap::new(), &contract, &file, true).expect("lenient casts");
        assert_eq!(plan.conversions[0].kind, Kind::LossyCast);
        assert!(plan.conversions[0].lossy);
    }

    #[test]
    fn nested_fields_follow_the_same_rules() {
        let inner = |fields: Vec<Field>| DataType::Struct(Fields::from(fields));
        let contract = schema(vec![Field::new(
            "s",
            inner(vec![Field::new("a", DataType::Int64, true), Field::new("b", DataType::Utf8, true)]),
            true,
        )]);
        let file = schema(vec![Field::new(
            "s",
            inner(vec![Field::new("a", DataType::Int32, true), Field::new("c", DataType::Utf8, true)]),
            true,
        )]);
        let plan = judge(&rules(Mode::Compatible), &HashMap::new(), &contract, &file, true).expect("adapts");
        let kinds: Vec<(&str, Kind)> = plan.conversions.iter().map(|c| (c.column.as_str(), c.kind)).collect();
        assert_eq!(kinds, vec![("s.a", Kind::Promoted), ("s.b", Kind::FilledNull), ("s.c", Kind::IgnoredExtra)]);
    }

    #[test]
    fn a_missing_required_column_without_default_is_refused() {
        let contract = schema(vec![Field::new("id", DataType::Int64, false), Field::new("k", DataType::Int64, false)]);
        let file = schema(vec![Field::new("id", DataType::Int64, false)]);
        assert!(judge(&rules(Mode::Lenient), &HashMap::new(), &contract, &file, true).is_err());
        let defaults = HashMap::from([("k".to_string(), ScalarValue::Int64(Some(7)))]);
        let plan = judge(&rules(Mode::Compatible), &defaults, &contract, &file, true).expect("default fills");
        assert_eq!(plan.conversions[0].kind, Kind::FilledDefault);
    }
}

//! A set of dataset specs filled once and mounted into any number of sessions.
//!
//! Opening a contract catalog should not cost more for ten thousand datasets than for
//! one. So Java fills a [`DatasetSet`] once per catalog (per JVM), and each session
//! mounts it: its schemas get a reference to the set's name → spec maps, and a dataset
//! becomes a session object only when a query references it.
//!
//! The set can also carry the diagnostic rows its registration produced (decoded once),
//! so that each session's `dfschema.registrations` gets them without re-encoding.

use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use datafusion::arrow::array::{ArrayRef, Int64Array, RecordBatch};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::json::ReaderBuilder;

use super::{DatasetSpec, TableName};
use crate::errors::{EngineError, Result};
use crate::stats;

/// The datasets of one schema: each name and alias → its spec.
#[derive(Debug)]
pub struct SchemaSpecs {
    catalog: String,
    schema: String,
    by_name: HashMap<String, Arc<DatasetSpec>>,
}

impl SchemaSpecs {
    pub fn catalog(&self) -> &str {
        &self.catalog
    }

    pub fn schema(&self) -> &str {
        &self.schema
    }

    pub fn get(&self, name: &str) -> Option<&Arc<DatasetSpec>> {
        self.by_name.get(name)
    }

    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }
}

/// Diagnostic rows to append to a table at every mount, with one (time stamp) column set
/// to the time of the mount.
struct Rows {
    table: TableName,
    json_lines: String,
    time_column: String,
    decoded: OnceLock<std::result::Result<Vec<RecordBatch>, String>>,
}

/// Specs added one by one, then mounted (after the first mount nothing can be added).
pub struct DatasetSet {
    filling: Mutex<BTreeMap<(String, String), HashMap<String, Arc<DatasetSpec>>>>,
    sealed: OnceLock<Vec<Arc<SchemaSpecs>>>,
    rows: Mutex<Option<Arc<Rows>>>,
}

impl Default for DatasetSet {
    fn default() -> Self {
        stats::DATASET_SETS.inc();
        DatasetSet { filling: Mutex::new(BTreeMap::new()), sealed: OnceLock::new(), rows: Mutex::new(None) }
    }
}

impl Drop for DatasetSet {
    fn drop(&mut self) {
        stats::DATASET_SETS.dec();
    }
}

impl DatasetSet {
    /// Adds a spec under its name and each alias; a name already in the set is refused.
    pub fn add(&self, spec: DatasetSpec, aliases: Vec<String>) -> Result<()> {
        if self.sealed.get().is_some() {
            return Err(EngineError::new(
                crate::errors::state::INVALID_PARAMETER_VALUE,
                "a dataset set cannot change after it has been mounted",
            ));
        }
        let mut filling = self.filling.lock().unwrap_or_else(PoisonError::into_inner);
        let key = (spec.table.catalog.clone(), spec.table.schema.clone());
        let names = filling.entry(key).or_default();
        let spec = Arc::new(spec);
        let mut all = vec![spec.table.table.clone()];
        all.extend(aliases);
        for name in &all {
            if names.contains_key(name) {
                let q = TableName { table: name.clone(), ..spec.table.clone() };
                return Err(EngineError::duplicate_table(&q.to_string()));
            }
        }
        for name in all {
            names.insert(name, spec.clone());
        }
        Ok(())
    }

    /// Sets the rows every mount appends to `table`, `time_column` filled with the mount's time.
    pub fn set_rows(&self, table: TableName, json_lines: String, time_column: String) {
        let rows = Rows { table, json_lines, time_column, decoded: OnceLock::new() };
        *self.rows.lock().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(rows));
    }

    /// The per-schema maps; the first call seals the set.
    pub fn schemas(&self) -> Vec<Arc<SchemaSpecs>> {
        self.sealed
            .get_or_init(|| {
                let filling = std::mem::take(&mut *self.filling.lock().unwrap_or_else(PoisonError::into_inner));
                filling
                    .into_iter()
                    .map(|((catalog, schema), by_name)| Arc::new(SchemaSpecs { catalog, schema, by_name }))
                    .collect()
            })
            .clone()
    }

    /// The table the rows go to, when the set carries rows.
    pub fn rows_table(&self) -> Option<TableName> {
        self.rows.lock().unwrap_or_else(PoisonError::into_inner).as_ref().map(|r| r.table.clone())
    }

    /// The rows for a mount at `millis` since the epoch, decoded (once) with the table's `schema`.
    pub fn rows_for(&self, schema: SchemaRef, millis: i64) -> Result<Vec<RecordBatch>> {
        let Some(rows) = self.rows.lock().unwrap_or_else(PoisonError::into_inner).clone() else {
            return Ok(Vec::new());
        };
        let decoded = rows.decoded.get_or_init(|| {
            ReaderBuilder::new(schema.clone())
                .with_strict_mode(true)
                .build(Cursor::new(rows.json_lines.as_bytes()))
                .and_then(|reader| reader.collect::<std::result::Result<Vec<_>, _>>())
                .map_err(|e| e.to_string())
        });
        let batches = decoded.as_ref().map_err(|e| {
            EngineError::new(crate::errors::state::INVALID_PARAMETER_VALUE, format!("diagnostic rows: {e}"))
        })?;
        let Ok(index) = schema.index_of(&rows.time_column) else {
            return Ok(batches.clone());
        };
        batches
            .iter()
            .map(|b| {
                let mut columns: Vec<ArrayRef> = b.columns().to_vec();
                let stamp: ArrayRef = Arc::new(Int64Array::from(vec![millis; b.num_rows()]));
                columns[index] = cast(&stamp, columns[index].data_type())?;
                Ok(RecordBatch::try_new(b.schema(), columns)?)
            })
            .collect()
    }
}

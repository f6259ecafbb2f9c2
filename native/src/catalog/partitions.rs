//! The partition check run when a dataset with declared partition columns is built:
//! its `key=value` folders are compared with the declaration (a declared key no folder
//! has, a folder key nobody declared, keys at another level, values the declared type
//! cannot hold).
//!
//! It runs at the first reference, not at connect, so that opening a catalog never
//! walks folders. Only local folders are walked, in path order, and only the first
//! [`MAX_FILES`] data files are looked at, so a huge dataset costs a bounded walk.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use datafusion::arrow::array::{Array, StringArray};
use datafusion::arrow::compute::{cast_with_options, CastOptions};
use datafusion::arrow::datatypes::DataType;

use super::DatasetSpec;

pub const MAX_FILES: usize = 1000;

/// Hive-style writers put NULL partitions in folders with this value; any type holds it.
const NULL_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

/// One row of the check; mirrors what `dfschema.partition_checks` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub column: String,
    /// The declared folder level (1-based); None for a key nobody declared.
    pub level: Option<usize>,
    pub actual: String,
    /// Empty when the column matches.
    pub reason: String,
}

impl Finding {
    pub fn ok(&self) -> bool {
        self.reason.is_empty()
    }
}

/// The check of `spec` against the local folder `root`; None when there is nothing to walk.
pub fn check(spec: &DatasetSpec, root: &Path, extension: &str) -> Option<Vec<Finding>> {
    if spec.partition_columns.is_empty() || !root.is_dir() {
        return None;
    }
    let mut files = Vec::new();
    if let Err(e) = walk_sorted(root, extension, &mut files) {
        return Some(vec![Finding {
            column: String::new(),
            level: None,
            actual: String::new(),
            reason: format!("cannot list '{}': {e}", root.display()),
        }]);
    }
    // key -> values seen (sorted, deduplicated), and every distinct key order.
    let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut first_seen: Vec<String> = Vec::new();
    let mut orders: Vec<Vec<String>> = Vec::new();
    for file in &files {
        let mut keys = Vec::new();
        let folders = file.parent().and_then(|p| p.strip_prefix(root).ok()).map(Path::to_path_buf).unwrap_or_default();
        for segment in folders.iter() {
            let segment = segment.to_string_lossy();
            if let Some((key, value)) = segment.split_once('=') {
                if key.is_empty() {
                    continue;
                }
                keys.push(key.to_string());
                let seen = values.entry(key.to_string()).or_default();
                if !seen.iter().any(|v| v == value) {
                    seen.push(value.to_string());
                }
                if !first_seen.iter().any(|k| k == key) {
                    first_seen.push(key.to_string());
                }
            }
        }
        if !orders.contains(&keys) {
            orders.push(keys);
        }
    }
    let declared_types = declared_partition_types(spec);
    let mut findings = Vec::new();
    for (i, name) in spec.partition_columns.iter().enumerate() {
        let level = Some(i + 1);
        let Some(seen) = values.get(name) else {
            findings.push(Finding { column: name.clone(), level, actual: String::new(), reason: "no folder has this key".into() });
            continue;
        };
        let mut reason = String::new();
        for order in &orders {
            match order.iter().position(|k| k == name) {
                Some(at) if at == i => {}
                Some(at) => {
                    reason = format!("at folder level {} in {}", at + 1, order.join("/"));
                    break;
                }
                None => {
                    reason = format!("missing in some folders ({})", order.join("/"));
                    break;
                }
            }
        }
        if reason.is_empty() {
            if let Some(Some(data_type)) = declared_types.get(i) {
                if let Some(bad) = first_misfit(seen, data_type) {
                    reason = format!("value '{bad}' is not a {data_type}");
                }
            }
        }
        findings.push(Finding { column: name.clone(), level, actual: sample(seen), reason });
    }
    for key in &first_seen {
        if !spec.partition_columns.contains(key) {
            findings.push(Finding {
                column: key.clone(),
                level: None,
                actual: sample(&values[key]),
                reason: "folder key not declared".into(),
            });
        }
    }
    Some(findings)
}

/// `values a, b, c, ...`: the first three values seen.
fn sample(values: &[String]) -> String {
    let first: Vec<&str> = values.iter().take(3).map(String::as_str).collect();
    format!("values {}{}", first.join(", "), if values.len() > 3 { ", ..." } else { "" })
}

/// The declared types of the partition columns, in partition order (None when only names are known).
fn declared_partition_types(spec: &DatasetSpec) -> Vec<Option<DataType>> {
    spec.partition_columns
        .iter()
        .map(|p| spec.columns.iter().find(|f| f.name() == p).map(|f| f.data_type().clone()))
        .collect()
}

/// The first value the type cannot hold, trying the cast the engine would do.
fn first_misfit(values: &[String], data_type: &DataType) -> Option<String> {
    let candidates: Vec<&str> = values.iter().map(String::as_str).filter(|v| *v != NULL_PARTITION).collect();
    let input: Arc<dyn Array> = Arc::new(StringArray::from(candidates.clone()));
    let options = CastOptions { safe: true, ..Default::default() };
    let Ok(cast) = cast_with_options(&input, data_type, &options) else {
        return None; // no cast from text at all: nothing a folder name could be checked against
    };
    (0..cast.len()).find(|&i| cast.is_null(i)).map(|i| candidates[i].to_string())
}

/// Collects up to [`MAX_FILES`] files ending in `extension`, in path order, depth first;
/// hidden and underscore-prefixed entries are skipped as DataFusion's listing skips them.
fn walk_sorted(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if out.len() >= MAX_FILES {
            return Ok(());
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') || (name.starts_with('_') && !name.contains('=')) {
            continue;
        }
        if path.is_dir() {
            walk_sorted(&path, extension, out)?;
        } else if name.ends_with(extension) {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::TableName;
    use datafusion::arrow::datatypes::Field;
    use std::collections::HashMap;

    fn spec(partitions: &[(&str, DataType)]) -> DatasetSpec {
        let mut columns = vec![Field::new("v", DataType::Int64, true)];
        columns.extend(partitions.iter().map(|(n, t)| Field::new(*n, t.clone(), true)));
        DatasetSpec {
            table: TableName { catalog: "c".into(), schema: "s".into(), table: "t".into() },
            format: "PARQUET".into(),
            location: String::new(),
            file_extension: None,
            columns,
            partition_columns: partitions.iter().map(|(n, _)| n.to_string()).collect(),
            options: HashMap::new(),
            settings: Vec::new(),
            sort_order: Vec::new(),
            unbounded: false,
            cache: false,
            mutable: false,
            check_drift: false,
            strict_partitions: false,
        }
    }

    fn finding(column: &str, level: Option<usize>, actual: &str, reason: &str) -> Finding {
        Finding { column: column.into(), level, actual: actual.into(), reason: reason.into() }
    }

    #[test]
    fn folders_are_compared_with_the_declaration() {
        let root = std::env::temp_dir().join(format!("dfschema-partitions-{}", std::process::id()));
        for (folder, file) in [("year=2024/repo=a", "f.parquet"), ("year=x/repo=b", "f.parquet"), ("year=x/repo=b", "skip.csv")] {
            fs::create_dir_all(root.join(folder)).expect("folder");
            fs::write(root.join(folder).join(file), b"").expect("file");
        }
        let wrong = spec(&[("repo", DataType::Utf8), ("year", DataType::Int32), ("day", DataType::Date32)]);
        assert_eq!(
            check(&wrong, &root, ".parquet").expect("a folder is checked"),
            vec![
                finding("repo", Some(1), "values a, b", "at folder level 2 in year/repo"),
                finding("year", Some(2), "values 2024, x", "at folder level 1 in year/repo"),
                finding("day", Some(3), "", "no folder has this key"),
            ]
        );
        let right = spec(&[("year", DataType::Utf8), ("repo", DataType::Utf8)]);
        assert!(check(&right, &root, ".parquet").expect("checked").iter().all(Finding::ok));
        let typed = spec(&[("year", DataType::Int32), ("repo", DataType::Utf8)]);
        assert_eq!(check(&typed, &root, ".parquet").expect("checked")[0].reason, "value 'x' is not a Int32");
        let undeclared = spec(&[("year", DataType::Utf8)]);
        assert_eq!(
            check(&undeclared, &root, ".parquet").expect("checked")[1],
            finding("repo", None, "values a, b", "folder key not declared")
        );
        assert!(check(&right, &root.join("year=2024/repo=a/f.parquet"), ".parquet").is_none(), "a file is not walked");
        fs::remove_dir_all(&root).expect("cleanup");
    }
}

//! The verdict on each finding of a MySQL-family source: what pgloader failed on, converted or
//! made something else of.

use super::catalog::{Catalog, ColumnInfo, ON_UPDATE_FUNCTION};
use super::log::LogFindings;
use crate::assessment::Finding;
use crate::rehearse::{Failure, Verdict};
use crate::rubric::model::Conversion as CheckConversion;

/// The rubric checks about objects pgloader leaves out, and the kind each is about.
fn left_out_kind(check: &str) -> Option<&'static str> {
    if check == "mysql-stored-routines"
        || check.starts_with("mysql-routine-")
        || check == "mysql-definer-routines"
    {
        Some("routines")
    } else if check.starts_with("mysql-trigger") {
        Some("triggers")
    } else if check == "mysql-events" {
        Some("events")
    } else if check.starts_with("mysql-view") || check == "mysql-definer-views" {
        Some("views")
    } else {
        None
    }
}

/// `schema.table[.column]` of a finding's object (`shop.film.rating`, `shop.customers (utf8)`);
/// `None` for an object that names no table (`6 TIMESTAMP columns`).
pub(super) fn object_path(object: &str) -> Option<(String, Option<String>)> {
    let first = object.split_whitespace().next()?.to_ascii_lowercase();
    let parts: Vec<&str> = first.split('.').collect();
    match parts.as_slice() {
        [s, t] => Some((format!("{s}.{t}"), None)),
        [s, t, c] => Some((format!("{s}.{t}"), Some(c.to_string()))),
        _ => None,
    }
}

/// Whether failure `f` (on `table`) is about `object`: the table could not be created, or the
/// statement names the object's column or index.
fn failure_touches(f: &Failure, table: &str, object: &(String, Option<String>)) -> bool {
    if object.0 != table {
        return false;
    }
    if f.kind.starts_with("CREATE TABLE") {
        return true;
    }
    match &object.1 {
        None => true,
        Some(part) => {
            let text = format!("{} {}", f.statement, f.message).to_ascii_lowercase();
            text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|w| w == part)
        }
    }
}

/// The checks a pgloader failure may prove (by-hand checks about what failed).
pub fn candidates(f: &Failure) -> Vec<&'static str> {
    let text = format!("{} {}", f.statement, f.message).to_ascii_lowercase();
    let mut out = Vec::new();
    if text.contains("0000-00-00") {
        out.push("mysql-zero-date-default");
    }
    if text.contains("to_tsvector") || text.contains(" gin") {
        out.push("mysql-fulltext-index");
    }
    if text.contains("geometry") || text.contains("geography") || text.contains("gist") {
        out.extend(["mysql-spatial-column", "mysql-spatial-index"]);
    }
    if text.contains("json") {
        out.push("mysql-json-column");
    }
    if text.contains("generated") {
        out.extend([
            "mysql-virtual-generated-column",
            "mysql-stored-generated-column",
        ]);
    }
    if text.contains("collat") {
        out.extend([
            "mysql-case-insensitive-collation",
            "mysql-case-insensitive-key",
        ]);
    }
    if f.kind.contains("INDEX") {
        out.push("mysql-prefix-index");
    }
    if f.kind.contains("FOREIGN KEY") {
        out.push("mysql-myisam-unenforced-relationships");
    }
    out
}

/// How an automatic check's conversion shows in the catalog, for one column (`None`: the
/// column is there, nothing more to see).
fn expected(
    check: &str,
    table: &str,
    col: Option<&ColumnInfo>,
    c: &Catalog,
) -> Result<String, String> {
    let has_trigger = c
        .triggers
        .get(table)
        .is_some_and(|fns| fns.iter().any(|f| f.starts_with(ON_UPDATE_FUNCTION)));
    match (check, col) {
        ("mysql-auto-increment", _) => {
            let serial = c
                .columns
                .iter()
                .any(|(n, col)| col.serial && n.starts_with(&format!("{table}.")));
            if serial {
                Ok("a sequence fills its key".into())
            } else {
                Err("no column of it is filled by a sequence".into())
            }
        }
        ("mysql-enum-column", Some(col)) if !col.is_enum || col.is_array => {
            Err(format!("became {}, not an enum type", col.type_name))
        }
        ("mysql-set-column", Some(col)) if !col.is_array => {
            Err(format!("became {}, not an array", col.type_name))
        }
        ("mysql-on-update-current-timestamp", _) if !has_trigger => {
            Err("no BEFORE UPDATE trigger sets it".into())
        }
        ("mysql-on-update-current-timestamp", _) => Ok("a BEFORE UPDATE trigger sets it".into()),
        ("mysql-spatial-index", _) => {
            if c.indexes
                .iter()
                .any(|i| i.table == table && i.method == "gist")
            {
                Ok("a GiST index".into())
            } else {
                Err("no GiST index".into())
            }
        }
        (_, Some(col)) => Ok(col.type_name.clone()),
        (_, None) => Ok("created".into()),
    }
}

/// The verdict on one finding of a MySQL-family source.
pub fn verdict(f: &Finding, log: &LogFindings, catalog: &Catalog) -> (Verdict, String, Vec<usize>) {
    let objects: Vec<(String, Option<String>)> =
        f.objects.iter().filter_map(|o| object_path(o)).collect();
    let touching: Vec<usize> = log
        .failures
        .iter()
        .filter(|x| {
            x.confirms.contains(&f.id)
                || log.tables.get(&x.number).is_some_and(|t| {
                    f.conversion == CheckConversion::Automatic
                        && objects.iter().any(|o| failure_touches(x, t, o))
                })
        })
        .map(|x| x.number)
        .collect();
    if f.conversion == CheckConversion::Automatic {
        if !touching.is_empty() {
            return (
                Verdict::NeedsHandWork,
                "pgloader failed on these objects".to_string(),
                touching,
            );
        }
        if let Some(n) = log.stopped_at {
            return (
                Verdict::NotReproduced,
                format!("pgloader stopped at #{n} before it created these objects"),
                Vec::new(),
            );
        }
        if objects.is_empty() {
            return (
                Verdict::ConfirmedAutomatic,
                "pgloader converted the tables without an error".into(),
                Vec::new(),
            );
        }
        let mut missing = Vec::new();
        let mut wrong = Vec::new();
        let mut shown = Vec::new();
        for (table, part) in &objects {
            if !catalog.tables.contains(table) {
                missing.push(table.clone());
                continue;
            }
            let col = part
                .as_ref()
                .and_then(|p| catalog.columns.get(&format!("{table}.{p}")));
            match expected(&f.id, table, col, catalog) {
                Ok(how) => shown.push(match part {
                    Some(p) if col.is_some() => format!("{table}.{p}: {how}"),
                    _ => format!("{table}: {how}"),
                }),
                Err(why) => wrong.push(match part {
                    Some(p) => format!("{table}.{p} {why}"),
                    None => format!("{table}: {why}"),
                }),
            }
        }
        if !wrong.is_empty() {
            return (
                Verdict::NeedsHandWork,
                format!("pgloader made something else of them: {}", sample(&wrong)),
                Vec::new(),
            );
        }
        if !missing.is_empty() {
            return (
                Verdict::NotReproduced,
                format!("not found on the scratch server: {}", sample(&missing)),
                Vec::new(),
            );
        }
        return (
            Verdict::ConfirmedAutomatic,
            format!("converted by pgloader: {}", sample(&shown)),
            Vec::new(),
        );
    }
    if !touching.is_empty() {
        return (
            Verdict::Confirmed,
            "refused by the server during pgloader's load".to_string(),
            touching,
        );
    }
    if let Some(k) = left_out_kind(&f.id) {
        return (
            Verdict::NotTestable,
            format!("pgloader leaves {k} out: they are rewritten by hand (listed as left out)"),
            Vec::new(),
        );
    }
    if let (Some(n), false) = (log.stopped_at, objects.is_empty()) {
        return (
            Verdict::NotReproduced,
            format!("pgloader stopped at #{n} before it created these objects"),
            Vec::new(),
        );
    }
    match f.category.as_str() {
        "data_types" | "schema" | "code" | "storage" | "extensions" if !objects.is_empty() => (
            Verdict::NotReproduced,
            "pgloader loaded these objects without an error; the difference shows at run time \
             or in the rows"
                .into(),
            Vec::new(),
        ),
        _ => (
            Verdict::NotTestable,
            "about the server, its settings, accounts, workload or size, not the schema".into(),
            Vec::new(),
        ),
    }
}

/// The first three of a list, and how many more.
fn sample(items: &[String]) -> String {
    let mut s = items.iter().take(3).cloned().collect::<Vec<_>>().join("; ");
    if items.len() > 3 {
        s.push_str(&format!("; and {} more", items.len() - 3));
    }
    s
}

//! What the load made: the scratch database's catalog, read in one query, counted by kind; and
//! what pgloader leaves out, from the assessment's profile.

use std::collections::{BTreeMap, BTreeSet};

use super::Converted;
use crate::assessment::Assessment;

/// The scratch catalog after the load.
#[derive(Debug, Default)]
pub struct Catalog {
    pub tables: BTreeSet<String>,
    /// `schema.table.column` → its type as `format_type` shows it.
    pub columns: BTreeMap<String, ColumnInfo>,
    pub indexes: Vec<IndexInfo>,
    pub primary_keys: Vec<String>,
    pub foreign_keys: Vec<String>,
    pub enum_types: Vec<String>,
    pub sequences: Vec<String>,
    /// `schema.table` → names of the functions of its triggers.
    pub triggers: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct ColumnInfo {
    pub type_name: String,
    /// An enum type (`e`), or an array whose element is one.
    pub is_enum: bool,
    pub is_array: bool,
    /// Filled by a sequence (a `nextval` default or an identity).
    pub serial: bool,
}

#[derive(Debug, Clone)]
pub struct IndexInfo {
    pub name: String,
    pub table: String,
    pub method: String,
    pub primary: bool,
}

/// One set-based query over the scratch database's catalog (user schemas only).
const SQL_CATALOG: &str = "\
WITH rels AS (
  SELECT c.oid, lower(n.nspname || '.' || c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg\\_%'
)
SELECT 'table', r.name, '', '' FROM rels r
UNION ALL
SELECT 'column', r.name || '.' || lower(a.attname), format_type(a.atttypid, a.atttypmod),
       concat_ws(',',
         CASE WHEN t.typtype = 'e' OR et.typtype = 'e' THEN 'enum' END,
         CASE WHEN t.typcategory = 'A' THEN 'array' END,
         CASE WHEN a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'
              THEN 'serial' END)
  FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
UNION ALL
SELECT 'index', r.name, lower(ic.relname), am.amname || CASE WHEN i.indisprimary THEN ',primary' ELSE '' END
  FROM rels r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_am am ON am.oid = ic.relam
UNION ALL
SELECT CASE co.contype WHEN 'f' THEN 'foreign key' ELSE 'primary key' END, r.name,
       lower(co.conname), ''
  FROM rels r JOIN pg_constraint co ON co.conrelid = r.oid AND co.contype IN ('f', 'p')
UNION ALL
SELECT 'enum type', lower(n.nspname || '.' || t.typname), '', ''
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE t.typtype = 'e' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'sequence', lower(n.nspname || '.' || c.relname), '', ''
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
UNION ALL
SELECT 'trigger', r.name, lower(tg.tgname), lower(p.proname)
  FROM rels r JOIN pg_trigger tg ON tg.tgrelid = r.oid AND NOT tg.tgisinternal
  JOIN pg_proc p ON p.oid = tg.tgfoid";

/// Reads the scratch database's catalog after the load.
pub async fn read_catalog(
    client: &tokio_postgres::Client,
) -> Result<Catalog, tokio_postgres::Error> {
    let mut c = Catalog::default();
    for row in client.query(SQL_CATALOG, &[]).await? {
        let (kind, name, a, b): (String, String, String, String) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        match kind.as_str() {
            "table" => {
                c.tables.insert(name);
            }
            "column" => {
                let flags: Vec<&str> = b.split(',').collect();
                c.columns.insert(
                    name,
                    ColumnInfo {
                        type_name: a,
                        is_enum: flags.contains(&"enum"),
                        is_array: flags.contains(&"array"),
                        serial: flags.contains(&"serial"),
                    },
                );
            }
            "index" => {
                let mut parts = b.split(',');
                c.indexes.push(IndexInfo {
                    name: a,
                    table: name,
                    method: parts.next().unwrap_or("").to_string(),
                    primary: parts.next() == Some("primary"),
                });
            }
            "foreign key" => c.foreign_keys.push(format!("{name}.{a}")),
            "primary key" => c.primary_keys.push(name),
            "enum type" => c.enum_types.push(name),
            "sequence" => c.sequences.push(name),
            "trigger" => c.triggers.entry(name).or_default().push(b),
            _ => {}
        }
    }
    Ok(c)
}

const SPATIAL_TYPES: &[&str] = &[
    "point",
    "line",
    "lseg",
    "box",
    "path",
    "polygon",
    "circle",
    "geometry",
    "geography",
];

/// pgloader's trigger functions for `ON UPDATE CURRENT_TIMESTAMP` start with this name.
pub(super) const ON_UPDATE_FUNCTION: &str = "on_update_current_timestamp";

fn kind(kind: &str, objects: Vec<String>) -> Option<Converted> {
    (!objects.is_empty()).then(|| Converted {
        kind: kind.to_string(),
        count: objects.len() as u64,
        objects,
    })
}

/// What the catalog holds, by kind, in the order a reader checks them.
pub fn converted(c: &Catalog) -> Vec<Converted> {
    let mut out = Vec::new();
    out.extend(kind("tables", c.tables.iter().cloned().collect()));
    // Column types: one entry per PostgreSQL type with the number of columns of it.
    let mut by_type: BTreeMap<&str, u64> = BTreeMap::new();
    for col in c.columns.values() {
        *by_type.entry(col.type_name.as_str()).or_default() += 1;
    }
    let mut types: Vec<(&str, u64)> = by_type.into_iter().collect();
    types.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if !c.columns.is_empty() {
        out.push(Converted {
            kind: "columns".into(),
            count: c.columns.len() as u64,
            objects: types.iter().map(|(t, n)| format!("{t}: {n}")).collect(),
        });
    }
    out.extend(kind("primary keys", c.primary_keys.clone()));
    out.extend(kind(
        "indexes",
        c.indexes
            .iter()
            .map(|i| format!("{} on {} ({})", i.name, i.table, i.method))
            .collect(),
    ));
    out.extend(kind("foreign keys", c.foreign_keys.clone()));
    out.extend(kind("enum types (ENUM and SET)", c.enum_types.clone()));
    out.extend(kind(
        "SET columns (arrays of an enum)",
        c.columns
            .iter()
            .filter(|(_, col)| col.is_enum && col.is_array)
            .map(|(n, col)| format!("{n} ({})", col.type_name))
            .collect(),
    ));
    out.extend(kind(
        "AUTO_INCREMENT columns (sequences)",
        c.columns
            .iter()
            .filter(|(_, col)| col.serial)
            .map(|(n, _)| n.clone())
            .collect(),
    ));
    out.extend(kind(
        "ON UPDATE CURRENT_TIMESTAMP triggers",
        c.triggers
            .iter()
            .filter(|(_, fns)| fns.iter().any(|f| f.starts_with(ON_UPDATE_FUNCTION)))
            .map(|(t, _)| t.clone())
            .collect(),
    ));
    out.extend(kind(
        "spatial columns",
        c.columns
            .iter()
            .filter(|(_, col)| SPATIAL_TYPES.contains(&col.type_name.as_str()))
            .map(|(n, col)| format!("{n} ({})", col.type_name))
            .collect(),
    ));
    let indexes_by = |method: &str| {
        c.indexes
            .iter()
            .filter(|i| i.method == method)
            .map(|i| format!("{} on {}", i.name, i.table))
            .collect()
    };
    out.extend(kind("spatial indexes (GiST)", indexes_by("gist")));
    out.extend(kind("full-text indexes (GIN)", indexes_by("gin")));
    out
}

/// What pgloader leaves out, from the assessment's profile: the counts of its object summary,
/// the names from the findings that list them.
pub fn left_out(a: &Assessment) -> Vec<Converted> {
    let names = |check: &str| -> Vec<String> {
        a.compatibility
            .findings
            .iter()
            .find(|f| f.id == check)
            .map(|f| f.objects.clone())
            .unwrap_or_default()
    };
    [
        ("routines", "mysql-stored-routines"),
        ("views", "mysql-views"),
        ("triggers", "mysql-triggers"),
        ("events", "mysql-events"),
    ]
    .into_iter()
    .filter_map(|(k, check)| {
        let count = a
            .source
            .objects
            .iter()
            .find(|o| o.kind == k)
            .map(|o| o.count)
            .unwrap_or(0);
        (count > 0).then(|| Converted {
            kind: k.to_string(),
            count,
            objects: names(check),
        })
    })
    .collect()
}

//! Names PostgreSQL reserves, found among the source's tables, columns and routines.

use crate::profile::{Profile, ReservedIdentifier};

/// PostgreSQL's reserved key words (PostgreSQL 17, Appendix C: "reserved"): never usable as an
/// unquoted table, column or function name.
pub const PG_RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "grant",
    "group",
    "having",
    "in",
    "initially",
    "intersect",
    "into",
    "lateral",
    "leading",
    "limit",
    "localtime",
    "localtimestamp",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "placing",
    "primary",
    "references",
    "returning",
    "select",
    "session_user",
    "some",
    "symmetric",
    "system_user",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
];

/// PostgreSQL key words reserved except as function or type names ("reserved (can be function
/// or type)"): not usable as unquoted table or column names.
pub const PG_RESERVED_EXCEPT_FUNCTION: &[&str] = &[
    "authorization",
    "binary",
    "collation",
    "concurrently",
    "cross",
    "current_schema",
    "freeze",
    "full",
    "ilike",
    "inner",
    "is",
    "isnull",
    "join",
    "left",
    "like",
    "natural",
    "notnull",
    "outer",
    "overlaps",
    "right",
    "similar",
    "tablesample",
    "verbose",
];

/// Tables, columns, views and routines whose names PostgreSQL reserves.
pub(super) fn reserved_identifiers(p: &Profile) -> Vec<ReservedIdentifier> {
    let reserved = |name: &str, function: bool| -> Option<String> {
        let word = name.to_ascii_lowercase();
        (PG_RESERVED.contains(&word.as_str())
            || (!function && PG_RESERVED_EXCEPT_FUNCTION.contains(&word.as_str())))
        .then_some(word)
    };
    let mut out = Vec::new();
    let mut push = |kind: &str, name: String, word: String| {
        out.push(ReservedIdentifier {
            kind: kind.into(),
            name,
            word,
        })
    };
    for t in &p.tables {
        if let Some(w) = reserved(&t.name, false) {
            push("table", format!("{}.{}", t.schema, t.name), w);
        }
        for c in &t.columns {
            if let Some(w) = reserved(&c.name, false) {
                push("column", format!("{}.{}.{}", t.schema, t.name, c.name), w);
            }
        }
    }
    for v in &p.views {
        if let Some(w) = reserved(&v.name, false) {
            push("view", format!("{}.{}", v.schema, v.name), w);
        }
    }
    for r in &p.routines {
        if let Some(w) = reserved(&r.name, true) {
            let name = if r.schema.is_empty() {
                r.name.clone()
            } else {
                format!("{}.{}", r.schema, r.name)
            };
            push("routine", name, w);
        }
    }
    out
}

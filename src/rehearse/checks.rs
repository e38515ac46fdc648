//! How the rubric's checks relate to a replay of the schema: which failing statement proves
//! which check, and, for a finding no failure proved, why a replay could not show it.
//!
//! The check ids are the PostgreSQL rubric's (`rubrics/postgres.yaml`); a test keeps this table
//! and the rubric in step.

/// What a replay of the schema can say about a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expectation {
    /// Creating the objects fails on Lakebase: the replay should show it.
    FailsOnReplay,
    /// The objects are created fine; the problem shows when they run.
    Runtime(&'static str),
    /// The problem depends on the rows, which a schema-only replay does not load.
    Data(&'static str),
    /// About the server, its settings, workload or size, not the schema.
    NotSchema(&'static str),
}

/// The expectation for a check id (unknown ids: by category).
pub fn expectation(check: &str, category: &str) -> Expectation {
    use Expectation::*;
    match check {
        "pg-extension-not-supported"
        | "pg-extension-admin-tool"
        | "pg-extension-cloud-vendor"
        | "pg-extension-timescaledb"
        | "pg-extension-citus"
        | "pg-extension-pg-partman"
        | "pg-untrusted-language-routine"
        | "pg-unavailable-language-routine"
        | "pg-c-language-routine"
        | "pg-c-language-extension-library"
        | "pg-event-triggers"
        | "pg-c-base-type"
        | "pg-removed-data-types"
        | "pg-foreign-servers"
        | "pg-foreign-tables"
        | "pg-file-fdw"
        | "pg-file-fdw-tables"
        | "pg-non-heap-access-method"
        | "pg-tablespaces"
        | "pg-subscriptions"
        | "pg-index-extension-method"
        | "pg-vector-indexes" => FailsOnReplay,
        "pg-security-definer-routine" => Runtime(
            "the routines are created; they run with the restoring role's rights after \
             --no-owner, which shows only when they are called",
        ),
        "pg-routine-temp-tables" | "pg-routine-listen-notify" | "pg-routine-advisory-locks" => {
            Runtime(
                "the routines are created; session state is lost when a compute scales to \
                 zero, which only shows at run time",
            )
        }
        "pg-routine-server-file-access" | "pg-routine-dblink" => Runtime(
            "the routines are created (bodies are not checked at restore); the calls fail when \
             they run",
        ),
        "pg-unlogged-table" => Runtime(
            "unlogged tables are created; their rows are lost on a restart or scale to zero",
        ),
        "pg-table-without-primary-key" | "pg-replica-identity-full" | "pg-replica-identity-nothing" => {
            Runtime("the tables are created; the problem shows in logical replication")
        }
        "pg-materialized-views" => Runtime(
            "the views are created; refreshing them is a job to schedule on Lakebase",
        ),
        "pg-row-level-security" => Runtime(
            "the policies are created; who they let through depends on the roles at run time",
        ),
        "pg-many-partitions" | "pg-table-inheritance" => Runtime(
            "the tables are created; planning time and maintenance show under load",
        ),
        "pg-invalid-indexes" => Data("pg_dump recreates the index from its definition; whether it builds depends on the rows"),
        "pg-large-objects" => Data("large objects are data; a schema-only dump leaves them out"),
        "pg-money-type" => Data("money values depend on lc_monetary when the rows are loaded"),
        "pg-non-utf8-encoding" => Data("the rows are converted to UTF8 when they are loaded"),
        "pg-database-collation" | "pg-libc-collation" | "pg-non-deterministic-collation" => Data(
            "sort order and comparisons under another collation show in the rows and indexes",
        ),
        "pg-data-size-over-limit" | "pg-data-size-large" => {
            Data("a schema-only replay loads no rows")
        }
        "pg-publications" | "pg-sequences-cutover" | "pg-logical-replication-slots"
        | "pg-wal-level-not-logical" | "pg-read-replicas" | "pg-high-availability" => NotSchema(
            "replication and cut-over are set up on the servers, not in the schema dump",
        ),
        "pg-cron-jobs" => NotSchema("cron jobs live in the pg_cron database, not in the dump"),
        _ => match category {
            "code" | "schema" | "data_types" | "extensions" | "storage" => Runtime(
                "the replay of the schema raised no error for these objects",
            ),
            _ => NotSchema("about the server, its settings, roles, workload or size, not the schema"),
        },
    }
}

/// The checks a failing statement may prove, most specific first. `kind` is the statement's
/// leading keywords (`CREATE FUNCTION`), `sql` its text, `extension` the extension it creates.
pub fn candidates(kind: &str, sql: &str, sqlstate: &str, message: &str) -> Vec<&'static str> {
    let lower = sql.to_ascii_lowercase();
    let msg = message.to_ascii_lowercase();
    let mut out = Vec::new();
    if kind == "CREATE EXTENSION" {
        out.extend([
            "pg-extension-not-supported",
            "pg-extension-admin-tool",
            "pg-extension-cloud-vendor",
            "pg-extension-timescaledb",
            "pg-extension-citus",
            "pg-extension-pg-partman",
        ]);
        let name = extension_name(sql).unwrap_or_default();
        if name.starts_with("pl") {
            out.extend([
                "pg-untrusted-language-routine",
                "pg-unavailable-language-routine",
            ]);
        }
        if name.ends_with("_fdw") {
            out.extend(FDW_CHECKS);
        }
        if name == "dblink" {
            out.push("pg-routine-dblink");
        }
        if name == "pg_cron" {
            out.push("pg-cron-jobs");
        }
        return out;
    }
    if kind.contains("FUNCTION") || kind.contains("PROCEDURE") || kind.contains("LANGUAGE") {
        match routine_language(sql).as_deref() {
            Some("c") => out.extend([
                "pg-c-language-routine",
                "pg-c-language-extension-library",
                "pg-c-base-type",
            ]),
            Some("sql" | "plpgsql" | "internal") => {}
            Some(l) if UNTRUSTED.contains(&l) => out.push("pg-untrusted-language-routine"),
            Some(_) => out.push("pg-unavailable-language-routine"),
            None => {}
        }
        if lower.contains("language_handler") {
            out.extend(["pg-c-language-routine", "pg-c-language-extension-library"]);
        }
    }
    if kind.contains("EVENT TRIGGER") {
        out.push("pg-event-triggers");
    }
    if kind.contains("TYPE") {
        out.push("pg-c-base-type");
    }
    if kind.contains("SERVER") || kind.contains("FOREIGN") || kind.contains("USER MAPPING") {
        out.extend(FDW_CHECKS);
    }
    if kind.contains("SUBSCRIPTION") {
        out.push("pg-subscriptions");
    }
    if kind.contains("PUBLICATION") {
        out.push("pg-publications");
    }
    if kind.contains("ACCESS METHOD") || lower.contains(" using ") && kind.contains("TABLE") {
        out.push("pg-non-heap-access-method");
    }
    if lower.contains("tablespace") || msg.contains("tablespace") {
        out.push("pg-tablespaces");
    }
    if kind.contains("INDEX") {
        out.extend(["pg-index-extension-method", "pg-vector-indexes"]);
    }
    if kind.contains("COLLATION") {
        out.extend(["pg-non-deterministic-collation", "pg-libc-collation"]);
    }
    if sqlstate == "42704" && msg.contains("type") {
        out.extend([
            "pg-removed-data-types",
            "pg-c-base-type",
            "pg-extension-not-supported",
        ]);
    }
    out.dedup();
    out
}

/// The foreign-data checks, per table before per server (a profile lists its foreign tables,
/// or only its servers).
const FDW_CHECKS: [&str; 4] = [
    "pg-file-fdw-tables",
    "pg-file-fdw",
    "pg-foreign-tables",
    "pg-foreign-servers",
];

/// Untrusted procedural languages (creating their routines needs superuser).
const UNTRUSTED: &[&str] = &[
    "plpython3u",
    "plpythonu",
    "plpython2u",
    "plperlu",
    "pltclu",
    "pljavau",
    "plluau",
    "plsh",
    "plr",
];

/// The `LANGUAGE x` of a routine definition, lower case.
pub fn routine_language(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("language"))?;
    let lang = words.get(at + 1)?.trim_end_matches([';', ',']);
    Some(lang.trim_matches('"').to_ascii_lowercase())
}

/// The extension a `CREATE EXTENSION [IF NOT EXISTS] name …` creates, unquoted, lower case.
pub fn extension_name(sql: &str) -> Option<String> {
    let mut words = sql.split_whitespace();
    let first = words.next()?;
    let second = words.next()?;
    if !first.eq_ignore_ascii_case("create") || !second.eq_ignore_ascii_case("extension") {
        return None;
    }
    let mut name = words.next()?;
    if name.eq_ignore_ascii_case("if") {
        let (not, exists) = (words.next()?, words.next()?);
        if !not.eq_ignore_ascii_case("not") || !exists.eq_ignore_ascii_case("exists") {
            return None;
        }
        name = words.next()?;
    }
    let name = name.trim_end_matches(';');
    Some(
        match name.strip_prefix('"').and_then(|n| n.strip_suffix('"')) {
            Some(quoted) => quoted.replace("\"\"", "\""),
            None => name.to_ascii_lowercase(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every check id this table names is a check of the PostgreSQL rubric: a renamed or
    /// removed check would otherwise silently fall back to the category default.
    #[test]
    fn every_named_check_is_in_the_postgres_rubric() {
        let catalog = crate::engine::Catalog::bundled().unwrap();
        let rubrics = crate::rubric::RubricSet::bundled(&catalog.target).unwrap();
        let checks = rubrics.flatten("postgres").unwrap();
        let known: std::collections::BTreeSet<&str> =
            checks.iter().map(|c| c.check.id.as_str()).collect();
        let source = include_str!("checks.rs");
        let named: Vec<&str> = source
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| s.starts_with("pg-") && !s.contains(' '))
            .collect();
        assert!(named.len() > 40, "the table names {} checks", named.len());
        let unknown: Vec<&&str> = named.iter().filter(|id| !known.contains(**id)).collect();
        assert!(
            unknown.is_empty(),
            "not in rubrics/postgres.yaml: {unknown:?}"
        );
    }

    #[test]
    fn extension_names() {
        assert_eq!(
            extension_name("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public"),
            Some("uuid-ossp".into())
        );
        assert_eq!(
            extension_name("create extension HSTORE"),
            Some("hstore".into())
        );
        assert_eq!(extension_name("CREATE TABLE x (a int)"), None);
    }

    #[test]
    fn failing_statements_point_at_their_checks() {
        let c = candidates(
            "CREATE FUNCTION",
            "CREATE FUNCTION public.cf(integer) RETURNS integer\n    LANGUAGE c\n    AS '$libdir/x', 'f'",
            "42501",
            "permission denied for language c",
        );
        assert_eq!(c[0], "pg-c-language-routine");
        let c = candidates(
            "CREATE EXTENSION",
            "CREATE EXTENSION IF NOT EXISTS file_fdw WITH SCHEMA public",
            "0A000",
            "extension \"file_fdw\" is not available",
        );
        assert!(c.contains(&"pg-file-fdw") && c.contains(&"pg-extension-not-supported"));
        assert!(!c.contains(&"pg-event-triggers"));
        let c = candidates(
            "CREATE EVENT TRIGGER",
            "CREATE EVENT TRIGGER etr ON ddl_command_end EXECUTE FUNCTION public.et()",
            "42501",
            "permission denied to create event trigger \"etr\"",
        );
        assert_eq!(c, ["pg-event-triggers"]);
    }
}

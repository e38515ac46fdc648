//! The closed vocabulary of `routines[].uses`: features of a routine body that matter on
//! Lakebase. Introspection finds most of them by a scan of the body text; a few are only written
//! in hand-made profiles (the bundled samples). A rubric that tests a value outside this list is
//! a load error (it could never fire); a profile with an unknown value still loads, and the
//! assessment notes the value with the known ones. `rubrics/README.md` lists the same values.

/// Who writes a value into a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetBy {
    /// The PostgreSQL-family body scan.
    PostgresScan,
    /// The MySQL-family body scan.
    MysqlScan,
    /// Both scans.
    BothScans,
    /// Hand-written profiles only; no introspector emits it.
    HandWritten,
}

impl SetBy {
    pub fn as_str(self) -> &'static str {
        match self {
            SetBy::PostgresScan => "PostgreSQL introspection",
            SetBy::MysqlScan => "MySQL introspection",
            SetBy::BothScans => "PostgreSQL and MySQL introspection",
            SetBy::HandWritten => "hand-written profiles",
        }
    }
}

/// One value of `routines[].uses`.
#[derive(Debug, Clone, Copy)]
pub struct RoutineUse {
    pub name: &'static str,
    pub set_by: SetBy,
    /// What in the body it stands for.
    pub meaning: &'static str,
}

const fn u(name: &'static str, set_by: SetBy, meaning: &'static str) -> RoutineUse {
    RoutineUse {
        name,
        set_by,
        meaning,
    }
}

/// Every value, in the order `rubrics/README.md` lists them.
pub const ROUTINE_USES: &[RoutineUse] = &[
    u("dynamic_sql", SetBy::BothScans, "SQL built at run time (`EXECUTE format(…)`, `PREPARE … FROM @sql`)"),
    u("cursor", SetBy::BothScans, "an explicit cursor (`DECLARE … CURSOR FOR`, `OPEN … FOR`)"),
    u("temp_table", SetBy::BothScans, "`CREATE TEMPORARY TABLE`"),
    u("listen", SetBy::PostgresScan, "`LISTEN channel`"),
    u("notify", SetBy::PostgresScan, "`NOTIFY channel` or `pg_notify(…)`"),
    u("advisory_lock", SetBy::PostgresScan, "`pg_advisory_lock`, `pg_try_advisory_xact_lock` and the other advisory-lock functions"),
    u("copy_program", SetBy::PostgresScan, "`COPY … FROM/TO PROGRAM`"),
    u("copy_file", SetBy::PostgresScan, "`COPY … FROM/TO 'server file'`"),
    u("lo_import", SetBy::PostgresScan, "`lo_import(…)` of a server file"),
    u("lo_export", SetBy::PostgresScan, "`lo_export(…)` to a server file"),
    u("pg_read_file", SetBy::PostgresScan, "`pg_read_file(…)`"),
    u("pg_read_binary_file", SetBy::PostgresScan, "`pg_read_binary_file(…)`"),
    u("pg_ls_dir", SetBy::PostgresScan, "`pg_ls_dir(…)`"),
    u("pg_stat_file", SetBy::PostgresScan, "`pg_stat_file(…)`"),
    u("pg_file_write", SetBy::PostgresScan, "`pg_file_write(…)` (adminpack)"),
    u("dblink", SetBy::PostgresScan, "`dblink(…)`, `dblink_exec(…)` and the other dblink calls"),
    u("handler", SetBy::MysqlScan, "`DECLARE CONTINUE|EXIT|UNDO HANDLER`"),
    u("signal", SetBy::MysqlScan, "`SIGNAL SQLSTATE …`"),
    u("resignal", SetBy::MysqlScan, "`RESIGNAL`"),
    u("transaction", SetBy::MysqlScan, "transaction control in the body (`START TRANSACTION`, `COMMIT`, `ROLLBACK`)"),
    u("lambda_sync", SetBy::MysqlScan, "Aurora `lambda_sync(…)`"),
    u("lambda_async", SetBy::MysqlScan, "Aurora `lambda_async(…)` (also `mysql.lambda_async`)"),
    u("aws_ml", SetBy::MysqlScan, "Aurora machine learning (`aws_comprehend_…`, `aws_sagemaker_…`, `aws_bedrock_…`)"),
    u("load_data_from_s3", SetBy::MysqlScan, "Aurora `LOAD DATA FROM S3`"),
    u("load_xml_from_s3", SetBy::MysqlScan, "Aurora `LOAD XML FROM S3`"),
    u("select_into_outfile_s3", SetBy::MysqlScan, "Aurora `SELECT … INTO OUTFILE S3`"),
    u("rds_procedure", SetBy::MysqlScan, "a call of an RDS administration procedure (`mysql.rds_kill`, `mysql.rds_set_configuration`, …)"),
    u("load_data_infile", SetBy::MysqlScan, "`LOAD DATA|XML [LOCAL] INFILE`"),
    u("select_into_outfile", SetBy::MysqlScan, "`SELECT … INTO OUTFILE|DUMPFILE 'file'`"),
    u("load_file", SetBy::MysqlScan, "`LOAD_FILE(…)`"),
    u("aws_s3", SetBy::HandWritten, "the RDS/Aurora `aws_s3` extension's functions (`table_import_from_s3`, `query_export_to_s3`)"),
    u("azure_storage", SetBy::HandWritten, "the Azure `azure_storage` extension's functions (`blob_get`, `blob_put`)"),
    u("copy", SetBy::HandWritten, "`COPY` of any kind (when the profile does not say which)"),
    u("large_objects", SetBy::HandWritten, "large-object functions (`lo_create`, `lo_open`, …)"),
    u("google_columnar_engine", SetBy::HandWritten, "AlloyDB columnar engine functions (`google_columnar_engine_add`, …)"),
    u("google_ml_integration", SetBy::HandWritten, "AlloyDB/Cloud SQL `google_ml_integration` (`ml_predict_row`, `embedding`)"),
];

/// Whether `name` is in the vocabulary (ignoring case, as rubric comparisons do).
pub fn is_known(name: &str) -> bool {
    ROUTINE_USES
        .iter()
        .any(|u| u.name.eq_ignore_ascii_case(name))
}

/// The known values, comma-separated, for messages.
pub fn known_list() -> String {
    ROUTINE_USES
        .iter()
        .map(|u| u.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::introspect::{mysql, postgres};

    /// rubrics/README.md lists every value, in order, with who sets it.
    #[test]
    fn the_rubric_reference_lists_the_vocabulary() {
        let readme = include_str!("../../rubrics/README.md");
        let listed: Vec<&str> = readme
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        let names: Vec<&str> = ROUTINE_USES.iter().map(|u| u.name).collect();
        assert_eq!(listed, names, "rubrics/README.md, Routine features");
    }

    #[test]
    fn names_are_unique_and_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for u in ROUTINE_USES {
            assert!(seen.insert(u.name), "`{}` twice", u.name);
            assert!(
                u.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                u.name
            );
        }
    }

    /// Bodies that use every feature each scan knows; whatever a scan finds must be in the list
    /// with the right `set_by`, and every scanned value of the list must be found.
    #[test]
    fn the_body_scans_emit_exactly_the_listed_values() {
        let pg_body = "
            CREATE TEMP TABLE t (id int); LISTEN jobs; NOTIFY jobs;
            PERFORM pg_advisory_lock(1); COPY t TO PROGRAM 'gzip'; COPY t FROM '/tmp/t.csv';
            PERFORM lo_import('/etc/hosts'); PERFORM lo_export(1, '/tmp/x');
            PERFORM pg_read_file('x'); PERFORM pg_read_binary_file('x'); PERFORM pg_ls_dir('.');
            PERFORM pg_stat_file('x'); PERFORM pg_file_write('x', 'y', false);
            PERFORM dblink('host=x', 'select 1'); EXECUTE format('SELECT %I', c);
            OPEN cur FOR SELECT 1;";
        let my_body = "
            PREPARE stmt FROM @s; DECLARE EXIT HANDLER FOR SQLEXCEPTION SET @e = 1;
            DECLARE c CURSOR FOR SELECT 1; SIGNAL SQLSTATE '45000'; RESIGNAL;
            CREATE TEMPORARY TABLE w (id INT); START TRANSACTION;
            SELECT lambda_sync('arn', '{}'); SELECT lambda_async('arn', '{}');
            SELECT aws_bedrock_invoke_model('x') INTO @m; LOAD DATA FROM S3 's3://b/f' INTO TABLE t;
            LOAD XML FROM S3 's3://b/f' INTO TABLE t; SELECT 1 INTO OUTFILE S3 's3://b/o';
            CALL mysql.rds_kill(1); LOAD DATA INFILE '/tmp/f' INTO TABLE t;
            SELECT 1 INTO OUTFILE '/tmp/o'; SELECT LOAD_FILE('/etc/hosts') INTO @x;";
        for (found, scan) in [
            (postgres::scan_body(pg_body), SetBy::PostgresScan),
            (mysql::scan_body(my_body), SetBy::MysqlScan),
        ] {
            for name in &found {
                let u = ROUTINE_USES.iter().find(|u| u.name == name);
                assert!(
                    u.is_some_and(|u| u.set_by == scan || u.set_by == SetBy::BothScans),
                    "{name} ({scan:?}) is not listed as set by that scan"
                );
            }
            for u in ROUTINE_USES
                .iter()
                .filter(|u| u.set_by == scan || u.set_by == SetBy::BothScans)
            {
                assert!(found.iter().any(|f| f == u.name), "{} ({scan:?})", u.name);
            }
        }
    }
}

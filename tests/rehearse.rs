//! `dbassay rehearse` against the real PostgreSQL of the machine: each test builds a source schema
//! in its own database, rehearses it with the real pg_dump into the same server as scratch, and
//! checks what the server refused, what it proves, and that nothing is left behind. MySQL-family
//! sources are built in the real MariaDB and rehearsed through the real pgloader.
//!
//! Tests that check for leftovers hold an exclusive lock while every other rehearsal holds a
//! shared one, so the set of scratch objects they compare cannot change under them.

mod common;
mod mysql;
mod pg;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::*;
use pg::*;

/// Advisory lock key for "rehearsal scratch objects" (ASCII of "rehears").
const REHEARSAL_LOCK: i64 = 0x0072_6568_6561_7273;

fn lock(exclusive: bool) -> Conn {
    let c = Conn::open(&admin_url());
    let f = if exclusive {
        "pg_advisory_lock"
    } else {
        "pg_advisory_lock_shared"
    };
    c.exec(&format!("SELECT {f}({REHEARSAL_LOCK})"));
    c
}

fn scratch_url() -> String {
    scratch_url_as("postgres")
}

/// The scratch server's URL as `user` (`name` or `name:password`).
fn scratch_url_as(user: &str) -> String {
    format!(
        "postgresql://{user}@{}/postgres?sslmode=disable",
        server_addr()
    )
}

/// `dbassay rehearse --source <source> --scratch <scratch> <extra>`, with extra environment.
fn rehearse(source: &str, scratch: &str, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let mut args = vec!["rehearse", "--source", source, "--scratch", scratch];
    args.extend_from_slice(extra);
    dbassay_env(&args, env)
}

fn rehearse_json(source: &str, extra: &[&str]) -> (Output, serde_json::Value) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let out = rehearse(source, &scratch_url(), &args, &[]);
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("rehearsal JSON ({e}): {}", stderr(&out)));
    (out, json)
}

/// Scratch databases and roles of rehearsals present on the server.
fn rehearsal_objects() -> BTreeSet<String> {
    let c = Conn::open(&admin_url());
    let mut names: BTreeSet<String> = c
        .column(
            "SELECT 'db ' || datname FROM pg_database WHERE datname LIKE 'dbassay\\_rehearsal\\_%'",
        )
        .into_iter()
        .flatten()
        .collect();
    names.extend(
        c.column(
            "SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'dbassay\\_rehearsal\\_%'",
        )
        .into_iter()
        .flatten(),
    );
    names
}

fn failure_for<'a>(r: &'a serde_json::Value, kind: &str, object: &str) -> &'a serde_json::Value {
    r["failures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind && f["object"].as_str().unwrap().contains(object))
        .unwrap_or_else(|| panic!("no {kind} failure for {object} in {:#}", r["failures"]))
}

fn verdict<'a>(r: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no finding {id} in {:#}", r["findings"]))
}

#[test]
fn superuser_only_objects_and_unlisted_extensions_are_proven_and_nothing_is_left() {
    let _lock = lock(true);
    let before = rehearsal_objects();
    let mut db = Scratch::new("rh_refused");
    db.sql(
        "CREATE FUNCTION add_one(integer) RETURNS integer
             AS '$libdir/plpgsql', 'plpgsql_call_handler' LANGUAGE c;
         CREATE EXTENSION file_fdw;
         CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
         CREATE FOREIGN TABLE imports (line text) SERVER files
             OPTIONS (filename '/tmp/imports.csv', format 'csv');
         CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
         CREATE EXTENSION plperlu;
         CREATE FUNCTION shell_out() RETURNS text LANGUAGE plperlu AS $$ return `hostname`; $$;
         CREATE EXTENSION seg;
         CREATE TABLE ranges (id int PRIMARY KEY, r seg);",
    );
    db.sql("CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl()");

    let (out, r) = rehearse_json(&db.url(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("findings proven"), "{}", stderr(&out));

    // Every failure carries its SQLSTATE.
    for f in r["failures"].as_array().unwrap() {
        assert_eq!(f["sqlstate"].as_str().unwrap().len(), 5, "{f:#}");
    }
    // The C function, over plpgsql's library: the server refuses it to a role without SUPERUSER.
    let c = failure_for(&r, "CREATE FUNCTION", "add_one");
    assert_eq!(c["sqlstate"], "42501");
    assert_eq!(c["refused_by"], "server");
    assert_eq!(
        c["confirms"],
        serde_json::json!(["pg-c-language-extension-library"])
    );
    // file_fdw: refused by Lakebase's list, with the code PostgreSQL gives an unavailable
    // extension; the server and the foreign table then fail on the server.
    let fdw = failure_for(&r, "CREATE EXTENSION", "file_fdw");
    assert_eq!(fdw["refused_by"], "lakebase_extension_list");
    assert_eq!(fdw["sqlstate"], "0A000");
    assert_eq!(fdw["message"], "extension \"file_fdw\" is not available");
    let server = failure_for(&r, "CREATE SERVER", "files");
    assert_eq!(server["sqlstate"], "42704");
    assert_eq!(server["follows"], fdw["number"]);
    let table = failure_for(&r, "CREATE FOREIGN TABLE", "imports");
    assert_eq!(table["follows"], server["number"]);
    assert!(verdict(&r, "pg-file-fdw-tables")["verdict"] == "confirmed");
    // The event trigger: PostgreSQL refuses it; Lakebase may not.
    let et = failure_for(&r, "CREATE EVENT TRIGGER", "audit_ddl");
    assert_eq!(et["sqlstate"], "42501");
    assert_eq!(
        et["note"],
        "refused by PostgreSQL; verify on a Lakebase branch"
    );
    assert_eq!(
        verdict(&r, "pg-event-triggers")["reason"],
        "refused by PostgreSQL; verify on a Lakebase branch"
    );
    // The untrusted language: its extension is refused by the list, its function by the server.
    let plperlu = failure_for(&r, "CREATE EXTENSION", "plperlu");
    assert_eq!(plperlu["refused_by"], "lakebase_extension_list");
    let shell = failure_for(&r, "CREATE FUNCTION", "shell_out");
    assert_eq!(shell["refused_by"], "server");
    assert!(shell["confirms"]
        .as_array()
        .unwrap()
        .contains(&"pg-untrusted-language-routine".into()));
    // An extension not on Lakebase's list, and the column that needs its type.
    let seg = failure_for(&r, "CREATE EXTENSION", "seg");
    assert_eq!(
        seg["confirms"],
        serde_json::json!(["pg-extension-not-supported"])
    );
    let ranges = failure_for(&r, "CREATE TABLE", "ranges");
    assert_eq!(ranges["sqlstate"], "42704");
    assert_eq!(ranges["follows"], seg["number"]);
    let v = verdict(&r, "pg-extension-not-supported");
    assert_eq!(v["verdict"], "confirmed");
    assert_eq!(v["reason"], "refused by Lakebase's extension list");
    for id in [
        "pg-c-language-extension-library",
        "pg-file-fdw-tables",
        "pg-event-triggers",
        "pg-untrusted-language-routine",
    ] {
        assert_eq!(verdict(&r, id)["verdict"], "confirmed", "{id}");
    }
    // Findings a replay cannot show are said so.
    assert_eq!(
        verdict(&r, "pg-wal-level-not-logical")["verdict"],
        "not_testable"
    );
    assert_eq!(r["not_predicted"], 0, "{:#}", r["failures"]);
    assert!(r["summary"]
        .as_str()
        .unwrap()
        .contains("problems no check predicted"));
    // The role was shaped like databricks_superuser and everything was dropped.
    assert_eq!(r["scratch"]["kept"], false);
    assert_eq!(rehearsal_objects(), before);
}

#[test]
fn a_clean_application_schema_replays_with_zero_failures() {
    let _lock = lock(false);
    let mut db = Scratch::new("rh_clean");
    db.sql(
        "CREATE EXTENSION citext;
         CREATE EXTENSION hstore;
         CREATE EXTENSION btree_gist;
         CREATE SCHEMA app;
         CREATE TYPE app.status AS ENUM ('new', 'paid', 'shipped');
         CREATE TABLE app.customers (
             id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
             email citext NOT NULL UNIQUE,
             attributes hstore);
         CREATE TABLE app.orders (
             id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
             customer_id bigint NOT NULL REFERENCES app.customers,
             status app.status NOT NULL DEFAULT 'new',
             updated_at timestamptz);
         CREATE TABLE app.bookings (
             room int NOT NULL,
             during tstzrange NOT NULL,
             EXCLUDE USING gist (room WITH =, during WITH &&));
         CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
         CREATE TRIGGER orders_touch BEFORE UPDATE ON app.orders
             FOR EACH ROW EXECUTE FUNCTION app.touch();
         CREATE VIEW app.open_orders AS SELECT * FROM app.orders WHERE status <> 'shipped';
         COMMENT ON TABLE app.orders IS 'one row per order; see docs';",
    );
    let (out, r) = rehearse_json(&db.url(), &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{:#}",
        stderr(&out),
        r["failures"]
    );
    assert_eq!(r["failures"], serde_json::json!([]));
    assert_eq!(r["statements"], r["succeeded"]);
    assert!(r["statements"].as_u64().unwrap() > 15, "{r:#}");
    assert_eq!(r["scratch"]["replayed_as"], "login");
}

#[test]
fn markdown_and_html_show_the_evidence() {
    let _lock = lock(false);
    let mut db = Scratch::new("rh_docs");
    db.sql(
        "CREATE EXTENSION seg;
         CREATE TABLE ranges (id int PRIMARY KEY, r seg);",
    );
    let scratch = scratch_url();
    for (format, needle) in [
        ("md", "| Statement |"),
        ("html", "<section id=\"failures\">"),
    ] {
        let out = rehearse(&db.url(), &scratch, &["--format", format], &[]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(needle), "{text}");
        assert!(text.contains("pg-extension-not-supported"), "{text}");
        assert!(text.contains("0A000"), "{text}");
        assert!(text.contains("Restore recipe"), "{text}");
    }
}

#[test]
fn a_scratch_role_that_cannot_create_databases_or_roles_is_refused_before_anything_is_made() {
    let _lock = lock(true);
    let before = rehearsal_objects();
    let mut db = Scratch::new("rh_weak");
    db.sql("CREATE TABLE t (id int PRIMARY KEY)");
    let weak = unique("weak");
    db.role(&weak, "LOGIN");
    let scratch = scratch_url_as(&weak);
    let out = rehearse(&db.url(), &scratch, &[], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("lacks CREATEDB and CREATEROLE"), "{err}");
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    assert_eq!(rehearsal_objects(), before);
}

#[test]
fn an_unreachable_scratch_server_exits_3_without_the_password() {
    let _lock = lock(true);
    let before = rehearsal_objects();
    let mut db = Scratch::new("rh_unreach");
    db.sql("CREATE TABLE t (id int PRIMARY KEY)");
    let port = closed_port();
    let scratch = format!("postgresql://admin:Scr4tchSecret@127.0.0.1:{port}/postgres");
    let out = rehearse(&db.url(), &scratch, &[], &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("cannot reach the scratch server"), "{err}");
    assert!(err.contains("admin:****@127.0.0.1"), "{err}");
    assert!(!err.contains("Scr4tchSecret") && !stdout(&out).contains("Scr4tchSecret"));
    assert_eq!(rehearsal_objects(), before);
}

#[test]
fn a_missing_or_too_old_pg_dump_is_one_clear_message() {
    let _lock = lock(false);
    let mut db = Scratch::new("rh_pgdump");
    db.sql("CREATE TABLE t (id int PRIMARY KEY)");
    let scratch = scratch_url();
    // Not on PATH.
    let out = rehearse(&db.url(), &scratch, &[], &[("PATH", "/nonexistent")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("pg_dump: not found on PATH"),
        "{}",
        stderr(&out)
    );
    // Given, but not there.
    let out = rehearse(
        &db.url(),
        &scratch,
        &["--pg-dump", "/nonexistent/pg_dump"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));
    // Older than the source: a pg_dump 9.6 (its --version answer) against this server.
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("pg_dump");
    script(&old, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n");
    let out = rehearse(
        &db.url(),
        &scratch,
        &["--pg-dump", old.to_str().unwrap()],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("version 9.6.24 is older than the source server"),
        "{err}"
    );
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

/// Writes an executable shell script.
fn script(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// A stand-in for `tool` in a new temporary directory: a script that runs the shell lines
/// `record`, in which `$out` is the file `calls` beside it, then the real `tool` on PATH with the
/// same arguments. Returns the directory, the script and the calls file.
fn recording(tool: &str, record: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let real = String::from_utf8(
        Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let calls = dir.path().join("calls");
    let path = dir.path().join(tool);
    script(
        &path,
        &format!(
            "#!/bin/sh\nout={}\n{record}exec {} \"$@\"\n",
            calls.display(),
            real.trim()
        ),
    );
    (dir, path, calls)
}

#[test]
fn passwords_stay_out_of_output_kept_dump_and_pg_dump_arguments_and_keep_keeps() {
    let _lock = lock(false);
    let mut db = Scratch::new("rh_secret");
    db.sql("CREATE TABLE t (id int PRIMARY KEY, note text)");
    // The local server trusts 127.0.0.1, so any password is accepted and must still be hidden.
    let source = format!(
        "postgresql://postgres:S0urcePassw0rd@{}/{}?sslmode=disable",
        server_addr(),
        db.name
    );
    let scratch = scratch_url_as("postgres:Scr4tchPassw0rd");
    // A pg_dump that records how it was called, then runs the real one.
    let (dir, wrapper, calls) = recording(
        "pg_dump",
        "echo \"argv: $*\" >> $out\necho \"password from env: ${PGPASSWORD:+yes}\" >> $out\n",
    );
    let output = dir.path().join("rehearsal.json");
    let out = rehearse(
        &source,
        &scratch,
        &[
            "--keep",
            "--pg-dump",
            wrapper.to_str().unwrap(),
            "--format",
            "json",
            "-o",
            output.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&output).unwrap()).unwrap();
    let kept = r["scratch"]["kept_dump"].as_str().unwrap().to_string();
    let dump = std::fs::read_to_string(&kept).unwrap();
    assert!(dump.contains("CREATE TABLE public.t"), "{dump}");
    let calls = std::fs::read_to_string(&calls).unwrap();
    assert!(
        calls.contains("argv: --schema-only --no-owner --no-acl"),
        "{calls}"
    );
    assert!(calls.contains("password from env: yes"), "{calls}");
    let everything = format!(
        "{}{}{}{dump}{calls}",
        stdout(&out),
        stderr(&out),
        std::fs::read_to_string(&output).unwrap()
    );
    for secret in ["S0urcePassw0rd", "Scr4tchPassw0rd"] {
        assert!(!everything.contains(secret), "{secret} leaked");
    }
    assert!(everything.contains("postgres:****@"), "{everything}");
    // --keep kept the database and the role; drop them here.
    let scratch_db = r["scratch"]["database"].as_str().unwrap().to_string();
    let admin = Conn::open(&admin_url());
    assert_eq!(
        admin.value(&format!(
            "SELECT count(*) FROM pg_database WHERE datname = '{scratch_db}'"
        )),
        "1"
    );
    assert_eq!(
        admin.value(&format!(
            "SELECT rolsuper::text || rolcreatedb::text || rolcreaterole::text || rolreplication::text || rolbypassrls::text FROM pg_roles WHERE rolname = '{scratch_db}'"
        )),
        "falsetruetruefalsefalse"
    );
    admin.exec(&format!("DROP DATABASE {scratch_db} WITH (FORCE)"));
    admin.exec(&format!("DROP ROLE {scratch_db}"));
}

#[test]
fn assess_rehearse_on_marks_findings_proven_or_predicted_with_the_evidence() {
    let _lock = lock(false);
    let mut db = Scratch::new("rh_assess");
    db.sql(
        "CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
         CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
         CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text);",
    );
    let scratch = scratch_url();
    let out = assess_live(&db.url(), &["--rehearse-on", &scratch]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = a["compatibility"]["findings"].as_array().unwrap();
    let find = |id: &str| findings.iter().find(|f| f["id"] == id).unwrap();
    let et = &find("pg-event-triggers")["proof"];
    assert_eq!(et["status"], "proven");
    assert_eq!(et["label"], "proven by the server");
    assert_eq!(et["evidence"][0]["sqlstate"], "42501");
    let unlogged = &find("pg-unlogged-table")["proof"];
    assert_eq!(unlogged["status"], "predicted");
    assert!(unlogged["reason"]
        .as_str()
        .unwrap()
        .starts_with("not reproduced: runtime behaviour"));
    let summary = a["rehearsal"]["summary"].as_str().unwrap();
    assert!(
        summary.contains("findings proven; 0 problems no check predicted"),
        "{summary}"
    );

    for (format, needle) in [
        ("md", "**Rehearsal:** proven by the server"),
        ("html", "<strong>proven by the server</strong>"),
    ] {
        let out = assess_live_as(&db.url(), format, &["--rehearse-on", &scratch]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(needle), "{format}: {text}");
        assert!(text.contains("Rehearsal on a real server:"), "{format}");
        assert!(
            text.contains("permission denied to create event trigger"),
            "{format}"
        );
    }
    // Without a live source there is nothing to dump.
    let out = dbassay(&[
        "assess",
        "--profile",
        "examples/profiles/rds-postgresql.json",
        "--rehearse-on",
        &scratch,
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

// --- MySQL-family sources, through pgloader -----------------------------------------------

fn mysql_url(db: &mysql::Scratch) -> String {
    db.url()
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/corpus").join(name))
        .unwrap_or_else(|e| panic!("tests/corpus/{name}: {e}"))
}

fn converted(r: &serde_json::Value, kind: &str) -> u64 {
    conversion_count(r, "converted", kind)
}

fn left_out(r: &serde_json::Value, kind: &str) -> u64 {
    conversion_count(r, "left_out", kind)
}

/// The count of `kind` in the conversion's `list` (`converted` or `left_out`); 0 when absent.
fn conversion_count(r: &serde_json::Value, list: &str, kind: &str) -> u64 {
    r["conversion"][list]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == kind)
        .map(|c| c["count"].as_u64().unwrap())
        .unwrap_or(0)
}

#[test]
fn sakila_is_loaded_by_pgloader_counted_in_the_catalog_and_nothing_is_left() {
    let _lock = lock(true);
    let _markers = mysql::markers_shared();
    let before = rehearsal_objects();
    let db = mysql::Scratch::new("rh_sakila");
    mysql::load(
        &db.name,
        &corpus("sakila-schema.sql").replace("sakila", &db.name),
        "sakila-schema.sql",
    );
    mysql::load(
        &db.name,
        &corpus("sakila-triggers.sql"),
        "sakila-triggers.sql",
    );

    let (out, r) = rehearse_json(&mysql_url(&db), &[]);
    assert_eq!(out.status.code(), Some(0), "{}\n{r:#}", stderr(&out));
    assert_eq!(r["family"], "mysql");
    assert_eq!(r["dump"]["tool"], "pgloader");
    assert_eq!(r["failures"], serde_json::json!([]), "{r:#}");
    assert_eq!(r["statements"], r["succeeded"]);
    // Counted in the scratch catalog after the load.
    for (kind, n) in [
        ("tables", 16),
        ("primary keys", 16),
        ("indexes", 42),
        ("foreign keys", 22),
        ("enum types (ENUM and SET)", 2),
        ("SET columns (arrays of an enum)", 1),
        ("AUTO_INCREMENT columns (sequences)", 13),
        ("ON UPDATE CURRENT_TIMESTAMP triggers", 15),
        ("spatial columns", 1),
        ("spatial indexes (GiST)", 1),
    ] {
        assert_eq!(converted(&r, kind), n, "{kind}: {:#}", r["conversion"]);
    }
    // Left out, from the assessment's profile, with the names of the objects.
    assert_eq!(left_out(&r, "routines"), 6);
    assert_eq!(left_out(&r, "views"), 7);
    assert_eq!(left_out(&r, "triggers"), 6);
    let routines = &r["conversion"]["left_out"][0]["objects"];
    assert!(routines.to_string().contains("film_in_stock"), "{routines}");
    // The automatic checks are confirmed by what the catalog holds.
    for id in [
        "mysql-enum-column",
        "mysql-set-column",
        "mysql-auto-increment",
        "mysql-on-update-current-timestamp",
        "mysql-spatial-index",
    ] {
        assert_eq!(
            verdict(&r, id)["verdict"],
            "confirmed_automatic",
            "{id}: {:#}",
            verdict(&r, id)
        );
    }
    assert!(verdict(&r, "mysql-set-column")["reason"]
        .as_str()
        .unwrap()
        .contains("film.special_features: film_special_features[]"));
    assert_eq!(
        verdict(&r, "mysql-stored-routines")["verdict"],
        "not_testable"
    );
    assert!(r["summary"]
        .as_str()
        .unwrap()
        .starts_with("pgloader converted 16 tables, 42 indexes, 16 primary keys, 22 foreign keys"));
    // The command file pgloader ran is in the JSON; the table shows converted and left out.
    assert!(r["conversion"]["command"]
        .as_str()
        .unwrap()
        .contains("WITH schema only"));
    let out = rehearse(&mysql_url(&db), &scratch_url(), &[], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("converted automatically: 16 tables"),
        "{text}"
    );
    assert!(
        text.contains("left out (by hand): 6 routines, 7 views, 6 triggers"),
        "{text}"
    );
    assert_eq!(rehearsal_objects(), before);
}

#[test]
fn what_pgloader_fails_on_is_reported_with_object_and_sqlstate_and_nothing_is_left() {
    let _lock = lock(true);
    let _markers = mysql::markers_shared();
    let before = rehearsal_objects();
    // InnoDB lets a foreign key reference a column that is only indexed, not unique; PostgreSQL
    // does not. pgloader goes on after it.
    let mut db = mysql::Scratch::new("rh_fk");
    db.sql(&[
        "CREATE TABLE parent (id INT PRIMARY KEY, code INT UNSIGNED, KEY (code))",
        "CREATE TABLE child (id INT PRIMARY KEY, code INT UNSIGNED,
             FOREIGN KEY (code) REFERENCES parent (code))",
    ]);
    let (out, r) = rehearse_json(&mysql_url(&db), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let failures = r["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{failures:#?}");
    let fk = &failures[0];
    assert_eq!(fk["kind"], "ALTER TABLE ADD FOREIGN KEY");
    assert_eq!(fk["sqlstate"], "42830");
    assert_eq!(fk["refused_by"], "server");
    assert!(
        fk["object"].as_str().unwrap().contains(".child ("),
        "{fk:#}"
    );
    assert!(fk["message"]
        .as_str()
        .unwrap()
        .contains("no unique constraint matching given keys"));
    assert_eq!(r["not_predicted"], 1);
    // The rest was converted; the unsigned column the failing key names needs hand work.
    assert_eq!(converted(&r, "tables"), 2);
    assert_eq!(converted(&r, "foreign keys"), 0);
    assert_eq!(
        verdict(&r, "mysql-unsigned-integer")["verdict"],
        "needs_hand_work"
    );
    assert_eq!(
        verdict(&r, "mysql-unsigned-integer")["evidence"],
        serde_json::json!([1])
    );
    assert_eq!(rehearsal_objects(), before);

    // A MariaDB expression default pgloader copies as a string: PostgreSQL refuses the table,
    // and pgloader stops the whole load (it creates the tables in one transaction).
    let mut db = mysql::Scratch::new("rh_default");
    db.sql(&[
        "CREATE TABLE prices (id INT AUTO_INCREMENT PRIMARY KEY,
             kind ENUM('list', 'sale') NOT NULL,
             amount DECIMAL(10,2) DEFAULT (ROUND(RAND() * 10, 2)))",
        "CREATE TABLE notes (id INT PRIMARY KEY, body TEXT)",
    ]);
    let (out, r) = rehearse_json(&mysql_url(&db), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let failures = r["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{failures:#?}");
    let t = &failures[0];
    assert_eq!(t["kind"], "CREATE TABLE");
    assert_eq!(t["sqlstate"], "22P02");
    assert!(t["object"].as_str().unwrap().ends_with(".prices"), "{t:#}");
    assert!(
        t["statement"].as_str().unwrap().contains("round(rand()"),
        "{t:#}"
    );
    assert_eq!(r["conversion"]["stopped_at"], 1);
    assert_eq!(converted(&r, "tables"), 0);
    assert_eq!(r["succeeded"], 0);
    assert_eq!(
        verdict(&r, "mysql-enum-column")["verdict"],
        "needs_hand_work"
    );
    assert_eq!(
        verdict(&r, "mysql-auto-increment")["verdict"],
        "needs_hand_work"
    );
    assert_eq!(rehearsal_objects(), before);
}

#[test]
fn mysql_passwords_reach_pgloader_only_through_its_environment() {
    let _lock = lock(false);
    let _markers = mysql::markers_shared();
    let mut db = mysql::Scratch::new("rh_mypw");
    db.sql(&["CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, note TEXT)"]);
    let user = mysql::unique("rhpw");
    let secret = "My5qlSecret_rh";
    db.server_object(
        &format!("CREATE USER '{user}'@'%' IDENTIFIED BY '{secret}'"),
        &format!("DROP USER IF EXISTS '{user}'@'%'"),
    );
    let grant = format!(
        "GRANT SELECT, SHOW VIEW, TRIGGER, EVENT ON `{}`.* TO '{user}'@'%'",
        db.name
    );
    db.admin().exec(&grant);
    let source = format!(
        "mysql://{user}:{secret}@{}/{}?ssl-mode=DISABLED",
        mysql::server_addr(),
        db.name
    );
    let scratch = scratch_url_as("postgres:Scr4tchPassw0rd");
    // A pgloader that records its arguments, its command file, whether the passwords are in
    // its environment, and every command line on the machine; then runs the real one.
    let (_dir, wrapper, calls) = recording(
        "pgloader",
        "echo \"argv: $*\" >> $out\n\
         echo \"mysql password from env: ${MYSQL_PWD:+yes}\" >> $out\n\
         echo \"pg password from env: ${PGPASSWORD:+yes}\" >> $out\n\
         for a in \"$@\"; do case \"$a\" in *.load) echo '--- command file' >> $out; cat \"$a\" >> $out;; esac; done\n\
         echo '--- processes' >> $out\n\
         for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline 2>/dev/null; echo; done | grep -v 'dbassay rehearse' >> $out\n",
    );
    let out = rehearse(
        &source,
        &scratch,
        &["--pgloader", wrapper.to_str().unwrap(), "--format", "json"],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let calls = std::fs::read_to_string(&calls).unwrap();
    assert!(calls.contains("mysql password from env: yes"), "{calls}");
    assert!(calls.contains("pg password from env: yes"), "{calls}");
    assert!(calls.contains("--- command file\nLOAD DATABASE"), "{calls}");
    assert!(calls.contains(&format!("FROM mysql://{user}@")), "{calls}");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The real pgloader logged in with the password it was given: the table is there.
    assert_eq!(converted(&r, "tables"), 1, "{r:#}");
    let everything = format!("{}{}{calls}", stdout(&out), stderr(&out));
    for s in [secret, "Scr4tchPassw0rd"] {
        assert!(!everything.contains(s), "{s} leaked:\n{everything}");
    }
    assert!(stdout(&out).contains(&format!("{user}:****@")));
}

#[test]
fn a_missing_pgloader_is_one_clear_message() {
    let _markers = mysql::markers_shared();
    let mut db = mysql::Scratch::new("rh_nopgl");
    db.sql(&["CREATE TABLE t (id INT PRIMARY KEY)"]);
    let scratch = scratch_url();
    let out = rehearse(&mysql_url(&db), &scratch, &[], &[("PATH", "/nonexistent")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("pgloader: not found on PATH"), "{err}");
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    let out = rehearse(
        &mysql_url(&db),
        &scratch,
        &["--pgloader", "/nonexistent/pgloader"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));
}

#[test]
fn assess_rehearse_on_a_mysql_source_confirms_automatic_findings_and_moves_hand_work() {
    let _lock = lock(false);
    let _markers = mysql::markers_shared();
    let mut db = mysql::Scratch::new("rh_myassess");
    db.sql(&[
        "CREATE TABLE parent (id INT AUTO_INCREMENT PRIMARY KEY, code BIGINT UNSIGNED,
             status ENUM('new', 'done') NOT NULL, KEY (code))",
        "CREATE TABLE child (id INT PRIMARY KEY, code BIGINT UNSIGNED,
             FOREIGN KEY (code) REFERENCES parent (code))",
    ]);
    let assess = |extra: &[&str]| parsed_assessment(&assess_live(&db.url(), extra));
    let plain = assess(&[]);
    let scratch = scratch_url();
    let a = assess(&["--rehearse-on", &scratch]);
    let findings = a["compatibility"]["findings"].as_array().unwrap();
    let find = |id: &str| findings.iter().find(|f| f["id"] == id).unwrap();
    let e = &find("mysql-enum-column")["proof"];
    assert_eq!(e["status"], "proven");
    assert_eq!(e["label"], "converted automatically by pgloader");
    let u = &find("mysql-bigint-unsigned")["proof"];
    assert_eq!(u["label"], "needs hand work: pgloader did not convert it");
    assert_eq!(u["evidence"][0]["sqlstate"], "42830");
    // The effort of what pgloader did not convert moved from automatic to by hand.
    let hours = |v: &serde_json::Value| v.as_str().unwrap().parse::<f64>().unwrap();
    let (before, after) = (
        &plain["compatibility"]["effort_split"],
        &a["compatibility"]["effort_split"],
    );
    let moved = hours(&find("mysql-bigint-unsigned")["effort_hours"]["high"]);
    assert!(moved > 0.0);
    assert!(
        (hours(&after["by_hand"]["high"]) - hours(&before["by_hand"]["high"]) - moved).abs()
            < 0.001,
        "{before} → {after}"
    );
    assert!(
        (hours(&before["automatic"]["high"]) - hours(&after["automatic"]["high"]) - moved).abs()
            < 0.001,
        "{before} → {after}"
    );
    assert!(a["notes"]
        .to_string()
        .contains("moved from automatic to by hand"));
    let summary = a["rehearsal"]["summary"].as_str().unwrap();
    assert!(
        summary.contains("1 problem no check predicted"),
        "{summary}"
    );
    assert_eq!(a["rehearsal"]["not_predicted"][0]["sqlstate"], "42830");
}

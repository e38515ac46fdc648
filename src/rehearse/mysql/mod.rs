//! The MySQL-family rehearsal: a schema-only load through pgloader into the scratch database,
//! and what it converted automatically, left out and failed.
//!
//! The scratch server is handled as for a PostgreSQL source ([`super::postgres`]): a fresh
//! database owned by a fresh role shaped like Lakebase's `databricks_superuser`, dropped at the
//! end (also after a failure) unless kept. pgloader loads the schema as that role (a login as it,
//! or the admin with `SET role`), reading both passwords from its environment (`MYSQL_PWD`,
//! `PGPASSWORD`): its command file, written to a private temporary directory and removed at the
//! end, and its command line hold none.
//!
//! What was converted is counted in the scratch catalog after the load, not taken from
//! pgloader's word; what it left out (routines, views, triggers, events) comes from the
//! assessment's profile; what failed is read from pgloader's log, each error with its object,
//! SQLSTATE and message. The rubric's `conversion: automatic` checks are then marked
//! "confirmed automatic" (pgloader converted their objects) or "needs hand work" (it failed on
//! them, or made something else of them).
//!
//! By concern: [`command`] finds and runs pgloader, [`log`] reads its log and summary,
//! [`catalog`] counts what the load made, [`verdict`] judges each finding; this file runs the
//! whole and writes the summary and the recipe.

mod catalog;
mod command;
mod log;
mod verdict;

pub use catalog::{converted, left_out, read_catalog, Catalog, ColumnInfo, IndexInfo};
pub use command::{command_file, find_pgloader, parse_version, Pgloader};
pub use log::{parse_log, parse_summary, read_log, statement_table, LogEntry, LogFindings};
pub use verdict::{candidates, verdict};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::postgres::{self, db_text, Made, Scratch};
use super::{Failure, FindingVerdict, Options, Verdict};
use crate::assessment::Assessment;
use crate::error::Error;
use crate::rubric::model::Conversion as CheckConversion;
use command::run_pgloader;
use log::ddl_statements;
use verdict::object_path;

/// What pgloader did with a MySQL-family schema.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Conversion {
    /// Objects found on the scratch server after the load, by kind (`tables`, `indexes`, …).
    pub converted: Vec<Converted>,
    /// Source objects pgloader does not convert (routines, views, triggers, events).
    pub left_out: Vec<Converted>,
    /// pgloader's warnings, each with the object it names (empty when it names none).
    pub warnings: Vec<Warning>,
    /// The failure at which pgloader stopped the whole load (it creates the tables in one
    /// transaction: a table it cannot create leaves nothing behind).
    pub stopped_at: Option<usize>,
    /// pgloader's own count of each step (its summary): statements run and errors.
    pub steps: Vec<Step>,
    /// The command file pgloader ran (no password is ever in it).
    pub command: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Converted {
    pub kind: String,
    pub count: u64,
    pub objects: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    pub object: String,
    pub message: String,
}

/// One line of pgloader's summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Step {
    pub name: String,
    pub read: u64,
    pub errors: u64,
}

/// Rehearses a MySQL-family source through pgloader. Blocking.
pub fn rehearse(opts: &Options, assessment: &Assessment) -> Result<super::Rehearsal, Error> {
    crate::introspect::runtime()?.block_on(rehearse_async(opts, assessment))
}

async fn rehearse_async(
    opts: &Options,
    assessment: &Assessment,
) -> Result<super::Rehearsal, Error> {
    let tool = find_pgloader(opts.pgloader.as_deref())?;
    if opts.source.database.is_none() {
        return Err(Error::input(
            format!("--source {}", opts.source.masked()),
            "name the database in the URL (mysql://user@host/database): pgloader loads one \
             database",
        ));
    }
    let scratch = postgres::connect_scratch(opts).await?;
    let mut made = Made::new();
    let outcome = load(opts, &tool, &scratch, &mut made, assessment).await;

    let keep = opts.keep && outcome.is_ok();
    let (mut r, dropped) = super::drop_unless_kept(&scratch, &made, keep, outcome).await?;
    r.notes.extend(dropped);
    Ok(r)
}

/// Creates the scratch database and role, runs pgloader into it as the role, reads the catalog.
async fn load(
    opts: &Options,
    tool: &Pgloader,
    scratch: &Scratch,
    made: &mut Made,
    assessment: &Assessment,
) -> Result<super::Rehearsal, Error> {
    postgres::create_scratch(scratch, made).await?;
    let (probe, how) = postgres::replay_session(scratch, made, opts).await?;
    drop(probe);
    let (login, set_role, pg_password) = if how == "login" {
        (made.role.clone(), None, Some(made.password().to_string()))
    } else {
        (
            scratch.user.clone(),
            Some(made.role.as_str()),
            scratch.url.password().map(|p| p.expose().to_string()),
        )
    };
    let command = command_file(&opts.source, &scratch.url, &login, &made.database, set_role)?;
    let mysql_password = opts.source.password().map(|p| p.expose().to_string());
    let run = run_pgloader(
        tool,
        &command,
        mysql_password.as_deref(),
        pg_password.as_deref(),
    )?;
    let scrub = |s: &str| {
        let s = opts.scratch.scrub(&opts.source.scrub(s));
        s.replace(made.password(), crate::introspect::MASK)
    };
    let entries = parse_log(&run.output);
    let mut log = read_log(&entries);
    if let Some(conn) = &log.connection {
        let detail = scrub(conn);
        let to_mysql = conn.contains("to mysql");
        let what = if to_mysql {
            format!(
                "pgloader could not reach the source {}",
                opts.source.masked()
            )
        } else {
            format!(
                "pgloader could not reach the scratch server {}",
                opts.scratch.masked()
            )
        };
        return Err(
            if detail.contains("Access denied") || detail.contains("password") {
                Error::input(what, detail)
            } else {
                Error::Unreachable { what, detail }
            },
        );
    }
    for f in log.failures.iter_mut() {
        f.message = scrub(&f.message);
        f.statement = scrub(&f.statement);
    }
    for w in log.warnings.iter_mut() {
        w.message = scrub(&w.message);
    }
    let findings = super::findings_to_prove(assessment);
    // A failure proves the by-hand findings on its table whose problem it shows.
    for f in log.failures.iter_mut() {
        let Some(table) = log.tables.get(&f.number) else {
            continue;
        };
        for id in candidates(f) {
            let on_table = findings.iter().any(|x| {
                x.id == id
                    && x.conversion == CheckConversion::ByHand
                    && x.objects
                        .iter()
                        .filter_map(|o| object_path(o))
                        .any(|o| &o.0 == table)
            });
            if on_table && !f.confirms.iter().any(|c| c == id) {
                f.confirms.push(id.to_string());
            }
        }
    }
    // A failure on a table that an earlier failure left uncreated follows from it.
    for i in 0..log.failures.len() {
        let (earlier, rest) = log.failures.split_at_mut(i);
        let f = &mut rest[0];
        let Some(table) = log.tables.get(&f.number) else {
            continue;
        };
        f.follows = earlier
            .iter()
            .find(|e| e.kind == "CREATE TABLE" && log.tables.get(&e.number) == Some(table))
            .map(|e| e.number);
    }
    let admin = postgres_open_scratch_db(scratch, made, opts).await?;
    let catalog = read_catalog(&admin).await.map_err(|e| Error::Unreachable {
        what: format!(
            "cannot read the scratch database on {}",
            scratch.url.masked()
        ),
        detail: scratch.url.scrub(&db_text(&e)),
    })?;
    drop(admin);

    let mut verdicts = Vec::new();
    for f in &findings {
        let (verdict, reason, evidence) = verdict(f, &log, &catalog);
        verdicts.push(FindingVerdict::new(f, verdict, reason, evidence));
    }
    let failures = log.failures;
    let not_predicted = failures.iter().filter(|x| x.not_predicted()).count();
    let statements = (ddl_statements(&run.summary) as usize).max(failures.len());
    let succeeded = if log.stopped_at.is_some() {
        0
    } else {
        statements - failures.len()
    };
    let conversion = Conversion {
        converted: converted(&catalog),
        left_out: left_out(assessment),
        warnings: log.warnings,
        stopped_at: log.stopped_at,
        steps: run.summary,
        command: run.command.clone(),
    };
    let automatic = findings
        .iter()
        .filter(|f| f.conversion == CheckConversion::Automatic)
        .count();
    let summary = summary(
        &conversion,
        &verdicts,
        automatic,
        &failures,
        not_predicted,
        statements,
    );
    let mut notes = Vec::new();
    if !scratch.lakebase_branch {
        notes.push(
            "the scratch server is plain PostgreSQL; pgloader creates no extension, so \
             Lakebase's extension list does not come into it"
                .to_string(),
        );
    }
    if let Some(n) = conversion.stopped_at {
        notes.push(format!(
            "pgloader stopped at failure #{n}: fix it on the source (or with a CAST rule) and \
             rehearse again to see the rest"
        ));
    }
    let recipe = recipe(tool, &conversion, &failures);
    Ok(super::Rehearsal {
        rehearsal_version: super::REHEARSAL_VERSION,
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        source: opts.source.masked(),
        family: "mysql".into(),
        scratch: super::ScratchInfo::new(scratch, made, how, opts.keep, None),
        dump: super::DumpInfo {
            tool: "pgloader".into(),
            version: tool.version.clone(),
            flags: vec![
                "schema only".into(),
                "create tables".into(),
                "create indexes".into(),
                "foreign keys".into(),
                "reset sequences".into(),
            ],
            source_version: assessment.source.version.clone(),
        },
        statements,
        succeeded,
        failures,
        not_predicted,
        findings: verdicts,
        recipe,
        conversion: Some(conversion),
        summary,
        notes,
    })
}

async fn postgres_open_scratch_db(
    scratch: &Scratch,
    made: &Made,
    opts: &Options,
) -> Result<tokio_postgres::Client, Error> {
    crate::introspect::postgres::open(
        &scratch.url.with_database(&made.database),
        "scratch server",
        opts.connect_timeout,
    )
    .await
}

/// "pgloader converted 16 tables, 42 indexes, …; 7 of 9 automatic findings confirmed, 1 needs
/// hand work; left out: 6 routines, …; 0 problems no check predicted; 0 of 170 statements failed".
pub fn summary(
    c: &Conversion,
    verdicts: &[FindingVerdict],
    automatic: usize,
    failures: &[Failure],
    not_predicted: usize,
    statements: usize,
) -> String {
    let count = |k: &str| {
        c.converted
            .iter()
            .find(|x| x.kind == k)
            .map(|x| x.count)
            .unwrap_or(0)
    };
    let confirmed = verdicts
        .iter()
        .filter(|v| v.verdict == Verdict::ConfirmedAutomatic)
        .count();
    let hand = verdicts
        .iter()
        .filter(|v| v.verdict == Verdict::NeedsHandWork)
        .count();
    let mut s = format!(
        "pgloader converted {} tables, {} indexes, {} primary keys, {} foreign keys; {confirmed} \
         of {automatic} automatic findings confirmed automatic, {hand} need{} hand work",
        count("tables"),
        count("indexes"),
        count("primary keys"),
        count("foreign keys"),
        if hand == 1 { "s" } else { "" }
    );
    let left: Vec<String> = c
        .left_out
        .iter()
        .map(|k| format!("{} {}", k.count, k.kind))
        .collect();
    if !left.is_empty() {
        s.push_str(&format!("; left out: {}", left.join(", ")));
    }
    s.push_str(&format!(
        "; {} no check predicted; {} of {statements} statements failed",
        if not_predicted == 1 {
            "1 problem".to_string()
        } else {
            format!("{not_predicted} problems")
        },
        failures.len()
    ));
    s
}

/// How to run the real load: the command file with placeholders, passwords in the environment.
fn recipe(tool: &Pgloader, c: &Conversion, failures: &[Failure]) -> super::Recipe {
    let mut notes = vec![format!(
        "rehearsed with pgloader {} (schema only); the real load drops `schema only` to copy \
         the rows as well",
        tool.version
    )];
    if !c.left_out.is_empty() {
        notes.push(format!(
            "pgloader does not convert {}: rewrite them in PL/pgSQL (views in PostgreSQL SQL) \
             and create them after the load",
            c.left_out
                .iter()
                .map(|k| k.kind.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !failures.is_empty() {
        notes.push(
            "fix what failed on the source or with pgloader CAST rules / an AFTER LOAD DO block, \
             then rehearse again"
                .into(),
        );
    }
    notes.push(
        "reset the sequences after the last change is applied (pgloader's `reset sequences` \
         does it at the end of its load)"
            .into(),
    );
    super::Recipe {
        commands: vec![
            "export MYSQL_PWD=…   # the source's password; never on the command line".into(),
            "export PGPASSWORD=…  # the Lakebase role's password or OAuth token".into(),
            "cat > app.load <<'EOF'\nLOAD DATABASE\n     FROM mysql://<user>@<source host>:3306/<database>\n     INTO postgresql://<project owner>@<unpooled Lakebase endpoint>:5432/<database>?sslmode=require\n WITH create tables, create indexes, foreign keys, reset sequences,\n      downcase identifiers, uniquify index names\n;\nEOF".into(),
            "pgloader app.load".into(),
        ],
        roles: Vec::new(),
        notes,
    }
}

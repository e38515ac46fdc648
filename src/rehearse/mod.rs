//! Rehearsal: replay the source's schema into a scratch database as Lakebase's most privileged
//! role would, and record what the server really refuses.
//!
//! A PostgreSQL source is dumped with `pg_dump --schema-only --no-owner --no-acl` (the flags
//! Lakebase's migration docs prescribe), and the dump is replayed one statement at a time into a
//! fresh database on the scratch server, as a fresh role shaped like `databricks_superuser`
//! (CREATEDB, CREATEROLE, no SUPERUSER, REPLICATION or BYPASSRLS). `CREATE EXTENSION` of an
//! extension that is not on Lakebase's list is refused as Lakebase would refuse it. Each failure
//! is tied to the assessment's finding it proves, or marked "not predicted"; each finding is
//! marked confirmed, not reproduced (and why) or not testable by replay. The scratch database
//! and role are dropped at the end, also after a failure, unless they are to be kept.
//!
//! A MySQL-family source is loaded schema-only through pgloader ([`mysql`]) and the report says
//! what was converted automatically, what was left out and what failed.
//!
//! The library does no terminal I/O: [`Rehearsal`] is plain data, rendered by [`render`].

pub mod checks;
pub mod mysql;
pub mod postgres;
pub mod render;
pub mod split;
pub mod tool;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

use crate::assessment::Finding;
use crate::error::Error;
use crate::introspect::SourceUrl;

/// Format version of the rehearsal JSON.
pub const REHEARSAL_VERSION: u32 = 1;

/// What to rehearse and where.
#[derive(Debug, Clone)]
pub struct Options {
    pub source: SourceUrl,
    /// An administrative URL of the scratch server (a local PostgreSQL or a Lakebase branch).
    pub scratch: SourceUrl,
    /// Keep the scratch database, the role and the dump text instead of dropping them.
    pub keep: bool,
    /// Where a kept dump is written (a directory).
    pub keep_dir: PathBuf,
    /// `pg_dump` to use; `None` finds it on PATH.
    pub pg_dump: Option<PathBuf>,
    /// `pgloader` to use (MySQL-family sources); `None` finds it on PATH.
    pub pgloader: Option<PathBuf>,
    pub connect_timeout: Duration,
    /// Lakebase's extension list (`engines/lakebase.yaml`).
    pub lakebase_extensions: Vec<String>,
}

/// The outcome of one rehearsal: `dbassay rehearse --format json` prints it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Rehearsal {
    pub rehearsal_version: u32,
    pub tool_version: String,
    /// The source URL, password masked.
    pub source: String,
    /// `postgres` or `mysql`.
    pub family: String,
    pub scratch: ScratchInfo,
    /// The tool that took the schema and how (`pg_dump 17.2 --schema-only …`).
    pub dump: DumpInfo,
    /// Statements sent (or refused on Lakebase's behalf); psql meta-commands are not counted.
    pub statements: usize,
    pub succeeded: usize,
    pub failures: Vec<Failure>,
    /// Failures no finding of the assessment predicted (and that follow from no earlier failure).
    pub not_predicted: usize,
    /// Every finding of the assessment, with what the replay said about it.
    pub findings: Vec<FindingVerdict>,
    pub recipe: Recipe,
    /// MySQL-family sources: what pgloader converted, left out and failed.
    pub conversion: Option<mysql::Conversion>,
    /// One line: "9 of 12 findings proven; 1 problem no check predicted".
    pub summary: String,
    pub notes: Vec<String>,
}

impl Failure {
    /// No finding predicted it and it follows from no earlier failure: a new problem. (An
    /// extension on Lakebase's list that the scratch server lacks is the scratch server's gap.)
    pub fn not_predicted(&self) -> bool {
        let scratch_lacks_listed_extension = self.kind == "CREATE EXTENSION"
            && self.refused_by == RefusedBy::Server
            && self.sqlstate == "0A000";
        self.confirms.is_empty() && self.follows.is_none() && !scratch_lacks_listed_extension
    }
}

impl Rehearsal {
    /// Whether every statement ran (exit code 0) or some failed (1).
    pub fn clean(&self) -> bool {
        self.failures.is_empty()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct ScratchInfo {
    /// The scratch URL, password masked.
    pub url: String,
    pub server_version: String,
    /// The scratch server is a Lakebase branch (it has the `databricks_superuser` role): its own
    /// extension list and privileges decide, nothing is refused on its behalf.
    pub lakebase_branch: bool,
    pub database: String,
    pub role: String,
    /// How the statements ran as the role: `login` (a connection as the role) or `set_role`.
    pub replayed_as: String,
    /// The database and role were kept (`--keep`); otherwise they were dropped.
    pub kept: bool,
    /// The kept dump text, when kept.
    pub kept_dump: Option<String>,
}

impl ScratchInfo {
    /// The scratch objects of a rehearsal, replayed into as `replayed_as`.
    pub fn new(
        scratch: &postgres::Scratch,
        made: &postgres::Made,
        replayed_as: &str,
        kept: bool,
        kept_dump: Option<String>,
    ) -> ScratchInfo {
        ScratchInfo {
            url: scratch.url.masked(),
            server_version: scratch.version.clone(),
            lakebase_branch: scratch.lakebase_branch,
            database: made.database.clone(),
            role: made.role.clone(),
            replayed_as: replayed_as.to_string(),
            kept,
            kept_dump,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct DumpInfo {
    pub tool: String,
    pub version: String,
    pub flags: Vec<String>,
    /// Source server version, as `server_version` shows it.
    pub source_version: String,
}

/// Who refused a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RefusedBy {
    /// The scratch server's own error.
    Server,
    /// Not sent: the extension is not on Lakebase's list (with the code PostgreSQL gives an
    /// extension that is not available).
    LakebaseExtensionList,
    /// pgloader itself (MySQL-family sources): an error of its own, with no SQLSTATE.
    Pgloader,
}

impl RefusedBy {
    /// Who refused, as a reader says it.
    pub fn label(self) -> &'static str {
        match self {
            RefusedBy::Server => "the server",
            RefusedBy::LakebaseExtensionList => "Lakebase's extension list",
            RefusedBy::Pgloader => "pgloader",
        }
    }
}

/// One failing statement.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Failure {
    /// 1-based number of the statement in the replay.
    pub number: usize,
    /// Line of the statement in the dump.
    pub line: usize,
    /// The object (`public.cf(integer)`), from pg_dump's header, or the setting for a SET.
    pub object: String,
    /// Leading keywords of the statement (`CREATE FUNCTION`).
    pub kind: String,
    pub sqlstate: String,
    pub message: String,
    pub detail: Option<String>,
    pub refused_by: RefusedBy,
    /// What the refusal means for Lakebase, when the scratch server may differ from it.
    pub note: Option<String>,
    /// Check ids of the findings it proves; empty when none.
    pub confirms: Vec<String>,
    /// Number of an earlier failure this one follows from (a missing extension, server…).
    pub follows: Option<usize>,
    /// The statement, shortened to its first lines.
    pub statement: String,
}

/// What the replay says about one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Confirmed,
    NotReproduced,
    NotTestable,
    /// A `conversion: automatic` check whose objects pgloader converted (MySQL-family sources).
    ConfirmedAutomatic,
    /// A `conversion: automatic` check whose objects pgloader failed on or made something else
    /// of: the effort moves to hand work.
    NeedsHandWork,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::NotReproduced => "not reproduced",
            Verdict::NotTestable => "not testable by replay",
            Verdict::ConfirmedAutomatic => "confirmed automatic",
            Verdict::NeedsHandWork => "needs hand work",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct FindingVerdict {
    pub id: String,
    pub title: String,
    pub severity: String,
    pub verdict: Verdict,
    /// Why it was not reproduced or cannot be tested; for a confirmed finding, who refused.
    pub reason: String,
    /// Numbers of the failures that prove it.
    pub evidence: Vec<usize>,
}

impl FindingVerdict {
    pub fn new(f: &Finding, verdict: Verdict, reason: String, evidence: Vec<usize>) -> Self {
        FindingVerdict {
            id: f.id.clone(),
            title: f.title.clone(),
            severity: f.severity.as_str().to_string(),
            verdict,
            reason,
            evidence,
        }
    }
}

/// How to run the real migration so that it does not discover these problems by failing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Recipe {
    /// Shell commands, in order (passwords through PGPASSWORD, never in the command).
    pub commands: Vec<String>,
    /// Source owners and grantees and the role each needs on Lakebase.
    pub roles: Vec<RoleMapping>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct RoleMapping {
    /// The role on the source.
    pub source_role: String,
    /// Objects it owns and objects it has grants on (outside extensions and system schemas).
    pub owns: u64,
    pub granted_on: u64,
    pub superuser: bool,
    pub login: bool,
    /// What to create or do on Lakebase.
    pub on_lakebase: String,
}

/// Shortens a statement for display: its first `max_lines` lines, and a marker if cut.
pub fn excerpt(sql: &str, max_lines: usize) -> String {
    let mut lines = sql.lines();
    let mut out: Vec<&str> = lines.by_ref().take(max_lines).collect();
    let rest = lines.count();
    let mut s = std::mem::take(&mut out).join("\n");
    if s.chars().count() > 600 {
        s = s.chars().take(600).collect::<String>() + " …";
    } else if rest > 0 {
        s.push_str(&format!("\n… ({rest} more lines)"));
    }
    s
}

/// Marks each finding of the assessment from the failures, and counts the unexplained ones.
pub fn verdicts(
    findings: &[Finding],
    failures: &[Failure],
    lakebase_branch: bool,
) -> (Vec<FindingVerdict>, usize) {
    let mut out = Vec::new();
    for f in findings {
        let evidence: Vec<usize> = failures
            .iter()
            .filter(|x| x.confirms.contains(&f.id))
            .map(|x| x.number)
            .collect();
        let category = f.category.as_str();
        let (verdict, reason) = if !evidence.is_empty() {
            let proving: Vec<&Failure> = failures
                .iter()
                .filter(|x| evidence.contains(&x.number))
                .collect();
            let mut by = Vec::new();
            if proving
                .iter()
                .any(|x| x.refused_by == RefusedBy::LakebaseExtensionList)
            {
                by.push("Lakebase's extension list");
            }
            if proving.iter().any(|x| x.refused_by == RefusedBy::Server) {
                by.push(if lakebase_branch {
                    "the Lakebase branch"
                } else {
                    "the server"
                });
            }
            let mut reason = format!("refused by {}", by.join(" and "));
            if !lakebase_branch && proving.iter().any(|x| x.note.is_some()) {
                reason = "refused by PostgreSQL; verify on a Lakebase branch".to_string();
            }
            (Verdict::Confirmed, reason)
        } else {
            match checks::expectation(&f.id, category) {
                checks::Expectation::FailsOnReplay => (
                    Verdict::NotReproduced,
                    "every statement for these objects ran on the scratch server (or the dump \
                     holds none of them: pg_dump leaves out cluster-wide objects)"
                        .to_string(),
                ),
                checks::Expectation::Runtime(why) => {
                    (Verdict::NotReproduced, format!("runtime behaviour: {why}"))
                }
                checks::Expectation::Data(why) => {
                    (Verdict::NotReproduced, format!("needs data: {why}"))
                }
                checks::Expectation::NotSchema(why) => (Verdict::NotTestable, why.to_string()),
            }
        };
        out.push(FindingVerdict::new(f, verdict, reason, evidence));
    }
    let not_predicted = failures.iter().filter(|x| x.not_predicted()).count();
    (out, not_predicted)
}

/// Drops the scratch database and role of a rehearsal unless they are kept (`keep`, after a
/// success only). What could not be dropped is added to the rehearsal's error, or else returned
/// as a note, so that nothing is left behind unsaid.
pub async fn drop_unless_kept<T>(
    scratch: &postgres::Scratch,
    made: &postgres::Made,
    keep: bool,
    outcome: Result<T, Error>,
) -> Result<(T, Option<String>), Error> {
    let left = if keep {
        Vec::new()
    } else {
        postgres::drop_scratch(scratch, made).await
    };
    if left.is_empty() {
        return outcome.map(|t| (t, None));
    }
    let msg = format!(
        "could not drop {} on the scratch server; drop by hand",
        left.join(", ")
    );
    match outcome {
        Ok(t) => Ok((t, Some(msg))),
        Err(Error::Unreachable { what, detail }) => Err(Error::Unreachable {
            what,
            detail: format!("{detail}; {msg}"),
        }),
        Err(Error::Input { what, detail }) => Err(Error::Input {
            what,
            detail: format!("{detail}; {msg}"),
        }),
        Err(other) => Err(other),
    }
}

/// "9 of 12 findings proven; 1 problem no check predicted" and what ran.
pub fn summary(
    statements: usize,
    failures: &[Failure],
    verdicts: &[FindingVerdict],
    not_predicted: usize,
) -> String {
    let proven = verdicts
        .iter()
        .filter(|v| v.verdict == Verdict::Confirmed)
        .count();
    let problems = if not_predicted == 1 {
        "1 problem no check predicted".to_string()
    } else {
        format!("{not_predicted} problems no check predicted")
    };
    format!(
        "{proven} of {} findings proven; {problems}; {} of {statements} statements failed",
        verdicts.len(),
        failures.len()
    )
}

/// The findings a rehearsal proves: the compatibility findings and the migration path's
/// prerequisites (wal_level, superusers…).
pub fn findings_to_prove(a: &crate::assessment::Assessment) -> Vec<Finding> {
    a.compatibility
        .findings
        .iter()
        .chain(&a.migration_path.prerequisite_findings)
        .cloned()
        .collect()
}

/// Marks each finding of the assessment "proven" (with the refused statements as evidence) or
/// "predicted", and records the rehearsal's summary and the problems no check predicted. For a
/// MySQL-family source, an automatic finding is "converted automatically by pgloader" or "needs
/// hand work"; the effort of the latter moves from the automatic to the by-hand side of the
/// effort split.
pub fn annotate(a: &mut crate::assessment::Assessment, r: &Rehearsal) {
    use crate::rubric::{Evidence, Proof};
    let evidence = |f: &Failure| Evidence {
        statement: render::one_line(&f.statement, 200),
        object: f.object.clone(),
        sqlstate: f.sqlstate.clone(),
        message: f.message.clone(),
        refused_by: match f.refused_by {
            RefusedBy::Server => "server".into(),
            RefusedBy::LakebaseExtensionList => "lakebase_extension_list".into(),
            RefusedBy::Pgloader => "pgloader".into(),
        },
    };
    let mut moved = crate::rubric::HoursRange::default();
    let mut moved_ids = Vec::new();
    for finding in a.compatibility.findings.iter_mut() {
        let Some(v) = r.findings.iter().find(|v| v.id == finding.id) else {
            continue;
        };
        if v.verdict == Verdict::NeedsHandWork
            && finding.conversion == crate::rubric::model::Conversion::Automatic
        {
            moved = moved.plus(finding.effort_hours);
            moved_ids.push(finding.id.clone());
        }
    }
    if !moved_ids.is_empty() {
        let split = &mut a.compatibility.effort_split;
        split.automatic = crate::rubric::HoursRange::new(
            (split.automatic.low - moved.low).max(rust_decimal::Decimal::ZERO),
            (split.automatic.high - moved.high).max(rust_decimal::Decimal::ZERO),
        );
        split.by_hand = split.by_hand.plus(moved);
        a.notes.push(format!(
            "effort split after the rehearsal: {}–{} h moved from automatic to by hand, because \
             pgloader did not convert {} automatically",
            moved.low,
            moved.high,
            moved_ids.join(", ")
        ));
    }
    let findings = a
        .compatibility
        .findings
        .iter_mut()
        .chain(a.migration_path.prerequisite_findings.iter_mut());
    for finding in findings {
        let Some(v) = r.findings.iter().find(|v| v.id == finding.id) else {
            continue;
        };
        let proving: Vec<&Failure> = r
            .failures
            .iter()
            .filter(|f| v.evidence.contains(&f.number))
            .collect();
        let (proven, label) = match v.verdict {
            Verdict::Confirmed
                if proving
                    .iter()
                    .all(|f| f.refused_by == RefusedBy::LakebaseExtensionList) =>
            {
                (true, "proven by Lakebase's extension list")
            }
            Verdict::Confirmed => (true, "proven by the server"),
            Verdict::ConfirmedAutomatic => (true, "converted automatically by pgloader"),
            Verdict::NeedsHandWork => (true, "needs hand work: pgloader did not convert it"),
            Verdict::NotReproduced | Verdict::NotTestable => (false, "predicted"),
        };
        finding.proof = Some(Proof {
            status: if proven { "proven" } else { "predicted" }.to_string(),
            label: label.to_string(),
            reason: format!("{}: {}", v.verdict.as_str(), v.reason),
            evidence: proving.into_iter().map(evidence).collect(),
        });
    }
    let proven = r
        .findings
        .iter()
        .filter(|v| {
            matches!(
                v.verdict,
                Verdict::Confirmed | Verdict::ConfirmedAutomatic | Verdict::NeedsHandWork
            )
        })
        .count();
    a.rehearsal = Some(crate::assessment::RehearsalSummary {
        summary: r.summary.clone(),
        scratch: r.scratch.url.clone(),
        statements: r.statements,
        failed: r.failures.len(),
        proven,
        not_predicted: r
            .failures
            .iter()
            .filter(|f| f.not_predicted())
            .map(evidence)
            .collect(),
    });
}

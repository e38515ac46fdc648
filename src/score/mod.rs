//! Scores: the compatibility score, tier and effort from the findings, and the recommended
//! migration path. The formula is deterministic and documented in README.md ("Scoring").

use rust_decimal::Decimal;

mod model;

pub use model::{CategoryScore, Compatibility, EffortSplit, MigrationPath, SeverityCounts, Tier};

use crate::engine::Family;
use crate::profile::Profile;
use crate::rubric::model::Conversion;
use crate::rubric::{Category, Finding, HoursRange, Severity};

/// Penalty of a finding's first object, by severity.
pub fn base_penalty(s: Severity) -> Decimal {
    match s {
        Severity::Blocker => Decimal::from(25),
        Severity::Major => Decimal::from(10),
        Severity::Minor => Decimal::from(3),
        Severity::Info => Decimal::ZERO,
    }
}

/// Penalty of each further object, by severity (counted for at most 10 more objects).
pub fn step_penalty(s: Severity) -> Decimal {
    match s {
        Severity::Blocker => Decimal::from(2),
        Severity::Major => Decimal::ONE,
        Severity::Minor => Decimal::new(25, 2),
        Severity::Info => Decimal::ZERO,
    }
}

pub const MAX_EXTRA_OBJECTS: usize = 10;

/// Below this score (and without blockers) the tier is *major rework*.
pub const MAJOR_REWORK_BELOW: u32 = 50;
/// From this score, with no blocker and no major finding, the tier is *ready*.
pub const READY_FROM: u32 = 90;

/// The severity a finding is scored at: one step lower when the path's standard tool converts it
/// (what is left is verifying the tool's output, which is what *minor* means for a major).
pub fn scored_severity(f: &Finding) -> Severity {
    match (f.conversion, f.severity) {
        (Conversion::ByHand, s) => s,
        (Conversion::Automatic, Severity::Blocker) => Severity::Major,
        (Conversion::Automatic, Severity::Major) => Severity::Minor,
        (Conversion::Automatic, _) => Severity::Info,
    }
}

pub fn penalty(f: &Finding) -> Decimal {
    let extra = f.object_count.saturating_sub(1).min(MAX_EXTRA_OBJECTS);
    let s = scored_severity(f);
    base_penalty(s) + step_penalty(s) * Decimal::from(extra)
}

/// Penalty points that halve the score: 60 points (six major findings, say) give 50.
pub const HALF_LIFE_POINTS: f64 = 60.0;

/// 100 × 0.5^(penalty ÷ 60), rounded half up to a whole number. The score falls fast for the
/// first problems and keeps telling a bad source from a terrible one instead of stopping at 0.
/// (An f64 is fine here: the score is a whole number, and the same input gives the same bits.)
fn score_of<'a>(findings: impl Iterator<Item = &'a Finding>) -> u32 {
    let total: Decimal = findings.map(penalty).sum();
    let points: f64 = total.try_into().unwrap_or(f64::MAX);
    let score = 100.0 * 0.5f64.powf(points / HALF_LIFE_POINTS);
    (score + 0.5).floor().clamp(0.0, 100.0) as u32
}

pub fn tier(score: u32, counts: &SeverityCounts) -> Tier {
    if counts.blocker > 0 {
        Tier::Blocked
    } else if score < MAJOR_REWORK_BELOW {
        Tier::MajorRework
    } else if score < READY_FROM || counts.major > 0 {
        Tier::MinorChanges
    } else {
        Tier::Ready
    }
}

fn effort<'a>(findings: impl Iterator<Item = &'a Finding>) -> HoursRange {
    findings.fold(HoursRange::default(), |acc, f| acc.plus(f.effort_hours))
}

pub fn compatibility(findings: Vec<Finding>, rubric: &str, checks_run: usize) -> Compatibility {
    let mut counts = SeverityCounts::default();
    for f in &findings {
        match f.severity {
            Severity::Blocker => counts.blocker += 1,
            Severity::Major => counts.major += 1,
            Severity::Minor => counts.minor += 1,
            Severity::Info => counts.info += 1,
        }
    }
    let score = score_of(findings.iter());
    let categories = Category::ALL
        .iter()
        .map(|&cat| {
            let mine = || findings.iter().filter(move |f| f.category == cat);
            CategoryScore {
                category: cat,
                title: cat.title().into(),
                score: score_of(mine()),
                findings: mine().count(),
                effort_hours: effort(mine()),
            }
        })
        .collect();
    let by = |c: Conversion| effort(findings.iter().filter(move |f| f.conversion == c));
    Compatibility {
        score,
        tier: tier(score, &counts),
        effort_hours: effort(findings.iter()),
        effort_split: EffortSplit {
            automatic: by(Conversion::Automatic),
            by_hand: by(Conversion::ByHand),
        },
        counts,
        categories,
        rubric: rubric.to_string(),
        checks_run,
        findings,
    }
}

/// Throughput assumed for a dump and restore, in GB per hour (stated in the path's reasons).
const DUMP_RESTORE_GB_PER_HOUR: u32 = 50;
/// Below this size a dump and restore is the simple default.
const SMALL_DATABASE_GB: u32 = 50;

/// The recommended way to move the data, with its reasons and prerequisites: the path's own
/// steps and the prerequisite findings (source server and account), with their effort.
pub fn migration_path(p: &Profile, family: Family, prerequisites: Vec<Finding>) -> MigrationPath {
    let mut path = path_steps(p, family);
    path.effort_hours = effort(prerequisites.iter());
    path.prerequisite_findings = prerequisites;
    path
}

fn path_steps(p: &Profile, family: Family) -> MigrationPath {
    let size = p.data_size_gb();
    let size_text = size.map_or("unknown size".to_string(), |s| {
        format!("{} GB", s.round_dp(1))
    });
    if family != Family::Postgres {
        let (what, tools) = if family == Family::Document {
            (
                "Cosmos DB documents",
                "Azure Data Factory or Spark (Databricks) reading the Cosmos DB change feed",
            )
        } else {
            (
                "MySQL tables",
                "pgloader for the bulk load, then change data capture with Debezium or AWS DMS",
            )
        };
        return MigrationPath {
            kind: "cross_engine".into(),
            title: "Cross-engine migration: convert the schema, bulk load, then catch up with change data capture".into(),
            reasons: vec![
                format!("The source is not PostgreSQL: {what} need a schema conversion to PostgreSQL."),
                format!("Data to move: {size_text}."),
            ],
            prerequisites: vec![
                "Convert the schema (types, code, indexes) following the findings below, and create it in Lakebase.".into(),
                format!("Bulk-load and replicate changes with an external tool ({tools})."),
                "Validate row counts and checksums, then cut over the application connection strings.".into(),
            ],
            docs: "https://docs.databricks.com/aws/en/oltp/projects/move-data-in-and-out".into(),
            ..MigrationPath::default()
        };
    }
    let without_pk: Vec<&str> = p
        .tables
        .iter()
        .filter(|t| !t.has_primary_key && !t.is_partition)
        .filter(|t| {
            !t.replica_identity
                .as_deref()
                .is_some_and(|r| r.eq_ignore_ascii_case("full") || r.eq_ignore_ascii_case("index"))
        })
        .map(|t| t.name.as_str())
        .collect();
    let dump_minutes = size.map(|s| {
        (s * Decimal::from(60) / Decimal::from(DUMP_RESTORE_GB_PER_HOUR))
            .round_dp(0)
            .try_into()
            .unwrap_or(u32::MAX)
    });
    let tolerance = p.workload.downtime_tolerance_minutes;
    let mut reasons = vec![format!("Data to move: {size_text}.")];
    let small = size.is_some_and(|s| s < Decimal::from(SMALL_DATABASE_GB));
    let fits_window = match (dump_minutes, tolerance) {
        (Some(d), Some(t)) => d <= t,
        _ => small,
    };
    if let Some(d) = dump_minutes {
        reasons.push(format!(
            "A dump and restore would take about {d} minutes at {DUMP_RESTORE_GB_PER_HOUR} GB/h{}.",
            tolerance.map_or(String::new(), |t| format!(
                " against an accepted downtime of {t} minutes"
            ))
        ));
    }
    if fits_window {
        reasons.push("That fits the downtime window, so the simplest path is enough.".into());
        MigrationPath {
            kind: "dump_restore".into(),
            title: "Dump and restore (pg_dump / pg_restore) during a maintenance window".into(),
            reasons,
            prerequisites: vec![
                "pg_dump 16 or later, with --no-owner --no-acl; restore with pg_restore into a database created through Lakebase.".into(),
                "Use the unpooled (direct) endpoint for the restore.".into(),
                "Recreate roles and grants in Lakebase; stop writes on the source during the copy.".into(),
            ],
            docs: "https://docs.databricks.com/aws/en/oltp/projects/move-data-in-and-out".into(),
            ..MigrationPath::default()
        }
    } else {
        reasons.push(
            "The copy would not fit the downtime window (or the window is unknown for a database this size): replicate, then cut over in minutes.".into(),
        );
        let mut prerequisites = vec![
            "Enable logical decoding on the source (wal_level = logical; rds.logical_replication = 1 on RDS/Aurora; cloudsql.logical_decoding on Cloud SQL; alloydb.logical_decoding on AlloyDB; wal_level on Azure).".into(),
            "Copy the schema first (pg_dump --schema-only --no-owner --no-acl), then CREATE SUBSCRIPTION in Lakebase to a publication on the source; the source must be reachable over the public network.".into(),
        ];
        if !without_pk.is_empty() {
            let shown: Vec<&str> = without_pk.iter().take(5).copied().collect();
            prerequisites.push(format!(
                "Add a primary key or REPLICA IDENTITY FULL to {} table(s) without one ({}{}), or their updates and deletes will not replicate.",
                without_pk.len(),
                shown.join(", "),
                if without_pk.len() > 5 { ", …" } else { "" }
            ));
        }
        prerequisites.push(
            "Sequences are not replicated: set them past the source values at cut-over.".into(),
        );
        MigrationPath {
            kind: "logical_replication".into(),
            title: "Logical replication into Lakebase, then a short cut-over".into(),
            reasons,
            prerequisites,
            docs: "https://docs.databricks.com/aws/en/oltp/projects/move-data-in-and-out".into(),
            ..MigrationPath::default()
        }
    }
}

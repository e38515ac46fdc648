//! The rubric file format. See `rubrics/README.md` for the reference with examples.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One rubric file: a family rubric (`rubrics/postgres.yaml`) or an engine overlay
/// (`rubrics/engines/aurora-postgresql.yaml`, with `extends`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricFile {
    /// Rubric id; must equal the file stem.
    pub rubric: String,
    /// What the rubric covers.
    pub description: String,
    /// Rubric whose checks this one inherits.
    #[serde(default)]
    pub extends: Option<String>,
    /// Checks added by this file (raw, so each is parsed on its own and all errors are reported).
    #[serde(default)]
    pub checks: Vec<serde_yaml::Value>,
    /// Changes to inherited checks.
    #[serde(default)]
    pub overrides: Vec<serde_yaml::Value>,
    /// Inherited check ids switched off for this engine, each with the reason.
    #[serde(default)]
    pub disable: Vec<Disable>,
    /// Accounts and roles the server or the cloud service creates itself (`mysql.sys@localhost`,
    /// `rdsadmin`): checks never see them. Overlays add to the family's list.
    #[serde(default)]
    pub builtin_roles: Vec<BuiltinRole>,
}

/// An account or role that comes with the server or the service, not with the application.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuiltinRole {
    /// The role name, or MySQL's `user@host` (compared without quotes, ignoring case).
    pub name: String,
    /// Who creates it and why it is not the application's.
    pub reason: String,
    /// Where the name comes from: a first-hand page and the date it was read, or a note that
    /// it was compiled by hand and is unverified.
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disable {
    pub id: String,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Blocker,
    Major,
    Minor,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Blocker,
        Severity::Major,
        Severity::Minor,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Blocker => "blocker",
            Severity::Major => "major",
            Severity::Minor => "minor",
            Severity::Info => "info",
        }
    }
}

/// Where a check's findings count in the score breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Extensions,
    Code,
    DataTypes,
    Schema,
    Storage,
    Replication,
    Operations,
    Workload,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Extensions,
        Category::Code,
        Category::DataTypes,
        Category::Schema,
        Category::Storage,
        Category::Replication,
        Category::Operations,
        Category::Workload,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Extensions => "extensions",
            Category::Code => "code",
            Category::DataTypes => "data_types",
            Category::Schema => "schema",
            Category::Storage => "storage",
            Category::Replication => "replication",
            Category::Operations => "operations",
            Category::Workload => "workload",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Category::Extensions => "Extensions",
            Category::Code => "Code",
            Category::DataTypes => "Data types",
            Category::Schema => "Schema",
            Category::Storage => "Storage and size",
            Category::Replication => "Replication and HA",
            Category::Operations => "Operations",
            Category::Workload => "Workload",
        }
    }
}

/// What a finding asks of the migration: a change to the schema or code (scored), or a step the
/// migration path needs on the source server or account (listed under the path, not scored).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    #[default]
    Compatibility,
    Prerequisite,
}

impl CheckKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CheckKind::Compatibility => "compatibility",
            CheckKind::Prerequisite => "prerequisite",
        }
    }
}

/// Who does the work a finding prices: the standard tool of the migration path (pg_dump /
/// pg_restore, pgloader), leaving only a check of its output, or an engineer by hand.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Conversion {
    Automatic,
    #[default]
    ByHand,
}

impl Conversion {
    pub fn as_str(self) -> &'static str {
        match self {
            Conversion::Automatic => "automatic",
            Conversion::ByHand => "by_hand",
        }
    }
}

/// One consequence of a multi-flag setting (`sql_mode`): said, and priced, only when its
/// conditions hold for the matched object.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consequence {
    #[serde(rename = "where")]
    pub conditions: Vec<Condition>,
    /// The consequence, in one or two sentences.
    pub says: String,
    /// Raises the finding's severity when this consequence applies (never lowers it).
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Hours added to the finding once when this consequence applies.
    #[serde(default)]
    pub effort: Option<[Decimal; 2]>,
}

/// A check: what to look for (the detector) and what it means.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Namespaced, stable id (`pg-unlogged-table`). Never changes; a renamed check keeps its old
    /// id in `aliases`.
    pub id: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Short title, e.g. "Unlogged tables".
    pub title: String,
    pub category: Category,
    pub severity: Severity,
    /// `compatibility` (default) or `prerequisite`.
    #[serde(default)]
    pub kind: CheckKind,
    /// `by_hand` (default) or `automatic` (the path's standard tool converts it; the effort is
    /// verifying its output).
    #[serde(default)]
    pub conversion: Conversion,
    pub detector: Detector,
    /// For multi-flag settings: the consequences, each with its own condition. The check fires
    /// only when at least one holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<Consequence>,
    /// Label of each affected object; `{field}` placeholders from the object. Defaults to its
    /// qualified name.
    #[serde(default)]
    pub label: Option<String>,
    /// What was found and why it matters on Lakebase.
    pub message: String,
    /// What to do about it.
    pub remediation: String,
    pub effort: Effort,
    /// Documentation link (Lakebase or PostgreSQL docs).
    pub docs: String,
}

/// Detectors: the closed set of ways a check reads the profile.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Detector {
    /// One affected object per item of `collection` that meets every condition in `where`.
    Objects {
        /// Dotted path to a list or object in the profile: `tables`, `tables.columns`,
        /// `cosmos.databases.containers`, `sizing`, or `profile` for the whole profile.
        collection: String,
        #[serde(default, rename = "where")]
        conditions: Vec<Condition>,
    },
    /// One finding when a count, sum or maximum over the matching items crosses a threshold.
    Aggregate {
        collection: String,
        #[serde(default, rename = "where")]
        conditions: Vec<Condition>,
        /// `count`, or `sum` / `max` of `field`.
        measure: Measure,
        #[serde(default)]
        field: Option<String>,
        /// The aggregate is compared with this condition (its `field` is ignored).
        threshold: Box<Condition>,
    },
}

impl Detector {
    /// The collection the detector reads.
    pub fn collection(&self) -> &str {
        match self {
            Detector::Objects { collection, .. } | Detector::Aggregate { collection, .. } => {
                collection
            }
        }
    }

    /// The conditions an item must meet.
    pub fn conditions(&self) -> &[Condition] {
        match self {
            Detector::Objects { conditions, .. } | Detector::Aggregate { conditions, .. } => {
                conditions
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    Count,
    Sum,
    Max,
}

/// A test on one field of an item. Exactly one operator is set. String comparisons ignore case.
/// A value may be a literal or a reference: `$target.extensions`, `$target.limits.max_storage_gb`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Dotted path inside the item; a leading `/` reads from the profile root instead.
    #[serde(default)]
    pub field: Option<String>,
    #[serde(default)]
    pub eq: Option<serde_json::Value>,
    #[serde(default)]
    pub ne: Option<serde_json::Value>,
    #[serde(default, rename = "in")]
    pub in_: Option<serde_json::Value>,
    #[serde(default)]
    pub not_in: Option<serde_json::Value>,
    /// Regular expression (case-insensitive) the text must match.
    #[serde(default)]
    pub matches: Option<String>,
    #[serde(default)]
    pub not_matches: Option<String>,
    #[serde(default)]
    pub gt: Option<serde_json::Value>,
    #[serde(default)]
    pub gte: Option<serde_json::Value>,
    #[serde(default)]
    pub lt: Option<serde_json::Value>,
    #[serde(default)]
    pub lte: Option<serde_json::Value>,
    /// `true`: the field has a non-null, non-empty value; `false`: it has none.
    #[serde(default)]
    pub present: Option<bool>,
    /// The field is a list containing this value (or any of these values).
    #[serde(default)]
    pub contains: Option<serde_json::Value>,
    /// Any of these conditions holds.
    #[serde(default)]
    pub any: Option<Vec<Condition>>,
}

/// Hours of work, as a low–high range.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effort {
    /// Once per finding (setting up the workaround).
    #[serde(default)]
    pub fixed: Option<[Decimal; 2]>,
    /// For every affected object.
    #[serde(default)]
    pub per_object: Option<[Decimal; 2]>,
    /// Scaled by a size field of each object: `hours` per `unit` of `field`.
    #[serde(default)]
    pub per_unit: Option<PerUnit>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PerUnit {
    pub field: String,
    pub unit: Decimal,
    pub hours: [Decimal; 2],
}

/// Changes an overlay makes to an inherited check. Only the fields given change.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub id: String,
    #[serde(default)]
    pub severity: Option<Severity>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub remediation: Option<String>,
    #[serde(default)]
    pub effort: Option<Effort>,
    #[serde(default)]
    pub docs: Option<String>,
    #[serde(default)]
    pub detector: Option<Detector>,
    /// Why the engine differs.
    pub reason: String,
}

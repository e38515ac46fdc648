//! Rubrics: checks as data (`rubrics/*.yaml`), loaded, validated and resolved per engine.
//!
//! Loading is two steps, after cargo-deny: parse every file (keeping each check separate so a
//! typo in one does not hide the others), then validate everything and report every problem at
//! once with file and line. Detectors are evaluated in [`eval`].

pub mod config;
pub mod docs;
pub mod eval;
mod finding;
pub mod model;
mod schema_paths;

use std::collections::{BTreeMap, HashSet};

pub use finding::{Evidence, Finding, HoursRange, Proof};
pub use model::{Category, Check, Detector, Severity};

use crate::data::{self, DataFile};
use crate::engine::Target;
use crate::error::Error;
use crate::profile::uses;
use eval::CompiledCheck;
use model::{Override, RubricFile};

/// A check with where it was defined (for reports and error messages).
#[derive(Debug, Clone)]
pub struct SourcedCheck {
    pub check: Check,
    /// `rubrics/postgres.yaml:120`
    pub defined_in: String,
}

/// One parsed rubric file.
#[derive(Debug, Clone)]
struct LoadedRubric {
    file: DataFile,
    extends: Option<String>,
    description: String,
    checks: Vec<SourcedCheck>,
    overrides: Vec<(Override, String)>,
    disable: Vec<(String, String)>,
    builtin_roles: Vec<model::BuiltinRole>,
}

/// All rubrics, parsed and validated.
#[derive(Debug, Clone)]
pub struct RubricSet {
    rubrics: BTreeMap<String, LoadedRubric>,
}

/// The checks that apply to one engine, compiled for evaluation.
#[derive(Debug)]
pub struct ResolvedRubric {
    pub id: String,
    pub checks: Vec<CompiledCheck>,
    /// Names of the server's and the service's own accounts and roles, normalised by
    /// [`builtin_role_key`]; checks never see them.
    pub builtin_roles: HashSet<String>,
}

impl ResolvedRubric {
    /// Whether `name` is one of the server's or the service's own accounts and roles.
    pub fn is_builtin_role(&self, name: &str) -> bool {
        self.builtin_roles.contains(&builtin_role_key(name))
    }
}

/// A role name as built-in lists compare it: without quotes or backticks, lower case
/// (`'mysql.sys'@'localhost'` → `mysql.sys@localhost`).
pub fn builtin_role_key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '\'' | '`' | '"'))
        .collect::<String>()
        .to_lowercase()
}

/// 1-based line of the first line in `text` at or after `from` that contains `needle`.
fn find_line(text: &str, needle: &str, from: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
}

fn line_of(text: &str, needle: &str, from: usize) -> usize {
    find_line(text, needle, from).unwrap_or(from.max(1))
}

/// Line where the item with this `id` starts (the `id:` key of a check, override or disable).
fn line_of_id(text: &str, id: &str) -> usize {
    text.lines()
        .enumerate()
        .find(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim();
            t.strip_prefix("id:")
                .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == id)
        })
        .map_or(1, |(i, _)| i + 1)
}

/// The `id` of a raw YAML mapping, if it has one.
fn raw_id(value: &serde_yaml::Value) -> Option<String> {
    value.get("id").and_then(|v| v.as_str()).map(str::to_string)
}

/// Points an error about a raw item at a line: the item's own line, or the offending field's.
fn locate(file: &DataFile, start: usize, err: &serde_yaml::Error) -> String {
    let msg = err.to_string();
    // serde names the offending key or value in backticks: "unknown field `conditon`",
    // "unknown variant `majr`". Point at the line holding it, as a key if it is one.
    // A missing field has no line of its own: point at the item.
    let token = (!msg.starts_with("missing field"))
        .then(|| msg.split('`').nth(1))
        .flatten();
    let line = token
        .and_then(|token| {
            find_line(&file.text, &format!("{token}:"), start)
                .or_else(|| find_line(&file.text, token, start))
        })
        .unwrap_or(start);
    format!("{}:{line}: {msg}", file.name)
}

impl RubricSet {
    /// The bundled rubrics.
    pub fn bundled(target: &Target) -> Result<RubricSet, Error> {
        Self::from_files(&data::rubric_files(), target)
    }

    /// Bundled rubrics plus a user's directory; a user file with the same id replaces the
    /// bundled one.
    pub fn with_dir(dir: Option<&std::path::Path>, target: &Target) -> Result<RubricSet, Error> {
        let mut files = data::rubric_files();
        if let Some(dir) = dir {
            for f in data::yaml_files_in(dir)? {
                files.retain(|b| b.stem() != f.stem());
                files.push(f);
            }
        }
        Self::from_files(&files, target)
    }

    /// Parses and validates; every problem in every file is reported in one error.
    pub fn from_files(files: &[DataFile], target: &Target) -> Result<RubricSet, Error> {
        let mut problems = Vec::new();
        let mut rubrics = BTreeMap::new();
        for file in files {
            if let Some(r) = parse_file(file, &mut problems) {
                if rubrics.contains_key(&r.0) {
                    problems.push(format!("{}: rubric `{}` is defined twice", file.name, r.0));
                }
                rubrics.insert(r.0, r.1);
            }
        }
        let set = RubricSet { rubrics };
        set.validate(target, &mut problems);
        if problems.is_empty() {
            Ok(set)
        } else {
            Err(Error::Problems(problems))
        }
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.rubrics.keys().map(String::as_str)
    }

    pub fn description(&self, id: &str) -> Option<&str> {
        self.rubrics.get(id).map(|r| r.description.as_str())
    }

    /// Every check defined anywhere, in file order (for docs and the uniqueness test).
    pub fn all_checks(&self) -> impl Iterator<Item = (&str, &SourcedCheck)> {
        self.rubrics
            .iter()
            .flat_map(|(id, r)| r.checks.iter().map(move |c| (id.as_str(), c)))
    }

    /// The rubrics a rubric extends, nearest first, itself included.
    pub fn chain<'a>(&'a self, id: &'a str) -> Vec<&'a str> {
        let mut chain = Vec::new();
        let mut next = Some(id);
        while let Some(cur) = next {
            if chain.contains(&cur) {
                break; // a cycle; validate() reports it
            }
            chain.push(cur);
            next = self.rubrics.get(cur).and_then(|r| r.extends.as_deref());
        }
        chain
    }

    /// The checks of a rubric after inheritance, overrides and disables, in definition order.
    pub fn flatten(&self, id: &str) -> Result<Vec<SourcedCheck>, Error> {
        if !self.rubrics.contains_key(id) {
            return Err(Error::input(
                format!("rubric `{id}`"),
                format!(
                    "no such rubric; known: {}",
                    self.ids().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        let mut checks: Vec<SourcedCheck> = Vec::new();
        for rid in self.chain(id).into_iter().rev() {
            let r = &self.rubrics[rid];
            checks.extend(r.checks.iter().cloned());
            for (o, at) in &r.overrides {
                if let Some(c) = checks.iter_mut().find(|c| c.check.id == o.id) {
                    apply_override(&mut c.check, o);
                    c.defined_in = format!("{} (overridden at {at})", c.defined_in);
                }
            }
            for (dis, _) in &r.disable {
                checks.retain(|c| &c.check.id != dis);
            }
        }
        Ok(checks)
    }

    /// The built-in accounts and roles of a rubric and the rubrics it extends, with the reason
    /// each is built in.
    pub fn builtin_roles(&self, id: &str) -> Vec<&model::BuiltinRole> {
        self.chain(id)
            .into_iter()
            .rev()
            .filter_map(|rid| self.rubrics.get(rid))
            .flat_map(|r| &r.builtin_roles)
            .collect()
    }

    /// Flattens and compiles a rubric, applying a user's severity config.
    pub fn resolve(
        &self,
        id: &str,
        target: &Target,
        config: &config::UserConfig,
    ) -> Result<(ResolvedRubric, Vec<String>), Error> {
        let mut checks = self.flatten(id)?;
        let notes = config.apply(&mut checks, self);
        let target_value = eval::target_value(target);
        let mut compiled = Vec::with_capacity(checks.len());
        let mut problems = Vec::new();
        for c in checks {
            match CompiledCheck::compile(c, &target_value) {
                Ok(cc) => compiled.push(cc),
                Err(e) => problems.push(e),
            }
        }
        if !problems.is_empty() {
            return Err(Error::Problems(problems));
        }
        Ok((
            ResolvedRubric {
                id: id.to_string(),
                checks: compiled,
                builtin_roles: self
                    .builtin_roles(id)
                    .into_iter()
                    .map(|r| builtin_role_key(&r.name))
                    .collect(),
            },
            notes,
        ))
    }

    fn validate(&self, target: &Target, problems: &mut Vec<String>) {
        let schema = schema_paths::ProfilePaths::shared();
        let target_value = eval::target_value(target);
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for (id, r) in &self.rubrics {
            let file = &r.file.name;
            if let Some(parent) = &r.extends {
                if !self.rubrics.contains_key(parent) {
                    problems.push(format!(
                        "{file}:{}: `extends: {parent}` names no rubric",
                        line_of(&r.file.text, "extends:", 1)
                    ));
                } else if self.chain(parent).contains(&id.as_str()) {
                    problems.push(format!("{file}: `extends` makes a cycle through `{id}`"));
                }
            }
            for sc in &r.checks {
                let c = &sc.check;
                for name in std::iter::once(&c.id).chain(&c.aliases) {
                    if let Some(prev) = seen.insert(name.clone(), sc.defined_in.clone()) {
                        problems.push(format!(
                            "{}: check id `{name}` is already used at {prev}",
                            sc.defined_in
                        ));
                    }
                }
                if !valid_id(&c.id) {
                    problems.push(format!(
                        "{}: check id `{}` must be lower-case kebab-case with a namespace prefix (e.g. `pg-unlogged-table`)",
                        sc.defined_in, c.id
                    ));
                }
                for p in schema.check_detector(c) {
                    problems.push(format!("{}: check `{}`: {p}", sc.defined_in, c.id));
                }
                unknown_uses(&r.file, &c.id, &c.detector, problems);
                if let Err(e) = CompiledCheck::compile(sc.clone(), &target_value) {
                    problems.push(e);
                }
            }
            // Overrides and disables must name an inherited check.
            let inherited: HashSet<String> = r
                .extends
                .as_deref()
                .and_then(|p| self.flatten(p).ok())
                .unwrap_or_default()
                .into_iter()
                .map(|c| c.check.id)
                .collect();
            for (o, at) in &r.overrides {
                if let Some(d) = &o.detector {
                    unknown_uses(&r.file, &o.id, d, problems);
                }
                if !inherited.contains(&o.id) {
                    problems.push(format!(
                        "{at}: override of `{}`, which `{}` does not inherit",
                        o.id,
                        r.extends.as_deref().unwrap_or("(no extends)")
                    ));
                }
            }
            for (d, at) in &r.disable {
                if !inherited.contains(d) {
                    problems.push(format!(
                        "{at}: disable of `{d}`, which `{}` does not inherit",
                        r.extends.as_deref().unwrap_or("(no extends)")
                    ));
                }
            }
        }
    }
}

/// A detector testing `routines[].uses` for a value outside the vocabulary could never fire:
/// each such value is a problem at the line that names it.
fn unknown_uses(file: &DataFile, id: &str, detector: &Detector, problems: &mut Vec<String>) {
    let threshold = match detector {
        Detector::Objects { .. } => None,
        Detector::Aggregate { threshold, .. } => Some(threshold.as_ref()),
    };
    let mut values = Vec::new();
    uses_values(
        detector.collection(),
        detector.conditions().iter().chain(threshold),
        &mut values,
    );
    let start = line_of_id(&file.text, id);
    for value in values.into_iter().filter(|v| !uses::is_known(v)) {
        problems.push(format!(
            "{}:{}: check `{id}` tests routines[].uses for `{value}`, which no profile carries; known values: {}",
            file.name,
            line_of(&file.text, &value, start),
            uses::known_list()
        ));
    }
}

/// The literal values conditions on `routines[].uses` compare with (references like
/// `$target.…` left out).
fn uses_values<'a>(
    collection: &str,
    conditions: impl Iterator<Item = &'a model::Condition>,
    out: &mut Vec<String>,
) {
    for c in conditions {
        if let Some(any) = &c.any {
            uses_values(collection, any.iter(), out);
        }
        let Some(field) = &c.field else { continue };
        let path = match field.strip_prefix('/') {
            Some(root) => root.to_string(),
            None if collection == "profile" => field.clone(),
            None => format!("{collection}.{field}"),
        };
        if path != "routines.uses" {
            continue;
        }
        for v in [&c.eq, &c.ne, &c.in_, &c.not_in, &c.contains]
            .into_iter()
            .flatten()
        {
            let items = match v {
                serde_json::Value::Array(items) => items.iter().collect(),
                one => vec![one],
            };
            out.extend(
                items
                    .into_iter()
                    .filter_map(serde_json::Value::as_str)
                    .filter(|s| !s.starts_with('$'))
                    .map(str::to_string),
            );
        }
    }
}

fn valid_id(id: &str) -> bool {
    id.contains('-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
}

fn apply_override(c: &mut Check, o: &Override) {
    if let Some(s) = o.severity {
        c.severity = s;
    }
    if let Some(t) = &o.title {
        c.title = t.clone();
    }
    if let Some(m) = &o.message {
        c.message = m.clone();
    }
    if let Some(r) = &o.remediation {
        c.remediation = r.clone();
    }
    if let Some(e) = &o.effort {
        c.effort = e.clone();
    }
    if let Some(d) = &o.docs {
        c.docs = d.clone();
    }
    if let Some(d) = &o.detector {
        c.detector = d.clone();
    }
}

/// Parses one rubric file; problems are pushed, and whatever parsed is returned.
fn parse_file(file: &DataFile, problems: &mut Vec<String>) -> Option<(String, LoadedRubric)> {
    let raw: RubricFile = match data::parse_yaml(file) {
        Ok(r) => r,
        Err(e) => {
            problems.push(e);
            return None;
        }
    };
    if raw.rubric != file.stem() {
        problems.push(format!(
            "{}:{}: rubric id `{}` does not match the file name `{}`",
            file.name,
            line_of(&file.text, "rubric:", 1),
            raw.rubric,
            file.stem()
        ));
    }
    let mut checks = Vec::new();
    for (i, value) in raw.checks.into_iter().enumerate() {
        let id = raw_id(&value);
        let line = id.as_deref().map_or(1, |id| line_of_id(&file.text, id));
        match serde_yaml::from_value::<Check>(value) {
            Ok(check) => checks.push(SourcedCheck {
                check,
                defined_in: format!("{}:{line}", file.name),
            }),
            Err(e) => {
                let what = id.map_or(format!("check #{}", i + 1), |id| format!("check `{id}`"));
                problems.push(format!("{} ({what})", locate(file, line, &e)));
            }
        }
    }
    let mut overrides = Vec::new();
    for value in raw.overrides {
        let id = raw_id(&value).unwrap_or_default();
        let line = line_of_id(&file.text, &id);
        match serde_yaml::from_value::<Override>(value) {
            Ok(o) => overrides.push((o, format!("{}:{line}", file.name))),
            Err(e) => problems.push(format!("{} (override `{id}`)", locate(file, line, &e))),
        }
    }
    let disable = raw
        .disable
        .into_iter()
        .map(|d| {
            let at = format!("{}:{}", file.name, line_of_id(&file.text, &d.id));
            (d.id, at)
        })
        .collect();
    Some((
        raw.rubric,
        LoadedRubric {
            file: file.clone(),
            extends: raw.extends,
            description: raw.description,
            checks,
            overrides,
            disable,
            builtin_roles: raw.builtin_roles,
        },
    ))
}

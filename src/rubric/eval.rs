//! Evaluates compiled checks against a profile: the closed set of detector kinds.

use regex_lite::Regex;
use rust_decimal::Decimal;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

use super::finding::{Finding, HoursRange};
use super::model::{Condition, Detector, Measure};
use super::schema_paths::{placeholders, ProfilePaths};
use super::SourcedCheck;
use crate::engine::{Family, Target};
use crate::profile::Profile;

/// A check ready to run: references resolved, regular expressions compiled.
#[derive(Debug)]
pub struct CompiledCheck {
    pub source: SourcedCheck,
    collection: Vec<String>,
    /// Defaults of the fields labels, aggregates and effort read, by dotted path.
    defaults: BTreeMap<String, Value>,
    conditions: Vec<Cond>,
    aggregate: Option<(Measure, Option<String>, Cond)>,
    /// The check's consequences' conditions, in the order of `check.consequences`.
    consequences: Vec<Vec<Cond>>,
}

#[derive(Debug)]
enum Op {
    Eq(Value),
    Ne(Value),
    In(Vec<Value>),
    NotIn(Vec<Value>),
    Matches(Regex),
    NotMatches(Regex),
    Gt(Decimal),
    Gte(Decimal),
    Lt(Decimal),
    Lte(Decimal),
    Present(bool),
    Contains(Vec<Value>),
    Any(Vec<Cond>),
}

#[derive(Debug)]
struct Cond {
    field: Option<Vec<String>>,
    from_root: bool,
    /// The profile's default for the field, used when the field is absent (profiles leave
    /// default values out).
    default: Option<Value>,
    op: Op,
}

/// What a condition is compiled against: the target facts and the collection it reads.
#[derive(Clone, Copy)]
struct Scope<'a> {
    target: &'a Value,
    collection: &'a str,
}

/// The target facts rubrics may reference as `$target.…`.
pub fn target_value(target: &Target) -> Value {
    let facts = |m: &std::collections::BTreeMap<String, crate::engine::Fact>| {
        Value::Object(
            m.iter()
                .map(|(k, f)| (k.clone(), f.value.clone()))
                .collect(),
        )
    };
    serde_json::json!({
        "extensions": target.extensions,
        "postgres_versions": target.postgres_versions,
        "limits": facts(&target.limits),
        "assumptions": facts(&target.assumptions),
    })
}

/// The profile as JSON plus the derived root fields rubrics may read.
pub fn profile_value(profile: &Profile, family: Family) -> Value {
    let mut v = serde_json::to_value(profile).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.insert(
            "major_version".into(),
            profile.major_version().map_or(Value::Null, Value::from),
        );
        map.insert(
            "data_size_gb".into(),
            profile
                .data_size_gb()
                .map_or(Value::Null, |d| Value::String(d.round_dp(3).to_string())),
        );
        map.insert("family".into(), Value::from(family.as_str()));
        map.insert(
            "provisioned_ru_per_s".into(),
            Value::from(profile.cosmos_provisioned_ru(None)),
        );
    }
    v
}

fn resolve_ref(v: &Value, target: &Value) -> Result<Value, String> {
    match v.as_str().and_then(|s| s.strip_prefix("$target.")) {
        Some(path) => path
            .split('.')
            .try_fold(target, |node, seg| node.get(seg))
            .cloned()
            .ok_or_else(|| format!("`$target.{path}` is not a fact of the target")),
        None => Ok(v.clone()),
    }
}

fn as_list(v: Value) -> Vec<Value> {
    match v {
        Value::Array(items) => items,
        other => vec![other],
    }
}

/// Steps into `v` by one path segment: an object key, or a list index.
fn step<'a>(v: &'a Value, seg: &str) -> Option<&'a Value> {
    match v {
        Value::Array(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => v.get(seg),
    }
}

/// Follows a dotted path.
fn at_path<S: AsRef<str>>(v: &Value, path: impl IntoIterator<Item = S>) -> Option<&Value> {
    path.into_iter()
        .try_fold(v, |node, seg| step(node, seg.as_ref()))
}

fn number(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => Decimal::from_str(&n.to_string())
            .ok()
            .or_else(|| n.as_f64().and_then(Decimal::from_f64_retain)),
        Value::String(s) => Decimal::from_str(s.trim()).ok(),
        _ => None,
    }
}

fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.eq_ignore_ascii_case(y),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

fn text(v: &Value) -> Option<Cow<'_, str>> {
    match v {
        Value::String(s) => Some(Cow::Borrowed(s)),
        Value::Number(n) => Some(Cow::Owned(n.to_string())),
        Value::Bool(b) => Some(Cow::Borrowed(if *b { "true" } else { "false" })),
        _ => None,
    }
}

fn is_present(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

impl Cond {
    fn compile(c: &Condition, scope: Scope) -> Result<Cond, String> {
        let target = scope.target;
        let num = |v: &Value| -> Result<Decimal, String> {
            let v = resolve_ref(v, target)?;
            number(&v).ok_or_else(|| format!("`{v}` is not a number"))
        };
        let regex = |p: &str| {
            Regex::new(&format!("(?i){p}"))
                .map_err(|e| format!("bad regular expression `{p}`: {e}"))
        };
        let mut ops = Vec::new();
        if let Some(v) = &c.eq {
            ops.push(Op::Eq(resolve_ref(v, target)?));
        }
        if let Some(v) = &c.ne {
            ops.push(Op::Ne(resolve_ref(v, target)?));
        }
        if let Some(v) = &c.in_ {
            ops.push(Op::In(as_list(resolve_ref(v, target)?)));
        }
        if let Some(v) = &c.not_in {
            ops.push(Op::NotIn(as_list(resolve_ref(v, target)?)));
        }
        if let Some(p) = &c.matches {
            ops.push(Op::Matches(regex(p)?));
        }
        if let Some(p) = &c.not_matches {
            ops.push(Op::NotMatches(regex(p)?));
        }
        if let Some(v) = &c.gt {
            ops.push(Op::Gt(num(v)?));
        }
        if let Some(v) = &c.gte {
            ops.push(Op::Gte(num(v)?));
        }
        if let Some(v) = &c.lt {
            ops.push(Op::Lt(num(v)?));
        }
        if let Some(v) = &c.lte {
            ops.push(Op::Lte(num(v)?));
        }
        if let Some(p) = c.present {
            ops.push(Op::Present(p));
        }
        if let Some(v) = &c.contains {
            ops.push(Op::Contains(as_list(resolve_ref(v, target)?)));
        }
        if let Some(any) = &c.any {
            let inner = any
                .iter()
                .map(|a| Cond::compile(a, scope))
                .collect::<Result<Vec<_>, _>>()?;
            ops.push(Op::Any(inner));
        }
        if ops.len() != 1 {
            return Err(format!(
                "a condition{} needs exactly one operator (eq, ne, in, not_in, matches, not_matches, gt, gte, lt, lte, present, contains, any), found {}",
                c.field.as_ref().map(|f| format!(" on `{f}`")).unwrap_or_default(),
                ops.len()
            ));
        }
        let op = ops.remove(0);
        if c.field.is_none() && !matches!(op, Op::Any(_)) {
            return Err("a condition needs a `field` (only `any` stands alone)".into());
        }
        let (from_root, field) = match &c.field {
            Some(f) => match f.strip_prefix('/') {
                Some(r) => (true, Some(r.split('.').map(str::to_string).collect())),
                None => (false, Some(f.split('.').map(str::to_string).collect())),
            },
            None => (false, None),
        };
        let default = c
            .field
            .as_deref()
            .and_then(|f| ProfilePaths::shared().default_of(scope.collection, f));
        Ok(Cond {
            field,
            from_root,
            default,
            op,
        })
    }

    fn holds(&self, item: &Value, root: &Value) -> bool {
        let value = self.field.as_ref().and_then(|path| {
            let base = if self.from_root { root } else { item };
            at_path(base, path)
        });
        let value = value.filter(|v| !v.is_null()).or(self.default.as_ref());
        self.test(value, item, root)
    }

    /// Tests a value that may be absent (the field is missing or null).
    fn test(&self, value: Option<&Value>, item: &Value, root: &Value) -> bool {
        let cmp = |f: &dyn Fn(Decimal) -> bool| value.and_then(number).is_some_and(f);
        match &self.op {
            Op::Eq(x) => value.is_some_and(|v| values_equal(v, x)),
            Op::Ne(x) => !value.is_some_and(|v| values_equal(v, x)),
            Op::In(xs) => value.is_some_and(|v| xs.iter().any(|x| values_equal(v, x))),
            Op::NotIn(xs) => !value.is_some_and(|v| xs.iter().any(|x| values_equal(v, x))),
            Op::Matches(re) => value.and_then(text).is_some_and(|t| re.is_match(&t)),
            Op::NotMatches(re) => !value.and_then(text).is_some_and(|t| re.is_match(&t)),
            Op::Gt(n) => cmp(&|v| v > *n),
            Op::Gte(n) => cmp(&|v| v >= *n),
            Op::Lt(n) => cmp(&|v| v < *n),
            Op::Lte(n) => cmp(&|v| v <= *n),
            Op::Present(p) => is_present(value) == *p,
            Op::Contains(xs) => match value {
                Some(Value::Array(items)) => {
                    items.iter().any(|i| xs.iter().any(|x| values_equal(i, x)))
                }
                Some(Value::String(s)) => {
                    let s = s.to_ascii_lowercase();
                    xs.iter()
                        .filter_map(text)
                        .any(|x| s.contains(&x.to_ascii_lowercase()))
                }
                _ => false,
            },
            Op::Any(inner) => inner.iter().any(|c| c.holds(item, root)),
        }
    }
}

/// An item of a collection with its label prefix (its parents' labels).
struct Item<'a> {
    value: &'a Value,
    parent: String,
}

/// An item's own name: its `schema.table.name` (whichever it has), else a `path`, `word` or
/// `area` field. Unnamed objects (`sizing`, `cosmos`) have none.
fn own_name(item: &Value) -> Option<String> {
    let parts: Vec<&str> = ["schema", "table", "name"]
        .iter()
        .filter_map(|k| item.get(*k).and_then(Value::as_str))
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        ["path", "word", "area"]
            .iter()
            .find_map(|k| item.get(*k).and_then(Value::as_str))
            .map(str::to_string)
    } else {
        Some(parts.join("."))
    }
}

/// The label of an item under its parents' label. Items that carry their own `table` are
/// already qualified; unnamed objects pass their parent's label through.
fn qualified_name(item: &Value, parent: &str) -> Option<String> {
    let own = own_name(item)?;
    Some(if parent.is_empty() || item.get("table").is_some() {
        own
    } else {
        format!("{parent}.{own}")
    })
}

/// The default label of an affected object: its qualified name, or its position.
fn default_label(item: &Value, parent: &str, index: usize) -> String {
    qualified_name(item, parent).unwrap_or_else(|| {
        if parent.is_empty() {
            format!("#{}", index + 1)
        } else {
            parent.to_string()
        }
    })
}

/// Walks a dotted path, iterating every list on the way.
fn collect_items<'a>(root: &'a Value, path: &[String]) -> Vec<Item<'a>> {
    let mut current = vec![Item {
        value: root,
        parent: String::new(),
    }];
    for seg in path {
        let mut next = Vec::new();
        for it in current {
            let parent_label = if std::ptr::eq(it.value, root) {
                String::new()
            } else {
                qualified_name(it.value, &it.parent).unwrap_or_else(|| it.parent.clone())
            };
            match it.value.get(seg) {
                Some(Value::Array(items)) => next.extend(items.iter().map(|v| Item {
                    value: v,
                    parent: parent_label.clone(),
                })),
                Some(v @ Value::Object(_)) => next.push(Item {
                    value: v,
                    parent: parent_label,
                }),
                _ => {}
            }
        }
        current = next;
    }
    current
}

impl CompiledCheck {
    pub fn compile(source: SourcedCheck, target: &Value) -> Result<CompiledCheck, String> {
        let at = format!("{}: check `{}`", source.defined_in, source.check.id);
        let collection_name = source.check.detector.collection().to_string();
        let scope = Scope {
            target,
            collection: &collection_name,
        };
        let compile_all = |conds: &[Condition]| {
            conds
                .iter()
                .map(|c| Cond::compile(c, scope))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("{at}: {e}"))
        };
        let (collection, conditions, aggregate) = match &source.check.detector {
            Detector::Objects {
                collection,
                conditions,
            } => (collection, compile_all(conditions)?, None),
            Detector::Aggregate {
                collection,
                conditions,
                measure,
                field,
                threshold,
            } => {
                if *measure != Measure::Count && field.is_none() {
                    return Err(
                        format!("{at}: measure `{measure:?}` needs a `field`").to_lowercase()
                    );
                }
                let mut t = threshold.clone();
                t.field = Some("value".into());
                let t = Cond::compile(&t, scope).map_err(|e| format!("{at}: threshold: {e}"))?;
                (
                    collection,
                    compile_all(conditions)?,
                    Some((*measure, field.clone(), t)),
                )
            }
        };
        let consequences = source
            .check
            .consequences
            .iter()
            .map(|c| compile_all(&c.conditions))
            .collect::<Result<Vec<_>, _>>()?;
        let collection = if collection == "profile" {
            Vec::new()
        } else {
            collection.split('.').map(str::to_string).collect()
        };
        let check = &source.check;
        let read_fields = check
            .label
            .iter()
            .flat_map(|l| placeholders(l).flat_map(|n| n.split('|')))
            .map(str::to_string)
            .chain(check.effort.per_unit.iter().map(|pu| pu.field.clone()))
            .chain(match &check.detector {
                Detector::Aggregate { field, .. } => field.clone(),
                Detector::Objects { .. } => None,
            });
        let defaults = read_fields
            .filter_map(|f| {
                let d = ProfilePaths::shared().default_of(&collection_name, &f)?;
                Some((f, d))
            })
            .collect();
        Ok(CompiledCheck {
            source,
            collection,
            defaults,
            conditions,
            aggregate,
            consequences,
        })
    }

    /// A field of an item, or its default when the profile leaves it out.
    fn read<'v>(&'v self, item: &'v Value, path: &str) -> Option<&'v Value> {
        at_path(item, path.split('.'))
            .filter(|v| !v.is_null())
            .or_else(|| self.defaults.get(path))
    }

    fn fill_label(&self, template: &str, item: &Value, aggregate: Option<&str>) -> String {
        let mut out = template.to_string();
        for name in placeholders(template) {
            // `{a|b}` takes the first alternative that has a value.
            let value = name.split('|').find_map(|alt| {
                if alt == "value" && aggregate.is_some() {
                    aggregate.map(str::to_string)
                } else {
                    self.read(item, alt).and_then(text).map(Cow::into_owned)
                }
            });
            out = out.replace(&format!("{{{name}}}"), value.as_deref().unwrap_or("?"));
        }
        out
    }

    pub fn id(&self) -> &str {
        &self.source.check.id
    }

    /// Runs the check; `None` when nothing matched.
    pub fn evaluate(&self, root: &Value, rubric: &str) -> Option<Finding> {
        let check = &self.source.check;
        let items = collect_items(root, &self.collection);
        let matched: Vec<(usize, &Item)> = items
            .iter()
            .enumerate()
            .filter(|(_, it)| self.conditions.iter().all(|c| c.holds(it.value, root)))
            .collect();
        let label = |i: usize, it: &Item, agg: Option<&str>| match &check.label {
            Some(t) => self.fill_label(t, it.value, agg),
            None if self.collection.is_empty() => root
                .get("name")
                .and_then(Value::as_str)
                .or_else(|| root.get("engine").and_then(Value::as_str))
                .unwrap_or("database")
                .to_string(),
            None => default_label(it.value, &it.parent, i),
        };
        let (objects, units) = match &self.aggregate {
            None => {
                if matched.is_empty() {
                    return None;
                }
                let objects = matched.iter().map(|(i, it)| label(*i, it, None)).collect();
                let units = self.units(matched.iter().map(|(_, it)| it.value));
                (objects, units)
            }
            Some((measure, field, threshold)) => {
                let values = || {
                    matched.iter().filter_map(|(_, it)| {
                        field
                            .as_ref()
                            .and_then(|f| self.read(it.value, f))
                            .and_then(number)
                    })
                };
                let agg = match measure {
                    Measure::Count => Decimal::from(matched.len()),
                    Measure::Sum => values().sum(),
                    Measure::Max => values().max().unwrap_or(Decimal::ZERO),
                };
                let holder = serde_json::json!({ "value": agg.normalize().to_string() });
                if !threshold.holds(&holder, root) {
                    return None;
                }
                let shown = agg.normalize().to_string();
                let object = match &check.label {
                    Some(t) => self.fill_label(t, root, Some(&shown)),
                    None => format!("{shown} ({})", self.collection.join(".")),
                };
                (
                    vec![object],
                    self.units(matched.iter().map(|(_, it)| it.value)),
                )
            }
        };
        let mut effort = self.effort(objects.len(), units);
        let mut severity = check.severity;
        let mut consequences = Vec::new();
        for (c, conds) in check.consequences.iter().zip(&self.consequences) {
            let applies = matched
                .iter()
                .any(|(_, it)| conds.iter().all(|cond| cond.holds(it.value, root)));
            if !applies {
                continue;
            }
            consequences.push(c.says.trim().to_string());
            // Severity orders blocker first, so the smaller is the graver.
            severity = severity.min(c.severity.unwrap_or(check.severity));
            if let Some([l, h]) = c.effort {
                effort = effort.plus(HoursRange::new(l, h));
            }
        }
        if !check.consequences.is_empty() && consequences.is_empty() {
            return None;
        }
        Some(Finding {
            id: check.id.clone(),
            title: check.title.clone(),
            severity,
            category: check.category,
            kind: check.kind,
            conversion: check.conversion,
            message: check.message.trim().to_string(),
            consequences,
            remediation: check.remediation.trim().to_string(),
            docs: check.docs.clone(),
            object_count: objects.len(),
            objects,
            effort_hours: effort,
            rubric: rubric.to_string(),
            defined_in: self.source.defined_in.clone(),
            proof: None,
        })
    }

    /// Sum over objects of their size in `per_unit` units.
    fn units<'a>(&self, values: impl Iterator<Item = &'a Value>) -> Decimal {
        let Some(pu) = &self.source.check.effort.per_unit else {
            return Decimal::ZERO;
        };
        if pu.unit.is_zero() {
            return Decimal::ZERO;
        }
        values
            .filter_map(|v| self.read(v, &pu.field).and_then(number))
            .map(|n| n / pu.unit)
            .sum()
    }

    fn effort(&self, objects: usize, units: Decimal) -> HoursRange {
        let e = &self.source.check.effort;
        let n = Decimal::from(objects);
        let mut low = Decimal::ZERO;
        let mut high = Decimal::ZERO;
        if let Some([l, h]) = e.fixed {
            low += l;
            high += h;
        }
        if let Some([l, h]) = e.per_object {
            low += l * n;
            high += h * n;
        }
        if let Some(pu) = &e.per_unit {
            low += pu.hours[0] * units;
            high += pu.hours[1] * units;
        }
        HoursRange::new(low, high)
    }
}

/// Evaluates every check of a rubric; findings in a fixed order (severity, category, id).
pub fn run(checks: &[CompiledCheck], root: &Value, rubric: &str) -> Vec<Finding> {
    let mut findings: Vec<Finding> = checks
        .iter()
        .filter_map(|c| c.evaluate(root, rubric))
        .collect();
    findings.sort_by(|a, b| (a.severity, a.category, &a.id).cmp(&(b.severity, b.category, &b.id)));
    findings
}

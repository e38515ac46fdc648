//! Validates the profile paths a check names (collection, fields, label placeholders) against
//! the profile's JSON Schema, so a typo in a rubric is a load error, not a check that never fires.

use serde_json::Value;

use super::model::{Check, Condition, Detector};
use crate::profile::Profile;

/// Fields the evaluator adds to the profile root (see `eval::profile_value`).
pub const DERIVED_ROOT_FIELDS: [&str; 4] = [
    "major_version",
    "data_size_gb",
    "family",
    "provisioned_ru_per_s",
];

pub struct ProfilePaths {
    schema: Value,
}

/// A node in the schema: a schema object, or "anything" (maps with free keys).
#[derive(Clone, Copy)]
enum Node<'a> {
    Schema(&'a Value),
    Any,
}

impl ProfilePaths {
    /// The profile's paths, built once.
    pub fn shared() -> &'static ProfilePaths {
        static PATHS: std::sync::OnceLock<ProfilePaths> = std::sync::OnceLock::new();
        PATHS.get_or_init(|| ProfilePaths {
            schema: serde_json::to_value(schemars::schema_for!(Profile)).unwrap_or_default(),
        })
    }

    /// The default value of `field` in items of `collection` (non-null only).
    pub fn default_of(&self, collection: &str, field: &str) -> Option<Value> {
        let node = match field.strip_prefix('/') {
            Some(root_field) => self.walk(self.root(), root_field)?,
            None if collection == "profile" => self.walk(self.root(), field)?,
            None => self.walk(self.walk(self.root(), collection)?, field)?,
        };
        let Node::Schema(v) = node else { return None };
        if let Some(d) = v.get("default") {
            return (!d.is_null()).then(|| d.clone());
        }
        // Fields left out when empty, false or zero carry no `default` in the schema; their
        // type says what absent means. A nullable type means absent is "not known".
        let v = self.concrete(v);
        let types: Vec<&str> = match v.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => return None,
        };
        if types.contains(&"null") {
            return None;
        }
        if types.contains(&"boolean") {
            Some(Value::Bool(false))
        } else if types.contains(&"integer") || types.contains(&"number") {
            Some(Value::from(0))
        } else if types.contains(&"array") {
            Some(Value::Array(Vec::new()))
        } else if types.contains(&"object") {
            Some(Value::Object(Default::default()))
        } else {
            None
        }
    }

    /// Follows `$ref` and `Option`'s `anyOf [T, null]` to the concrete schema.
    fn concrete<'a>(&'a self, mut v: &'a Value) -> &'a Value {
        for _ in 0..8 {
            if let Some(r) = v.get("$ref").and_then(Value::as_str) {
                let name = r.rsplit('/').next().unwrap_or_default();
                match self.schema.get("$defs").and_then(|d| d.get(name)) {
                    Some(def) => v = def,
                    None => return v,
                }
            } else if let Some(alts) = v
                .get("anyOf")
                .or_else(|| v.get("oneOf"))
                .and_then(Value::as_array)
            {
                match alts
                    .iter()
                    .find(|a| a.get("type") != Some(&Value::from("null")))
                {
                    Some(a) => v = a,
                    None => return v,
                }
            } else {
                return v;
            }
        }
        v
    }

    fn is_array(v: &Value) -> bool {
        match v.get("type") {
            Some(Value::String(t)) => t == "array",
            Some(Value::Array(ts)) => ts.iter().any(|t| t == "array"),
            _ => false,
        }
    }

    /// Steps into arrays' items until an object or scalar.
    fn unwrap_arrays<'a>(&'a self, mut v: &'a Value) -> &'a Value {
        loop {
            v = self.concrete(v);
            if Self::is_array(v) {
                match v.get("items") {
                    Some(items) => v = items,
                    None => return v,
                }
            } else {
                return v;
            }
        }
    }

    fn child<'a>(&'a self, node: Node<'a>, name: &str) -> Option<Node<'a>> {
        let Node::Schema(v) = node else {
            return Some(Node::Any);
        };
        // A numeric segment indexes a list: `partition_key_paths.1`.
        if name.parse::<usize>().is_ok() {
            let c = self.concrete(v);
            return Self::is_array(c)
                .then(|| c.get("items").map(Node::Schema))
                .flatten();
        }
        let v = self.unwrap_arrays(v);
        if let Some(p) = v.get("properties").and_then(|p| p.get(name)) {
            return Some(Node::Schema(p));
        }
        match v.get("additionalProperties") {
            Some(Value::Bool(false)) | None => None,
            Some(_) => Some(Node::Any),
        }
    }

    fn walk<'a>(&'a self, from: Node<'a>, path: &str) -> Option<Node<'a>> {
        path.split('.')
            .filter(|s| !s.is_empty())
            .try_fold(from, |node, seg| self.child(node, seg))
    }

    fn root(&self) -> Node<'_> {
        Node::Schema(&self.schema)
    }

    fn field_exists(&self, item: Node<'_>, field: &str) -> bool {
        if let Some(root_field) = field.strip_prefix('/') {
            let first = root_field.split('.').next().unwrap_or_default();
            return DERIVED_ROOT_FIELDS.contains(&first)
                || self.walk(self.root(), root_field).is_some();
        }
        self.walk(item, field).is_some()
            || (matches!(item, Node::Schema(v) if std::ptr::eq(v, &self.schema))
                && DERIVED_ROOT_FIELDS.contains(&field))
    }

    fn check_conditions(&self, item: Node<'_>, conds: &[Condition], problems: &mut Vec<String>) {
        for c in conds {
            if let Some(field) = &c.field {
                if !self.field_exists(item, field) {
                    problems.push(format!("condition field `{field}` is not in the profile"));
                }
            }
            if let Some(any) = &c.any {
                self.check_conditions(item, any, problems);
            }
        }
    }

    /// Every problem with the paths a check names.
    pub fn check_detector(&self, check: &Check) -> Vec<String> {
        let mut problems = Vec::new();
        let (collection, conds) = (check.detector.collection(), check.detector.conditions());
        let field = match &check.detector {
            Detector::Objects { .. } => None,
            Detector::Aggregate { field, .. } => field.as_ref(),
        };
        let item = if collection == "profile" {
            Some(self.root())
        } else {
            self.walk(self.root(), collection)
        };
        let Some(item) = item else {
            problems.push(format!("collection `{collection}` is not in the profile"));
            return problems;
        };
        self.check_conditions(item, conds, &mut problems);
        for c in &check.consequences {
            self.check_conditions(item, &c.conditions, &mut problems);
        }
        if let Some(f) = field {
            if !self.field_exists(item, f) {
                problems.push(format!("aggregate field `{f}` is not in the profile"));
            }
        }
        if let Some(label) = &check.label {
            for name in placeholders(label).flat_map(|n| n.split('|')) {
                if name != "value" && !self.field_exists(item, name) {
                    problems.push(format!(
                        "label placeholder `{{{name}}}` is not in the profile"
                    ));
                }
            }
        }
        if let Some(pu) = &check.effort.per_unit {
            if !self.field_exists(item, &pu.field) {
                problems.push(format!(
                    "effort per_unit field `{}` is not in the profile",
                    pu.field
                ));
            }
        }
        problems
    }
}

/// Names inside `{…}` in a label template.
pub fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

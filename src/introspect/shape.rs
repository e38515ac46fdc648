//! The shape of a bounded sample of items, shared by the document sources: Cosmos DB's JSON
//! documents and DynamoDB's items. One walk for both, over the [`Node`] view each source gives of
//! its values; the source decides the type names (`number`, `string_set`, …), how an item's size
//! is counted, and which fields are its own system properties.
//!
//! What is inferred ([`infer_shape`]): field paths (`/a/b`, list and set elements as `/a[]`),
//! the types seen at each and the share of items holding it, nesting depth (the item is level 1,
//! each nested map or list one more), the longest list or set, item size percentiles, the most
//! significant digits of any number, paths with more than one non-null type, and the share of
//! paths present in fewer than half the items. [`entities`] groups the items of a single-table
//! design by the entity prefix of their keys (`ORDER#42` → `ORDER`) and gives each kind's
//! attributes.

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde_json::Value;

use crate::profile::{DocumentShape, EntityShape, FieldPath};

/// Most field paths listed per shape (all are counted).
pub const MAX_LISTED_PATHS: usize = 500;

/// Most entity kinds listed per shape.
pub const MAX_ENTITIES: usize = 50;

/// How the walk sees one value.
pub enum View<'a, N> {
    /// A scalar; `digits` counts the significant digits of a number (0 otherwise).
    Scalar { kind: &'static str, digits: u32 },
    /// A map or object: named fields.
    Fields {
        kind: &'static str,
        fields: Vec<(&'a str, &'a N)>,
    },
    /// A list or array: elements of any type.
    Items {
        kind: &'static str,
        items: Vec<&'a N>,
    },
    /// A set: `len` elements, all of type `element` (the largest digit count among numbers).
    Set {
        kind: &'static str,
        element: &'static str,
        len: u64,
        digits: u32,
    },
}

/// A value of a document source, as the shape walk sees it.
pub trait Node: Sized {
    fn view(&self) -> View<'_, Self>;
}

/// An item of the sample: its top-level fields and its size as the source bills it.
pub struct Item<'a, N> {
    pub fields: Vec<(&'a str, &'a N)>,
    pub size_bytes: u64,
}

/// Digits a column must hold for a number written as text: an integer's digits (`12300` → 5), a
/// fraction's significant digits (`-0.00120` → 2, `1.5e3` → 2).
pub fn significant_digits(text: &str) -> u32 {
    let mantissa = text.split(['e', 'E']).next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    if mantissa.contains('.') || mantissa.len() != text.len() {
        digits.trim_end_matches('0').len() as u32
    } else {
        digits.len() as u32
    }
}

impl Node for Value {
    fn view(&self) -> View<'_, Value> {
        match self {
            Value::Null => View::Scalar {
                kind: "null",
                digits: 0,
            },
            Value::Bool(_) => View::Scalar {
                kind: "boolean",
                digits: 0,
            },
            Value::Number(n) => View::Scalar {
                kind: "number",
                digits: significant_digits(&n.to_string()),
            },
            Value::String(_) => View::Scalar {
                kind: "string",
                digits: 0,
            },
            Value::Array(items) => View::Items {
                kind: "array",
                items: items.iter().collect(),
            },
            Value::Object(fields) => View::Fields {
                kind: "object",
                fields: fields.iter().map(|(k, v)| (k.as_str(), v)).collect(),
            },
        }
    }
}

/// A JSON document as a sample item: compact JSON size (system properties included, as Cosmos DB
/// counts them), fields other than `skip`.
pub fn json_item<'a>(doc: &'a Value, skip: &[&str]) -> Item<'a, Value> {
    Item {
        fields: match doc {
            Value::Object(fields) => fields
                .iter()
                .filter(|(k, _)| !skip.contains(&k.as_str()))
                .map(|(k, v)| (k.as_str(), v))
                .collect(),
            _ => Vec::new(),
        },
        size_bytes: serde_json::to_vec(doc).map_or(0, |b| b.len() as u64),
    }
}

#[derive(Default)]
struct PathStats {
    types: BTreeSet<&'static str>,
    items: u64,
}

#[derive(Default)]
struct Walk {
    max_depth: u32,
    max_array: u64,
    max_digits: u32,
}

/// The shape of a sample of items (see the module documentation).
pub fn infer_shape<N: Node>(items: &[Item<'_, N>]) -> DocumentShape {
    let mut paths: BTreeMap<String, PathStats> = BTreeMap::new();
    let mut w = Walk::default();
    let mut sizes: Vec<u64> = items.iter().map(|i| i.size_bytes).collect();
    for item in items {
        w.max_depth = w.max_depth.max(1);
        let mut seen: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
        for (k, v) in &item.fields {
            walk(*v, format!("/{k}"), 1, &mut seen, &mut w);
        }
        for (path, types) in seen {
            let s = paths.entry(path).or_default();
            s.items += 1;
            s.types.extend(types);
        }
    }
    sizes.sort_unstable();
    let n = items.len() as u64;
    let percentile = |p: u64| -> u64 {
        if sizes.is_empty() {
            return 0;
        }
        let rank = (p * sizes.len() as u64).div_ceil(100).max(1);
        sizes[(rank - 1) as usize]
    };
    let polymorphic = paths
        .values()
        .filter(|s| s.types.iter().filter(|t| **t != "null").count() > 1)
        .count() as u32;
    let sparse = paths.values().filter(|s| s.items * 2 < n).count();
    DocumentShape {
        sampled_documents: n,
        field_paths: paths.len() as u32,
        polymorphic_paths: polymorphic,
        max_depth: w.max_depth,
        max_array_length: w.max_array,
        max_number_digits: w.max_digits,
        item_size_p50_bytes: percentile(50),
        item_size_p99_bytes: percentile(99),
        item_size_max_bytes: sizes.last().copied().unwrap_or(0),
        sparse_path_ratio: ratio(sparse as u64, paths.len() as u64, 2),
        paths: listed(&paths, n),
        entities: Vec::new(),
    }
}

/// `part / whole` rounded to `dp` decimals (0 for an empty whole).
fn ratio(part: u64, whole: u64, dp: u32) -> Decimal {
    if whole == 0 {
        Decimal::ZERO
    } else {
        (Decimal::from(part) / Decimal::from(whole))
            .round_dp(dp)
            .normalize()
    }
}

/// The most common paths (at most [`MAX_LISTED_PATHS`]) in path order, with their presence.
fn listed(paths: &BTreeMap<String, PathStats>, n: u64) -> Vec<FieldPath> {
    let mut listed: Vec<(&String, &PathStats)> = paths.iter().collect();
    if listed.len() > MAX_LISTED_PATHS {
        listed.sort_by(|a, b| b.1.items.cmp(&a.1.items).then(a.0.cmp(b.0)));
        listed.truncate(MAX_LISTED_PATHS);
        listed.sort_by(|a, b| a.0.cmp(b.0));
    }
    listed
        .into_iter()
        .map(|(path, s)| FieldPath {
            path: path.clone(),
            types: s.types.iter().map(|t| t.to_string()).collect(),
            presence: ratio(s.items, n, 3),
        })
        .collect()
}

/// Records `v` at `path`, inside a map or list at nesting level `level`.
fn walk<N: Node>(
    v: &N,
    path: String,
    level: u32,
    seen: &mut BTreeMap<String, BTreeSet<&'static str>>,
    w: &mut Walk,
) {
    match v.view() {
        View::Scalar { kind, digits } => {
            seen.entry(path).or_default().insert(kind);
            w.max_digits = w.max_digits.max(digits);
        }
        View::Fields { kind, fields } => {
            seen.entry(path.clone()).or_default().insert(kind);
            w.max_depth = w.max_depth.max(level + 1);
            for (k, child) in fields {
                walk(child, format!("{path}/{k}"), level + 1, seen, w);
            }
        }
        View::Items { kind, items } => {
            seen.entry(path.clone()).or_default().insert(kind);
            w.max_depth = w.max_depth.max(level + 1);
            w.max_array = w.max_array.max(items.len() as u64);
            for item in items {
                walk(item, format!("{path}[]"), level + 1, seen, w);
            }
        }
        View::Set {
            kind,
            element,
            len,
            digits,
        } => {
            seen.entry(path.clone()).or_default().insert(kind);
            w.max_depth = w.max_depth.max(level + 1);
            w.max_array = w.max_array.max(len);
            w.max_digits = w.max_digits.max(digits);
            if len > 0 {
                seen.entry(format!("{path}[]")).or_default().insert(element);
            }
        }
    }
}

/// The entity prefix of a key value in a single-table design: the text before the first `#`
/// when it is a name (`ORDER#2024-01#42` → `ORDER`, `user#7` → `USER`); `None` otherwise.
pub fn key_prefix(value: &str) -> Option<String> {
    let (prefix, rest) = value.split_once('#')?;
    let mut chars = prefix.chars();
    let named = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    (named && !rest.is_empty()).then(|| prefix.to_ascii_uppercase())
}

/// The entity kinds of a sample, by the label `classify` gives each item (its sort key's
/// prefix, say), most common first; items without a label are not listed. Each kind lists its
/// top-level attributes with their types and presence among the kind's items.
pub fn entities<N: Node>(
    items: &[Item<'_, N>],
    classify: impl Fn(&Item<'_, N>) -> Option<String>,
) -> Vec<EntityShape> {
    let mut kinds: BTreeMap<String, Vec<&Item<'_, N>>> = BTreeMap::new();
    for item in items {
        if let Some(kind) = classify(item) {
            kinds.entry(kind).or_default().push(item);
        }
    }
    let mut out: Vec<EntityShape> = kinds
        .into_iter()
        .map(|(name, members)| {
            let mut attrs: BTreeMap<String, PathStats> = BTreeMap::new();
            for item in &members {
                for (k, v) in &item.fields {
                    let kind = match v.view() {
                        View::Scalar { kind, .. }
                        | View::Fields { kind, .. }
                        | View::Items { kind, .. }
                        | View::Set { kind, .. } => kind,
                    };
                    let s = attrs.entry(format!("/{k}")).or_default();
                    s.items += 1;
                    s.types.insert(kind);
                }
            }
            EntityShape {
                name,
                items: members.len() as u64,
                attributes: listed(&attrs, members.len() as u64),
            }
        })
        .collect();
    out.sort_by(|a, b| b.items.cmp(&a.items).then(a.name.cmp(&b.name)));
    out.truncate(MAX_ENTITIES);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shape_of_a_sample() {
        let docs = [
            json!({"id": "1", "pk": "a", "price": 10, "tags": ["x", "y", "z"],
                   "addr": {"city": "Oslo", "geo": {"lat": 1.0}}, "_rid": "r1", "_ts": 1}),
            json!({"id": "2", "pk": "a", "price": "12.50", "tags": [],
                   "lines": [{"sku": "s1", "qty": 1}, {"sku": "s2", "qty": null}]}),
            json!({"id": "3", "pk": "b", "price": null, "note": "rare"}),
            json!({"id": "4", "pk": "b", "price": 7}),
        ];
        let items: Vec<_> = docs
            .iter()
            .map(|d| json_item(d, &["_rid", "_ts"]))
            .collect();
        let s = infer_shape(&items);
        assert_eq!(s.sampled_documents, 4);
        assert_eq!(s.max_depth, 3); // root → addr → geo, and root → lines → element
        assert_eq!(s.max_array_length, 3);
        let path = |p: &str| s.paths.iter().find(|x| x.path == p).unwrap();
        assert_eq!(path("/price").types, ["null", "number", "string"]);
        assert_eq!(path("/price").presence, Decimal::ONE);
        assert_eq!(path("/lines[]/qty").types, ["null", "number"]);
        assert_eq!(path("/note").presence.to_string(), "0.25");
        assert_eq!(path("/addr/geo/lat").types, ["number"]);
        assert!(!s.paths.iter().any(|p| p.path.starts_with("/_")));
        // Only /price mixes non-null types; null alone does not make a path polymorphic.
        assert_eq!(s.polymorphic_paths, 1);
        // 14 paths: id pk price tags tags[] addr addr/city addr/geo addr/geo/lat lines lines[]
        // lines[]/sku lines[]/qty note. id, pk, price (4 of 4) and tags (2 of 4: half) are not
        // sparse; the other 10 are in fewer than half the documents.
        assert_eq!(s.field_paths, 14);
        assert_eq!(path("/tags").presence.to_string(), "0.5");
        assert_eq!(s.sparse_path_ratio.to_string(), "0.71");
        let mut sizes: Vec<u64> = docs
            .iter()
            .map(|d| serde_json::to_vec(d).unwrap().len() as u64)
            .collect();
        sizes.sort();
        assert_eq!(s.item_size_max_bytes, sizes[3]);
        assert_eq!(s.item_size_p50_bytes, sizes[1]);
        assert_eq!(s.item_size_p99_bytes, sizes[3]);
        assert_eq!(s.max_number_digits, 2); // 10, 7, 1.0, 1
    }

    #[test]
    fn digits_and_prefixes() {
        assert_eq!(significant_digits("-0.00120"), 2);
        assert_eq!(significant_digits("12300"), 5);
        assert_eq!(significant_digits("1.5e3"), 2);
        assert_eq!(
            significant_digits("12345678901234567890123456789012345678"),
            38
        );
        assert_eq!(key_prefix("ORDER#2024-01#42").as_deref(), Some("ORDER"));
        assert_eq!(key_prefix("user#7").as_deref(), Some("USER"));
        assert_eq!(key_prefix("#7"), None);
        assert_eq!(key_prefix("42#x"), None);
        assert_eq!(key_prefix("ORDER#"), None);
        assert_eq!(key_prefix("plain"), None);
    }

    #[test]
    fn entities_by_key_prefix() {
        let docs = [
            json!({"pk": "CUSTOMER#1", "sk": "PROFILE#1", "email": "a@x"}),
            json!({"pk": "CUSTOMER#1", "sk": "ORDER#1", "total": 10}),
            json!({"pk": "CUSTOMER#1", "sk": "ORDER#2", "total": 12, "note": "gift"}),
            json!({"pk": "other", "sk": "x"}),
        ];
        let items: Vec<_> = docs.iter().map(|d| json_item(d, &[])).collect();
        let kinds = entities(&items, |i| {
            i.fields
                .iter()
                .find(|(k, _)| *k == "sk")
                .and_then(|(_, v)| v.as_str())
                .and_then(key_prefix)
        });
        let names: Vec<_> = kinds.iter().map(|k| (k.name.as_str(), k.items)).collect();
        assert_eq!(names, [("ORDER", 2), ("PROFILE", 1)]);
        let order = &kinds[0];
        let attr = |p: &str| order.attributes.iter().find(|a| a.path == p).unwrap();
        assert_eq!(attr("/total").types, ["number"]);
        assert_eq!(attr("/note").presence.to_string(), "0.5");
        assert!(!order.attributes.iter().any(|a| a.path == "/email"));
    }
}

//! Engine detection, the same for every family: the facts a server shows, compared with the
//! `detect:` rules of the family's engines (`engines/*.yaml`, see [`crate::engine::detect`]).
//! A family module only gathers the [`Facts`] and words each one as evidence.

use std::collections::BTreeSet;

use crate::engine::detect::{DetectRules, Markers, Pattern};
use crate::engine::{Catalog, Engine, Family};
use crate::profile::Detection;

/// One thing a server shows: its name (what patterns match), its value (for value markers) and
/// the line that cites it as evidence (`role rds_superuser exists`).
#[derive(Debug, Clone)]
pub struct Fact {
    pub name: String,
    pub value: String,
    pub cited: String,
}

impl Fact {
    pub fn new(name: impl Into<String>, cited: impl Into<String>) -> Fact {
        Fact {
            name: name.into(),
            value: String::new(),
            cited: cited.into(),
        }
    }
}

/// What a server shows that can tell one provider's from another's, by kind of marker.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub functions: Vec<Fact>,
    /// Settings with their values (cited as `variable basedir = /rdsdbbin/…`).
    pub values: Vec<Fact>,
    pub roles: Vec<Fact>,
    pub settings: Vec<Fact>,
    pub extensions: Vec<Fact>,
    /// The API a cloud endpoint answered as (`DynamoDB_20120810`).
    pub services: Vec<Fact>,
}

/// The detection rules of one family, in rank order.
#[derive(Debug, Clone)]
pub struct Rules {
    ranked: Vec<(String, DetectRules)>,
    fallback: String,
}

impl Rules {
    /// The rules of `family`'s engines from the catalog.
    pub fn of(catalog: &Catalog, family: Family) -> Rules {
        let engines: Vec<&Engine> = catalog
            .engines
            .iter()
            .filter(|e| e.family == family)
            .collect();
        let mut ranked: Vec<(String, DetectRules)> = engines
            .iter()
            .filter_map(|e| {
                let d = e.detect.as_ref()?;
                d.rank.map(|_| (e.id.clone(), d.clone()))
            })
            .collect();
        ranked.sort_by_key(|(_, d)| d.rank);
        let fallback = engines
            .iter()
            .find(|e| e.detect.as_ref().is_some_and(|d| d.fallback))
            .or(engines.first())
            .map_or_else(String::new, |e| e.id.clone());
        Rules { ranked, fallback }
    }

    /// Every pattern of a kind of marker, across the family (for a server-side filter).
    pub fn patterns(&self, kind: impl Fn(&Markers) -> &Vec<Pattern>) -> Vec<String> {
        let mut all: Vec<String> = self
            .ranked
            .iter()
            .flat_map(|(_, d)| kind(&d.markers).iter().chain(kind(&d.supporting)))
            .map(|p| p.as_str().to_string())
            .collect();
        all.dedup();
        all
    }

    /// Every function name the family's markers look for.
    pub fn functions(&self) -> Vec<String> {
        let set: BTreeSet<&String> = self
            .ranked
            .iter()
            .flat_map(|(_, d)| d.markers.functions.iter().chain(&d.supporting.functions))
            .collect();
        set.into_iter().cloned().collect()
    }

    fn get(&self, id: &str) -> Option<&DetectRules> {
        self.ranked.iter().find(|(e, _)| e == id).map(|(_, d)| d)
    }

    /// The engine id and the evidence for it. When markers of several engines are present the
    /// lowest rank wins; the others' markers are still cited (`also seen: …`), after any
    /// `family_note` (facts about the server itself, such as its flavour).
    pub fn detect(&self, facts: &Facts, family_note: Option<String>) -> (String, Vec<String>) {
        let own: Vec<(&str, Vec<String>)> = self
            .ranked
            .iter()
            .map(|(id, d)| (id.as_str(), cite(&d.markers, facts, d.evidence_limit)))
            .collect();
        let Some((engine, first)) = own.iter().find(|(_, ev)| !ev.is_empty()) else {
            let names: Vec<&str> = self.ranked.iter().map(|(id, _)| id.as_str()).collect();
            let mut evidence = vec![format!("no provider markers of {}", names.join(", "))];
            evidence.extend(family_note);
            return (self.fallback.clone(), evidence);
        };
        let rules = self.get(engine).expect("a ranked engine");
        let mut evidence = first.clone();
        let add = |lines: Vec<String>, evidence: &mut Vec<String>| {
            for line in lines {
                if !evidence.contains(&line) {
                    evidence.push(line);
                }
            }
        };
        for id in &rules.includes {
            if let Some(d) = self.get(id) {
                add(cite(&d.markers, facts, d.evidence_limit), &mut evidence);
            }
        }
        add(
            cite(&rules.supporting, facts, rules.evidence_limit),
            &mut evidence,
        );
        evidence.extend(family_note);
        let others: Vec<String> = own
            .iter()
            .filter(|(id, _)| id != engine)
            .flat_map(|(_, ev)| ev.iter().cloned())
            .filter(|e| !evidence.contains(e))
            .collect();
        if !others.is_empty() {
            evidence.push(format!("also seen: {}", others.join(", ")));
        }
        (engine.to_string(), evidence)
    }
}

/// The facts that match `markers`, cited in the order functions, values, roles, settings,
/// extensions, services; at most `limit` of each kind, and a setting cited by its value is not cited again
/// by its name.
fn cite(markers: &Markers, facts: &Facts, limit: Option<usize>) -> Vec<String> {
    let limit = limit.unwrap_or(usize::MAX);
    let matching = |list: &[Fact], patterns: &[Pattern]| -> Vec<Fact> {
        list.iter()
            .filter(|f| patterns.iter().any(|p| p.is_match(&f.name)))
            .cloned()
            .collect()
    };
    let functions: Vec<Fact> = facts
        .functions
        .iter()
        .filter(|f| markers.functions.contains(&f.name))
        .cloned()
        .collect();
    let values: Vec<Fact> = facts
        .values
        .iter()
        .filter(|f| {
            markers
                .values
                .iter()
                .any(|m| m.name == f.name && m.value.is_match(&f.value))
        })
        .cloned()
        .collect();
    let by_value: BTreeSet<&str> = values.iter().map(|f| f.name.as_str()).collect();
    let settings: Vec<Fact> = matching(&facts.settings, &markers.settings)
        .into_iter()
        .filter(|f| !by_value.contains(f.name.as_str()))
        .collect();
    [
        functions,
        values.clone(),
        matching(&facts.roles, &markers.roles),
        settings,
        matching(&facts.extensions, &markers.extensions),
        matching(&facts.services, &markers.services),
    ]
    .into_iter()
    .flat_map(|kind| kind.into_iter().take(limit).map(|f| f.cited))
    .collect()
}

/// The profile's detection: the engine the user chose (`--engine`), else the detected one;
/// when they differ the evidence says what the markers alone suggest.
pub fn decide(
    chosen: Option<&String>,
    detected: String,
    mut evidence: Vec<String>,
) -> (String, Detection) {
    let (engine, method) = match chosen {
        Some(engine) => {
            if engine != &detected {
                evidence.push(format!("markers alone suggest {detected}"));
            }
            (engine.clone(), "user")
        }
        None => (detected, "auto"),
    };
    (
        engine,
        Detection {
            method: method.into(),
            evidence,
        },
    )
}

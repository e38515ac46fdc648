//! Discovery: a cloud account's databases inventoried into profiles and a fleet inventory, with
//! their sizing read from the cloud's control plane and their utilisation from its monitoring.
//!
//! `dbassay discover <cloud> -o DIR` writes
//! - `DIR/inventory.yaml`, in the fleet format ([`crate::fleet::inventory`]): per source its
//!   name, engine, region, the endpoint as a URL without credentials and (for a source that
//!   takes a password) the name of the environment variable its password would come from, and
//!   its profile file;
//! - `DIR/profiles/<name>.json`: a [`Profile`] with sizing and workload filled and
//!   [`SchemaCoverage::NotIntrospected`], since discovery reads no catalog (a later `assess
//!   --source` or `fleet` reads the schema through the URL).
//!
//! Both are written by [`write`] alone, into a temporary directory beside `DIR` that is renamed
//! into place once everything is written and read back, so `DIR` is never half-written.
//! Credentials never reach either file: an endpoint keeps its user name only, and a password is
//! named by its environment variable.
//!
//! The library draws nothing: the command line watches a run through a [`Progress`].
//!
//! # Adding a cloud
//!
//! 1. A module `discover/<cloud>.rs` with `pub fn discover(catalog, options, progress) ->
//!    Result<Discovery, Error>`: list the database resources through the cloud's client crate
//!    (paged; a fixed number of calls per region or subscription, however many resources),
//!    every HTTP attempt counted into [`Discovery::calls`] per region and operation.
//! 2. Map the cloud's engine names to engine ids by data: a `discover:` key in the engine files
//!    ([`crate::engine::DiscoverRules`]; add the cloud's field there), never a match in code.
//! 3. Fill [`Profile::sizing`] from the control plane and [`Profile::workload`] from the
//!    monitoring API's hourly series through [`series`] (averages, p95, the typical day and the
//!    active hours, one rule for every cloud), with `workload.measurement` naming the source and
//!    window.
//! 4. A missing permission for one service or region is a warning naming the permission (e.g.
//!    `rds:DescribeDBInstances`), the rest still discovered; no credentials at all is
//!    [`Error::Unreachable`] (exit 3) before anything is written.
//! 5. A subcommand in `src/cli/discover.rs`, a section in README's "Start from a cloud
//!    account", and tests against the cloud's emulator or a local server speaking its wire
//!    format, counting the calls.

pub mod aws;
pub mod azure;
pub mod series;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::data::{self, DataFile};
use crate::engine::Catalog;
use crate::error::Error;
use crate::fleet::inventory::{self, Inventory, SourceSpec};
use crate::profile::{Profile, SchemaCoverage};

/// One database resource found in an account.
#[derive(Debug, Clone)]
pub struct DiscoveredSource {
    /// The resource's name in the cloud (instance, cluster, server or table identifier); the
    /// writer turns it into a unique fleet source name.
    pub name: String,
    /// Engine id (`engines/*.yaml`).
    pub engine: String,
    /// Cloud region id.
    pub region: String,
    /// Connection URL without credentials (`postgresql://admin@host:5432/db?sslmode=require`),
    /// when the resource has an endpoint a live connection could use.
    pub endpoint: Option<String>,
    /// Sizing and workload; the schema is not introspected.
    pub profile: Profile,
}

/// Everything one run found.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// The cloud (`aws`, `azure`), for the inventory's header.
    pub cloud: String,
    /// The regions (or subscriptions) that were searched.
    pub scopes: Vec<String>,
    pub sources: Vec<DiscoveredSource>,
    /// What could not be read (a missing permission names it), and what was skipped.
    pub warnings: Vec<String>,
    /// HTTP attempts by scope (region) and operation (`rds:DescribeDBInstances`).
    pub calls: BTreeMap<String, BTreeMap<String, usize>>,
}

impl Discovery {
    /// Total HTTP attempts in one scope.
    pub fn calls_in(&self, scope: &str) -> usize {
        self.calls.get(scope).map_or(0, |ops| ops.values().sum())
    }
}

/// Watches a run (called from the run's tasks).
pub trait Progress: Sync {
    /// `scope` (a region) is at `step` (`listing RDS instances`, `CloudWatch metrics`).
    fn step(&self, _scope: &str, _step: &str) {}
    /// `scope` is finished, with `sources` found.
    fn done(&self, _scope: &str, _sources: usize) {}
}

/// A progress that shows nothing.
pub struct Silent;
impl Progress for Silent {}

/// What [`write`] wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub inventory: PathBuf,
    /// Fleet source name and profile path of each source, in inventory order.
    pub profiles: Vec<(String, PathBuf)>,
}

/// Fleet source names for the discovered resources: valid (`fleet::inventory::check_name`)
/// and unique whatever the case; a name used in two regions gets its region appended.
pub fn source_names(sources: &[DiscoveredSource]) -> Vec<String> {
    let clean = |s: &str| -> String {
        let mut n: String = s
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        while n.starts_with('.') {
            n.remove(0);
        }
        if n.is_empty() {
            n.push_str("source");
        }
        n
    };
    let fit = |n: String, tail: &str| -> String {
        let keep = 64usize.saturating_sub(tail.len());
        let mut head: String = n.chars().take(keep).collect();
        head.push_str(tail);
        head
    };
    let base: Vec<String> = sources.iter().map(|s| clean(&s.name)).collect();
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (s, b) in sources.iter().zip(&base) {
        let dup = base.iter().filter(|o| o.eq_ignore_ascii_case(b)).count() > 1;
        let mut name = if dup {
            fit(b.clone(), &format!("-{}", clean(&s.region)))
        } else {
            fit(b.clone(), "")
        };
        let mut n = 2;
        while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
            name = fit(b.clone(), &format!("-{n}"));
            n += 1;
        }
        taken.push(name.clone());
        out.push(name);
    }
    out
}

/// The environment variable a source's password would come from: `<NAME>_PASSWORD`, upper
/// case, `_` for anything but letters and digits.
pub fn password_env(name: &str) -> String {
    let mut v: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if v.starts_with(|c: char| c.is_ascii_digit()) {
        v.insert_str(0, "DB_");
    }
    v.push_str("_PASSWORD");
    v
}

/// The inventory of a discovery, in the fleet format: each source with its profile, and its
/// endpoint and password variable where it has one (a Cosmos DB account has none: its key is
/// read from `DBASSAY_COSMOS_KEY`).
pub fn inventory(d: &Discovery) -> (Inventory, Vec<String>) {
    let names = source_names(&d.sources);
    let sources = d
        .sources
        .iter()
        .zip(&names)
        .map(|(s, name)| SourceSpec {
            name: name.clone(),
            profile: Some(PathBuf::from(format!("profiles/{name}.json"))),
            url: s.endpoint.clone(),
            password_env: s
                .endpoint
                .as_deref()
                .and_then(|u| crate::introspect::SourceUrl::parse_kept(u).ok())
                .filter(|u| u.family() != Some(crate::engine::Family::Document))
                .map(|_| password_env(name)),
            engine: Some(s.engine.clone()),
            region: Some(s.region.clone()),
            ..SourceSpec::default()
        })
        .collect();
    (
        Inventory {
            sources,
            file: "inventory.yaml".into(),
            dir: PathBuf::new(),
        },
        names,
    )
}

/// The inventory file's text: a header saying what wrote it, then the sources.
fn inventory_text(d: &Discovery, inv: &Inventory) -> Result<String, Error> {
    let mut text = format!(
        "# Written by `dbassay discover {}` on {} ({}).\n\
         # Each source's profile holds the discovered sizing and utilisation; its schema was not\n\
         # introspected. To read it, export the variable named in `password_env` and run `dbassay\n\
         # fleet` over this file (or `dbassay assess --source URL`).\n",
        d.cloud,
        crate::time::today(),
        d.scopes.join(", ")
    );
    for w in &d.warnings {
        text.push_str(&format!("# warning: {}\n", w.replace('\n', " ")));
    }
    let body = serde_yaml::to_string(inv).map_err(|e| Error::Io {
        what: "cannot write the inventory".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    text.push_str(&body);
    Ok(text)
}

/// Writes `dir/inventory.yaml` and `dir/profiles/<name>.json`, atomically: everything goes into
/// a temporary directory beside `dir`, is read back with the fleet's loader and the profile
/// loader, and only then renamed to `dir`. An existing `dir` is replaced only when it holds an
/// earlier discovery (an `inventory.yaml` and a `profiles/` directory, nothing else) or nothing.
pub fn write(dir: &Path, d: &Discovery, catalog: &Catalog) -> Result<Written, Error> {
    if d.sources.is_empty() {
        return Err(Error::input(
            format!("discover {}", d.cloud),
            format!(
                "no database was found in {}; nothing was written",
                d.scopes.join(", ")
            ),
        ));
    }
    check_replaceable(dir)?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let io = |what: String| move |e: std::io::Error| Error::Io { what, source: e };
    std::fs::create_dir_all(&parent).map_err(io(format!("cannot create {}", parent.display())))?;
    let leaf = dir
        .file_name()
        .map_or_else(|| "discovery".into(), |n| n.to_string_lossy().into_owned());
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{leaf}.tmp-"))
        .tempdir_in(&parent)
        .map_err(io(format!(
            "cannot create a directory in {}",
            parent.display()
        )))?;

    let (inv, names) = inventory(d);
    std::fs::create_dir(tmp.path().join("profiles"))
        .map_err(io(format!("cannot write into {}", parent.display())))?;
    let mut profiles = Vec::new();
    for (s, name) in d.sources.iter().zip(&names) {
        let mut p = s.profile.clone();
        p.schema_coverage = SchemaCoverage::NotIntrospected;
        p.engine = s.engine.clone();
        p.region = Some(s.region.clone());
        if p.name.is_none() {
            p.name = Some(s.name.clone());
        }
        let text = format!(
            "{}\n",
            serde_json::to_string_pretty(&p).map_err(|e| Error::Io {
                what: format!("cannot write the profile of {name}"),
                source: std::io::Error::other(e.to_string()),
            })?
        );
        // What is written must load: a figure out of range is a bug here, not the user's.
        Profile::from_json(&text, &format!("profiles/{name}.json"))?;
        let rel = PathBuf::from(format!("profiles/{name}.json"));
        data::write_atomic(&tmp.path().join(&rel), text.as_bytes())?;
        profiles.push((name.clone(), dir.join(&rel)));
    }
    let text = inventory_text(d, &inv)?;
    let file = DataFile {
        name: dir.join("inventory.yaml").display().to_string(),
        text,
    };
    Inventory::parse(&file, tmp.path().to_path_buf(), catalog)?;
    data::write_atomic(&tmp.path().join("inventory.yaml"), file.text.as_bytes())?;

    let staged = tmp.keep();
    let moved = if dir.exists() {
        // Set the earlier output aside, move the new one in, then drop the old.
        let old = parent.join(format!(".{leaf}.old-{}", std::process::id()));
        std::fs::rename(dir, &old).and_then(|()| match std::fs::rename(&staged, dir) {
            Ok(()) => {
                let _ = std::fs::remove_dir_all(&old);
                Ok(())
            }
            Err(e) => {
                let _ = std::fs::rename(&old, dir);
                Err(e)
            }
        })
    } else {
        std::fs::rename(&staged, dir)
    };
    if let Err(e) = moved {
        let _ = std::fs::remove_dir_all(&staged);
        return Err(Error::Io {
            what: format!("cannot move the discovery into {}", dir.display()),
            source: e,
        });
    }
    Ok(Written {
        inventory: dir.join("inventory.yaml"),
        profiles,
    })
}

/// `dir` may be written: it does not exist, is empty, or holds an earlier discovery only.
fn check_replaceable(dir: &Path) -> Result<(), Error> {
    let Ok(meta) = std::fs::symlink_metadata(dir) else {
        return Ok(());
    };
    let refuse = |why: &str| {
        Err(Error::input(
            format!("output directory {}", dir.display()),
            format!(
                "{why}; give a new or empty directory (discover replaces only its own earlier \
                 output: inventory.yaml and profiles/)"
            ),
        ))
    };
    if !meta.is_dir() {
        return refuse("is not a directory");
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Io {
        what: format!("cannot read {}", dir.display()),
        source: e,
    })?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let ours = match (name.as_str(), is_dir) {
            ("inventory.yaml", false) => true,
            ("profiles", true) => std::fs::read_dir(entry.path())
                .map(|files| {
                    files.flatten().all(|f| {
                        f.file_type().is_ok_and(|t| t.is_file())
                            && f.file_name().to_string_lossy().ends_with(".json")
                    })
                })
                .unwrap_or(false),
            _ => false,
        };
        if !ours {
            return refuse(&format!("holds `{name}`, which discover did not write"));
        }
    }
    Ok(())
}

/// A source name is a valid fleet name (shared with the inventory loader).
pub fn valid_name(name: &str) -> bool {
    inventory::check_name(name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Sizing;

    fn source(name: &str, region: &str, endpoint: Option<&str>) -> DiscoveredSource {
        DiscoveredSource {
            name: name.into(),
            engine: "rds-postgresql".into(),
            region: region.into(),
            endpoint: endpoint.map(str::to_string),
            profile: Profile {
                profile_version: crate::profile::PROFILE_VERSION,
                engine: "rds-postgresql".into(),
                version: "16.3".into(),
                sizing: Sizing {
                    instance_class: Some("db.r6g.large".into()),
                    high_availability: true,
                    ..Sizing::default()
                },
                ..Profile::default()
            },
        }
    }

    fn discovery(sources: Vec<DiscoveredSource>) -> Discovery {
        Discovery {
            cloud: "aws".into(),
            scopes: vec!["us-east-1".into()],
            sources,
            warnings: vec!["no permission rds:DescribeDBClusters in eu-west-1".into()],
            calls: BTreeMap::new(),
        }
    }

    #[test]
    fn names_are_valid_and_unique_whatever_the_case() {
        let long = "t".repeat(200);
        let sources = vec![
            source("orders", "us-east-1", None),
            source("Orders", "eu-west-1", None),
            source("my table!", "us-east-1", None),
            source(".hidden", "us-east-1", None),
            source(&long, "us-east-1", None),
        ];
        let names = source_names(&sources);
        assert_eq!(names[0], "orders-us-east-1");
        assert_eq!(names[1], "Orders-eu-west-1");
        assert_eq!(names[2], "my-table-");
        assert_eq!(names[3], "hidden");
        assert_eq!(names[4].len(), 64);
        for n in &names {
            assert!(valid_name(n), "{n}");
        }
        assert_eq!(
            password_env("orders-us-east-1"),
            "ORDERS_US_EAST_1_PASSWORD"
        );
        assert_eq!(password_env("1st"), "DB_1ST_PASSWORD");
    }

    #[test]
    fn the_written_inventory_loads_back_with_the_fleet_loader() {
        let catalog = Catalog::bundled().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("estate");
        let d = discovery(vec![
            source(
                "orders",
                "us-east-1",
                Some("postgresql://admin@orders.example.com:5432/orders?sslmode=require"),
            ),
            source("archive", "us-east-1", None),
            DiscoveredSource {
                engine: "cosmosdb".into(),
                ..source("docs", "eastus", Some("cosmos://docs.documents.azure.com"))
            },
        ]);
        let w = write(&dir, &d, &catalog).unwrap();
        let inv = Inventory::load(&w.inventory, &catalog).unwrap();
        assert_eq!(inv.sources.len(), 3);
        // A key-based source names no password variable (the loader would refuse one).
        assert_eq!(inv.sources[2].password_env, None);
        assert_eq!(inv.sources[2].engine.as_deref(), Some("cosmosdb"));
        let s = &inv.sources[0];
        assert_eq!(s.name, "orders");
        assert_eq!(s.engine.as_deref(), Some("rds-postgresql"));
        assert_eq!(s.region.as_deref(), Some("us-east-1"));
        assert_eq!(s.password_env.as_deref(), Some("ORDERS_PASSWORD"));
        assert!(s.url.as_deref().unwrap().starts_with("postgresql://admin@"));
        assert_eq!(inv.sources[1].url, None);
        assert_eq!(inv.sources[1].password_env, None);
        let p = Profile::load(&dir.join(s.profile.as_ref().unwrap())).unwrap();
        assert_eq!(p.schema_coverage, SchemaCoverage::NotIntrospected);
        assert!(!p.schema_read());
        assert!(p.sizing.high_availability);
        let text = std::fs::read_to_string(&w.inventory).unwrap();
        assert!(text.contains("# warning: no permission rds:DescribeDBClusters"));
        // Nothing is left beside the output.
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");

        // A second run replaces its own earlier output …
        let d2 = discovery(vec![source("billing", "us-east-1", None)]);
        write(&dir, &d2, &catalog).unwrap();
        assert!(dir.join("profiles/billing.json").exists());
        assert!(!dir.join("profiles/orders.json").exists());
        // … but never a directory holding anything else.
        std::fs::write(dir.join("notes.txt"), "mine").unwrap();
        let e = write(&dir, &d, &catalog).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("notes.txt"), "{e}");
        assert!(dir.join("profiles/billing.json").exists());
    }

    #[test]
    fn a_profile_that_would_not_load_writes_nothing() {
        let catalog = Catalog::bundled().unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("estate");
        let mut bad = source("bad", "us-east-1", None);
        bad.profile.workload.cpu_utilization_pct = Some(rust_decimal::Decimal::from(150));
        let d = discovery(vec![source("good", "us-east-1", None), bad]);
        let e = write(&dir, &d, &catalog).unwrap_err().to_string();
        assert!(e.contains("cpu_utilization_pct"), "{e}");
        assert!(!dir.exists());
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);
    }
}

//! Where a profile comes from: a profile file, or a live source reached by URL.
//!
//! The wizard and `fleet` both start from a [`Source`]; [`Source::acquire`] turns it into a
//! [`Profile`]. A password never sits in a URL that is kept or shown: it is held apart as a
//! [`Secret`] and joined to the parsed [`SourceUrl`] only at the moment of connecting.
//! Everything shown of a source goes through [`Source::describe`].
//!
//! [`merge_discovered`] joins a profile whose schema was read with the sizing and utilisation a
//! cloud discovery measured (`assess --sizing-from`, a fleet source with `url` and `profile`).

use std::path::PathBuf;

use serde_json::{Map, Value};

use crate::engine::Catalog;
use crate::error::Error;
use crate::introspect::{self, ConnectOptions, Secret, SourceUrl};
use crate::profile::Profile;

/// A source to assess.
#[derive(Debug, Clone)]
pub enum Source {
    /// A profile file (JSON), written by `introspect -o` or by hand.
    Profile(PathBuf),
    /// A live database: a URL without a password, and the password apart.
    Live {
        url: SourceUrl,
        password: Option<Secret>,
    },
}

impl Source {
    /// What to show of the source: the file path, or the URL (which holds no password).
    pub fn describe(&self) -> String {
        match self {
            Source::Profile(p) => p.display().to_string(),
            Source::Live { url, .. } => url.masked(),
        }
    }

    /// `text` with the source's password, if any, masked.
    pub fn scrub(&self, text: &str) -> String {
        match self {
            Source::Live {
                password: Some(p), ..
            } => p.scrub(text),
            _ => text.to_string(),
        }
    }

    /// Reads the profile: the file, or the live source's catalogs (read-only). `engine` is an
    /// engine id chosen by the user, or `None` to detect it. Errors never hold the password.
    pub fn acquire(
        &self,
        engine: Option<&str>,
        connect: &ConnectOptions,
    ) -> Result<Profile, Error> {
        match self {
            Source::Profile(path) => Profile::load(path),
            Source::Live { url, password } => {
                let url = url.clone().with_password(password.clone());
                let options = introspect::Options {
                    engine: engine.map(str::to_string),
                    connect: connect.clone(),
                };
                let result = introspect::introspect_url(&url, &options).map(|done| done.profile);
                // Every introspector scrubs its messages; this is the net under them.
                result.map_err(|e| e.map_text(|text| self.scrub(&text)))
            }
        }
    }
}

/// `schema` (a profile whose schema was introspected) with the deployment facts of
/// `discovered` (a profile written by `dbassay discover`, or any profile whose sizing is wanted;
/// `origin` names its file): one rule, **what the cloud reports wins, what it does not know is
/// kept from the introspection**.
///
/// - `sizing` and `workload`, field by field: each field the discovered profile holds replaces
///   the introspected one (instance class, storage, IOPS, HA, replicas, CPU average and p95, the
///   hourly day, connections, active hours, the measurement window…); the others stay (the
///   introspection's cache hit ratio, buffer cache, transactions per second…). `workload.other`
///   is merged name by name. A standby or replicas either side saw are kept.
/// - `region` from the discovery; the introspection cannot see it.
/// - `engine`: the cloud's (it tells RDS from Aurora and a plain server from a managed one),
///   with the introspection's suggestion kept as evidence in `detection`. A discovered engine of
///   another family than the server reached is refused: the profile describes another database.
/// - Cosmos DB: the introspected account when there is one, else the discovered one.
/// - The discovery's warnings are appended; the schema, its objects and the name are the
///   introspection's.
pub fn merge_discovered(
    schema: Profile,
    discovered: &Profile,
    origin: &str,
    catalog: &Catalog,
) -> Result<Profile, Error> {
    let what = || format!("profile {origin}");
    let cloud = catalog.engine(&discovered.engine).map_err(|_| {
        Error::input(
            what(),
            format!(
                "field `engine`: unknown engine `{}` (see `dbassay engines`)",
                discovered.engine
            ),
        )
    })?;
    if let Ok(read) = catalog.engine(&schema.engine) {
        if read.family != cloud.family {
            return Err(Error::input(
                what(),
                format!(
                    "it describes a {} source ({}), but the server reached is {} ({}): the \
                     sizing belongs to another database",
                    cloud.family, cloud.id, read.family, read.id
                ),
            ));
        }
    }
    let mut merged = schema;
    if merged.engine != cloud.id {
        let detection = merged.detection.get_or_insert_with(Default::default);
        detection.evidence.push(format!(
            "the cloud names it {} ({origin}); the server's markers suggested {}",
            cloud.id,
            if merged.engine.is_empty() {
                "nothing"
            } else {
                merged.engine.as_str()
            }
        ));
        detection.method = "discovered".into();
        merged.engine = cloud.id.clone();
    }
    merged.region = discovered.region.clone().or(merged.region);
    merged.name = merged.name.or_else(|| discovered.name.clone());
    let high_availability = merged.sizing.high_availability || discovered.sizing.high_availability;
    let read_replicas = merged
        .sizing
        .read_replicas
        .max(discovered.sizing.read_replicas);
    merged.sizing = overlay(&merged.sizing, &discovered.sizing, origin)?;
    merged.sizing.high_availability = high_availability;
    merged.sizing.read_replicas = read_replicas;
    let mut other = merged.workload.other.clone();
    other.extend(discovered.workload.other.clone());
    merged.workload = overlay(&merged.workload, &discovered.workload, origin)?;
    merged.workload.other = other;
    if merged.cosmos.is_none() {
        merged.cosmos = discovered.cosmos.clone();
    } else if let (Some(m), Some(d)) = (merged.cosmos.as_mut(), &discovered.cosmos) {
        m.serverless_million_ru_per_month = d
            .serverless_million_ru_per_month
            .or(m.serverless_million_ru_per_month);
    }
    merged.warnings.extend(discovered.warnings.iter().cloned());
    let problems = merged.range_problems();
    if !problems.is_empty() {
        return Err(Error::input(what(), problems.join("; ")));
    }
    Ok(merged)
}

/// `base` with every field `top` holds (as serialized: a field at its default is left out)
/// put over it.
fn overlay<T>(base: &T, top: &T, origin: &str) -> Result<T, Error>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let object = |v: &T| match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    let mut merged = object(base);
    merged.extend(object(top));
    serde_json::from_value(Value::Object(merged))
        .map_err(|e| Error::input(format!("profile {origin}"), e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_source_never_shows_its_password() {
        let src = Source::Live {
            url: SourceUrl::parse_kept("postgresql://app@h/db").unwrap(),
            password: Some(Secret::new("hunter2")),
        };
        let shown = format!("{src:?} {}", src.describe());
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(src.describe(), "postgresql://app@h/db");
    }

    #[test]
    fn errors_lose_the_password() {
        let src = Source::Live {
            url: SourceUrl::parse_kept("postgresql://app@127.0.0.1:1/db").unwrap(),
            password: Some(Secret::new("s3cr@t")),
        };
        let e = Error::Unreachable {
            what: "source".into(),
            detail: "password s3cr@t rejected".into(),
        }
        .map_text(|t| src.scrub(&t));
        let text = e.to_string();
        assert!(!text.contains("s3cr"), "{text}");
        assert_eq!(e.exit_code(), 3);
    }

    fn discovered() -> Profile {
        Profile::from_json(
            r#"{"profile_version": 1, "engine": "azure-mysql", "version": "8.0.21",
                "name": "shop-prod", "region": "westeurope",
                "sizing": {"instance_class": "Standard_D4ds_v4", "tier": "GeneralPurpose",
                           "vcpu": 4, "storage_gb": 512, "provisioned_iops": 1200,
                           "high_availability": true, "read_replicas": 1},
                "workload": {"cpu_utilization_pct": 12, "cpu_p95_pct": 20,
                             "peak_connections": 80, "active_hours_per_day": 24,
                             "other": {"a": 1},
                             "measurement": {"window_days": 14, "source": "azure-monitor"}},
                "warnings": [{"area": "metrics", "message": "memory_percent not available"}]}"#,
            "shop.json",
        )
        .unwrap()
    }

    #[test]
    fn the_cloud_wins_where_it_knows_and_the_schema_stays() {
        let catalog = Catalog::bundled().unwrap();
        let mut read = Profile::from_json(
            r#"{"profile_version": 1, "engine": "mysql", "version": "8.0.21-azure",
                "tables": [{"schema": "shop", "name": "orders"}],
                "sizing": {"memory_gib": 16},
                "workload": {"peak_connections": 35, "cache_hit_pct": 99.5,
                             "transactions_per_second": 40, "other": {"b": 2}}}"#,
            "live",
        )
        .unwrap();
        read.detection = Some(crate::profile::Detection {
            method: "auto".into(),
            evidence: vec![],
        });
        let m = merge_discovered(read, &discovered(), "shop.json", &catalog).unwrap();
        assert_eq!(m.engine, "azure-mysql");
        assert_eq!(m.version, "8.0.21-azure");
        assert_eq!(m.tables.len(), 1);
        assert_eq!(m.region.as_deref(), Some("westeurope"));
        assert_eq!(m.name.as_deref(), Some("shop-prod"));
        assert_eq!(m.sizing.instance_class.as_deref(), Some("Standard_D4ds_v4"));
        assert_eq!(
            m.sizing.memory_gib,
            Some(16.into()),
            "kept: the cloud did not say"
        );
        assert_eq!(m.sizing.provisioned_iops, Some(1200));
        assert!(m.sizing.high_availability);
        assert_eq!(m.sizing.read_replicas, 1);
        let w = &m.workload;
        assert_eq!(w.peak_connections, Some(80), "the cloud's 14 days win");
        assert_eq!(w.cpu_p95_pct, Some(20.into()));
        assert_eq!(w.cache_hit_pct, Some("99.5".parse().unwrap()));
        assert_eq!(w.transactions_per_second, Some(40.into()));
        assert_eq!(w.other.len(), 2);
        assert_eq!(w.measurement.as_ref().unwrap().source, "azure-monitor");
        let d = m.detection.as_ref().unwrap();
        assert_eq!(d.method, "discovered");
        assert!(
            d.evidence[0].contains("suggested mysql"),
            "{:?}",
            d.evidence
        );
        assert_eq!(m.warnings.len(), 1);
    }

    #[test]
    fn sizing_of_another_family_is_refused() {
        let catalog = Catalog::bundled().unwrap();
        let read = Profile::from_json(
            r#"{"profile_version": 1, "engine": "postgresql", "version": "16.2"}"#,
            "live",
        )
        .unwrap();
        let e = merge_discovered(read, &discovered(), "shop.json", &catalog).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = e.to_string();
        assert!(text.contains("profile shop.json"), "{text}");
        assert!(text.contains("mysql source (azure-mysql)"), "{text}");
    }
}

//! Which provider's PostgreSQL this is, from the markers the server exposes.

use regex_lite::Regex;

/// What the server exposes that tells one provider's PostgreSQL from another's.
#[derive(Debug, Default, Clone)]
pub struct Markers {
    /// A function named `aurora_version` exists.
    pub aurora_function: bool,
    /// Role names starting with rds, cloudsql, alloydb or azure.
    pub roles: Vec<String>,
    /// Setting names with a provider prefix (server, database or role level).
    pub settings: Vec<String>,
    /// Installed and available extension names.
    pub extensions: Vec<String>,
}

/// The engine id and the evidence for it. Precedence when markers of several providers are
/// present: Aurora (it also carries the RDS markers), RDS, Cloud SQL, AlloyDB, Azure.
pub fn detect(m: &Markers) -> (String, Vec<String>) {
    let role = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        m.roles
            .iter()
            .filter(|r| re.is_match(r))
            .map(|r| format!("role {r} exists"))
            .collect()
    };
    let setting = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        m.settings
            .iter()
            .filter(|s| re.is_match(s))
            .map(|s| format!("setting {s} exists"))
            .collect()
    };
    let extension = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        let mut seen: Vec<&String> = m.extensions.iter().filter(|e| re.is_match(e)).collect();
        seen.sort();
        seen.dedup();
        seen.into_iter()
            .map(|e| format!("extension {e} is available"))
            .collect()
    };
    let mut aurora = Vec::new();
    if m.aurora_function {
        aurora.push("function aurora_version() exists".to_string());
    }
    aurora.extend(setting(r"^(aurora|apg)[._]"));
    aurora.extend(extension(r"^(aurora_|apg_)"));
    let mut rds = role(r"^(rds_superuser|rdsadmin|rds_iam|rds_replication|rdsrepladmin)$");
    rds.extend(setting(r"^rds\."));
    rds.extend(extension(r"^(rds_|aws_)"));
    let mut cloudsql =
        role(r"^(cloudsqlsuperuser|cloudsqladmin|cloudsqlagent|cloudsqlreplica|cloudsqliamuser)$");
    cloudsql.extend(setting(r"^cloudsql\."));
    let mut alloydb = role(r"^(alloydbsuperuser|alloydbadmin|alloydbagent|alloydbiamuser)$");
    alloydb.extend(setting(r"^(alloydb|google_)"));
    let google = extension(r"^(google_|alloydb)");
    let mut azure = role(r"^(azure_pg_admin|azuresu|azure_superuser)$");
    azure.extend(setting(r"^azure\."));
    azure.extend(extension(r"^(azure|pg_azure|pgaadauth)"));

    let mut evidence = Vec::new();
    let engine = if !aurora.is_empty() {
        evidence.extend(aurora);
        evidence.append(&mut rds);
        "aurora-postgresql"
    } else if !rds.is_empty() {
        evidence.append(&mut rds);
        "rds-postgresql"
    } else if !cloudsql.is_empty() {
        evidence.append(&mut cloudsql);
        evidence.extend(google.iter().cloned());
        "cloudsql-postgresql"
    } else if !alloydb.is_empty() || !google.is_empty() {
        evidence.append(&mut alloydb);
        evidence.extend(google.iter().cloned());
        "alloydb"
    } else if !azure.is_empty() {
        evidence.append(&mut azure);
        "azure-postgresql"
    } else {
        evidence.push(
            "no provider markers: no aurora_version() function and no rds*, cloudsql*, \
             alloydb*, azure* roles, settings or google_* / aws_* / azure* extensions"
                .into(),
        );
        "postgresql"
    };
    // Markers of another provider that lost on precedence are still worth showing.
    let others: Vec<String> = [rds, cloudsql, alloydb, azure]
        .into_iter()
        .flatten()
        .filter(|e| !evidence.contains(e))
        .collect();
    if !others.is_empty() && engine != "postgresql" {
        evidence.push(format!("also seen: {}", others.join(", ")));
    }
    (engine.to_string(), evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(roles: &[&str], settings: &[&str], exts: &[&str], aurora: bool) -> Markers {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        Markers {
            aurora_function: aurora,
            roles: v(roles),
            settings: v(settings),
            extensions: v(exts),
        }
    }

    #[test]
    fn detection_precedence_and_evidence() {
        let cases = [
            (
                markers(&["rds_superuser"], &["rds.extensions"], &[], true),
                "aurora-postgresql",
            ),
            (
                markers(&["rds_superuser"], &[], &["aws_commons"], false),
                "rds-postgresql",
            ),
            (
                markers(&[], &["rds.force_ssl"], &[], false),
                "rds-postgresql",
            ),
            (
                markers(
                    &["cloudsqlsuperuser"],
                    &[],
                    &["google_ml_integration"],
                    false,
                ),
                "cloudsql-postgresql",
            ),
            (markers(&["alloydbsuperuser"], &[], &[], false), "alloydb"),
            (
                markers(&[], &[], &["google_columnar_engine"], false),
                "alloydb",
            ),
            (
                markers(&["azure_pg_admin"], &[], &[], false),
                "azure-postgresql",
            ),
            (
                markers(&[], &["azure.extensions"], &[], false),
                "azure-postgresql",
            ),
            (
                markers(&["rdsx_not_a_marker"], &[], &["postgis"], false),
                "postgresql",
            ),
        ];
        for (m, want) in cases {
            let (got, evidence) = detect(&m);
            assert_eq!(got, want, "{m:?}");
            assert!(!evidence.is_empty());
        }
        let (_, ev) = detect(&markers(&["rds_superuser"], &[], &[], true));
        assert_eq!(
            ev,
            [
                "function aurora_version() exists",
                "role rds_superuser exists"
            ]
        );
        let (_, ev) = detect(&markers(
            &["cloudsqlsuperuser", "azure_pg_admin"],
            &[],
            &[],
            false,
        ));
        assert_eq!(ev.last().unwrap(), "also seen: role azure_pg_admin exists");
    }
}

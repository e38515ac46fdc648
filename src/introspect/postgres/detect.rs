//! Which provider's PostgreSQL this is: the names the server shows, as facts for the rules in
//! `engines/*.yaml` (`detect:`).

use crate::introspect::detect::{Fact, Facts, Rules};

/// What the server exposes that tells one provider's PostgreSQL from another's (only names a
/// marker pattern of the family matches are read).
#[derive(Debug, Default, Clone)]
pub(super) struct Markers {
    /// Functions that exist, of those the markers name (`aurora_version`).
    pub(super) functions: Vec<String>,
    /// Role names.
    pub(super) roles: Vec<String>,
    /// Setting names (server, database or role level).
    pub(super) settings: Vec<String>,
    /// Installed and available extension names.
    pub(super) extensions: Vec<String>,
}

/// The engine id and the evidence for it.
pub(super) fn detect(m: &Markers, rules: &Rules) -> (String, Vec<String>) {
    let mut extensions = m.extensions.clone();
    extensions.sort();
    extensions.dedup();
    let facts = Facts {
        functions: m
            .functions
            .iter()
            .map(|f| Fact::new(f, format!("function {f}() exists")))
            .collect(),
        values: Vec::new(),
        roles: m
            .roles
            .iter()
            .map(|r| Fact::new(r, format!("role {r} exists")))
            .collect(),
        settings: m
            .settings
            .iter()
            .map(|s| Fact::new(s, format!("setting {s} exists")))
            .collect(),
        extensions: extensions
            .iter()
            .map(|e| Fact::new(e, format!("extension {e} is available")))
            .collect(),
        services: Vec::new(),
    };
    rules.detect(&facts, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Catalog, Family};

    fn markers(roles: &[&str], settings: &[&str], exts: &[&str], aurora: bool) -> Markers {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        Markers {
            functions: if aurora {
                v(&["aurora_version"])
            } else {
                Vec::new()
            },
            roles: v(roles),
            settings: v(settings),
            extensions: v(exts),
        }
    }

    #[test]
    fn detection_precedence_and_evidence() {
        let rules = Rules::of(&Catalog::bundled().unwrap(), Family::Postgres);
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
            let (got, evidence) = detect(&m, &rules);
            assert_eq!(got, want, "{m:?}");
            assert!(!evidence.is_empty());
        }
        let (_, ev) = detect(&markers(&["rds_superuser"], &[], &[], true), &rules);
        assert_eq!(
            ev,
            [
                "function aurora_version() exists",
                "role rds_superuser exists"
            ]
        );
        let (_, ev) = detect(
            &markers(&["cloudsqlsuperuser", "azure_pg_admin"], &[], &[], false),
            &rules,
        );
        assert_eq!(ev.last().unwrap(), "also seen: role azure_pg_admin exists");
    }
}

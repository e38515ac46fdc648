//! Which provider's MySQL this is: server variables and account names, as facts for the rules
//! in `engines/*.yaml` (`detect:`).

use std::collections::BTreeMap;

use super::Server;
use crate::introspect::detect::{Fact, Facts, Rules};

/// The engine id and the evidence for it, from server variables and account names
/// (`user@host`, or a role's bare name); the server's flavour (MySQL or MariaDB) is cited too.
pub(super) fn detect(
    vars: &BTreeMap<String, String>,
    accounts: &[String],
    rules: &Rules,
) -> (String, Vec<String>) {
    let facts = Facts {
        values: vars
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| Fact {
                name: k.clone(),
                value: v.clone(),
                cited: format!("variable {k} = {v}"),
            })
            .collect(),
        roles: accounts
            .iter()
            .map(|a| match a.split_once('@') {
                Some((user, _)) => Fact::new(user, format!("user {a} exists")),
                None => Fact::new(a, format!("role {a} exists")),
            })
            .collect(),
        settings: vars
            .keys()
            .map(|k| Fact::new(k, format!("variable {k} is present")))
            .collect(),
        ..Facts::default()
    };
    let server = Server::from_variables(vars);
    let comment = vars.get("version_comment").cloned().unwrap_or_default();
    let flavour = format!(
        "server is {}: version {}, version_comment {comment}",
        if server.mariadb { "MariaDB" } else { "MySQL" },
        server.version
    );
    rules.detect(&facts, Some(flavour))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Catalog, Family};
    use crate::introspect::mysql::vars;

    #[test]
    fn detection_precedence_and_evidence() {
        let rules = Rules::of(&Catalog::bundled().unwrap(), Family::Mysql);
        let base = [
            ("version", "8.0.35"),
            ("version_comment", "Source distribution"),
        ];
        let with = |extra: &[(&str, &str)]| {
            let mut v = vars(&base);
            v.extend(vars(extra));
            v
        };
        let s = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let cases = [
            (
                with(&[
                    ("aurora_version", "3.05.2"),
                    ("basedir", "/rdsdbbin/oscar-8.0.mysql_aurora.3.05.2/"),
                ]),
                s(&["rdsadmin@localhost"]),
                "aurora-mysql",
            ),
            (
                with(&[("basedir", "/rdsdbbin/mysql-8.0.35.R2/")]),
                s(&[]),
                "rds-mysql",
            ),
            (with(&[]), s(&["rdsadmin@localhost"]), "rds-mysql"),
            (
                with(&[("aurora_parallel_query", "OFF")]),
                s(&["rdsadmin@localhost"]),
                "aurora-mysql",
            ),
            (
                with(&[("cloudsql_iam_authentication", "on")]),
                s(&[]),
                "cloudsql-mysql",
            ),
            (with(&[]), s(&["cloudsqlsuperuser"]), "cloudsql-mysql"),
            (
                with(&[("aad_auth_only", "OFF")]),
                s(&["azure_superuser@localhost"]),
                "azure-mysql",
            ),
            (
                with(&[("basedir", "/usr/")]),
                s(&["root@localhost", "rdsx@%"]),
                "mysql",
            ),
        ];
        for (v, a, want) in cases {
            let (got, evidence) = detect(&v, &a, &rules);
            assert_eq!(got, want, "{v:?} {a:?}");
            assert!(!evidence.is_empty());
        }
        let (_, ev) = detect(
            &with(&[
                ("aurora_version", "3.05.2"),
                ("basedir", "/rdsdbbin/oscar/"),
            ]),
            &s(&["rdsadmin@localhost"]),
            &rules,
        );
        assert_eq!(
            ev,
            [
                "variable aurora_version = 3.05.2",
                "variable basedir = /rdsdbbin/oscar/",
                "user rdsadmin@localhost exists",
                "server is MySQL: version 8.0.35, version_comment Source distribution"
            ]
        );
        // Older Aurora without the aurora_version variable: at most three aurora_* variables.
        let (got, ev) = detect(
            &with(&[
                ("aurora_a", "1"),
                ("aurora_b", "1"),
                ("aurora_c", "1"),
                ("aurora_d", "1"),
            ]),
            &s(&[]),
            &rules,
        );
        assert_eq!(got, "aurora-mysql");
        assert_eq!(
            ev.iter()
                .filter(|e| e.starts_with("variable aurora_"))
                .count(),
            3,
            "{ev:?}"
        );
        let (_, ev) = detect(
            &vars(&[
                ("version", "10.6.16-MariaDB-log"),
                ("basedir", "/rdsdbbin/mariadb"),
            ]),
            &s(&["azure_superuser@localhost"]),
            &rules,
        );
        assert!(
            ev.iter().any(|e| e.starts_with("server is MariaDB")),
            "{ev:?}"
        );
        assert_eq!(
            ev.last().unwrap(),
            "also seen: user azure_superuser@localhost exists"
        );
    }
}

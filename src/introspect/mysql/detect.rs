//! Which provider's MySQL this is, from server variables and account names.

use std::collections::BTreeMap;

use regex_lite::Regex;

/// The engine id and the evidence for it, from server variables and account names
/// (`user@host`). Precedence when markers of several providers are present: Aurora (it also
/// carries the RDS markers), RDS, Cloud SQL, Azure; plain MySQL / MariaDB otherwise.
pub fn detect(vars: &BTreeMap<String, String>, accounts: &[String]) -> (String, Vec<String>) {
    let var = |name: &str| vars.get(name).filter(|v| !v.is_empty());
    let account = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        accounts
            .iter()
            .filter(|a| re.is_match(a.split('@').next().unwrap_or(a)))
            .map(|a| {
                if a.contains('@') {
                    format!("user {a} exists")
                } else {
                    format!("role {a} exists")
                }
            })
            .collect()
    };
    let present = |re: &str| -> Vec<String> {
        let re = Regex::new(re).expect("valid pattern");
        vars.keys()
            .filter(|k| re.is_match(k))
            .map(|k| format!("variable {k} is present"))
            .collect()
    };

    let mut aurora = Vec::new();
    if let Some(v) = var("aurora_version") {
        aurora.push(format!("variable aurora_version = {v}"));
    } else {
        // Older Aurora releases may lack the variable but not the other aurora_* parameters.
        aurora.extend(present(r"^aurora_").into_iter().take(3));
    }
    let mut rds = Vec::new();
    if let Some(b) = var("basedir").filter(|b| b.starts_with("/rdsdbbin/")) {
        rds.push(format!("variable basedir = {b}"));
    }
    rds.extend(account(r"^(rdsadmin|rdsrepladmin|rds_superuser_role)$"));
    let mut cloudsql = account(r"^cloudsql");
    cloudsql.extend(present(r"^cloudsql_"));
    let mut azure = account(r"^azure_superuser$");
    azure.extend(present(r"^(aad_auth|azure_)"));

    let version = vars.get("version").cloned().unwrap_or_default();
    let comment = vars.get("version_comment").cloned().unwrap_or_default();
    let flavour = if format!("{version} {comment}")
        .to_ascii_lowercase()
        .contains("mariadb")
    {
        format!("server is MariaDB: version {version}, version_comment {comment}")
    } else {
        format!("server is MySQL: version {version}, version_comment {comment}")
    };

    let mut evidence = Vec::new();
    let engine = if !aurora.is_empty() {
        evidence.append(&mut aurora);
        evidence.append(&mut rds);
        "aurora-mysql"
    } else if !rds.is_empty() {
        evidence.append(&mut rds);
        evidence.push(flavour);
        "rds-mysql"
    } else if !cloudsql.is_empty() {
        evidence.append(&mut cloudsql);
        "cloudsql-mysql"
    } else if !azure.is_empty() {
        evidence.append(&mut azure);
        "azure-mysql"
    } else {
        evidence.push(
            "no provider markers: no aurora_version variable, no /rdsdbbin/ basedir, no \
             rdsadmin, cloudsql* or azure_superuser accounts, no cloudsql_* / aad_* / azure_* \
             variables"
                .into(),
        );
        evidence.push(flavour);
        "mysql"
    };
    let others: Vec<String> = [rds, cloudsql, azure]
        .into_iter()
        .flatten()
        .filter(|e| !evidence.contains(e))
        .collect();
    if !others.is_empty() && engine != "mysql" {
        evidence.push(format!("also seen: {}", others.join(", ")));
    }
    (engine.to_string(), evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn detection_precedence_and_evidence() {
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
            let (got, evidence) = detect(&v, &a);
            assert_eq!(got, want, "{v:?} {a:?}");
            assert!(!evidence.is_empty());
        }
        let (_, ev) = detect(
            &with(&[
                ("aurora_version", "3.05.2"),
                ("basedir", "/rdsdbbin/oscar/"),
            ]),
            &s(&["rdsadmin@localhost"]),
        );
        assert_eq!(
            ev,
            [
                "variable aurora_version = 3.05.2",
                "variable basedir = /rdsdbbin/oscar/",
                "user rdsadmin@localhost exists"
            ]
        );
        let (_, ev) = detect(
            &vars(&[
                ("version", "10.6.16-MariaDB-log"),
                ("basedir", "/rdsdbbin/mariadb"),
            ]),
            &s(&["azure_superuser@localhost"]),
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

//! Three samples assessed and checked against figures worked out by hand from the rubric
//! weights (README "Scoring") and the rate-card prices in engines/*.yaml.

mod common;
use common::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn money(v: &serde_json::Value) -> Decimal {
    d(v.as_str()
        .unwrap_or_else(|| panic!("not a decimal string: {v}")))
}

/// 100 × 0.5^(points ÷ 60), rounded: the documented score formula, worked independently.
fn score(points: f64) -> u64 {
    (100.0 * 0.5f64.powf(points / 60.0)).round() as u64
}

fn line<'a>(a: &'a serde_json::Value, side: &str, id: &str) -> &'a serde_json::Value {
    a["cost"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["side"] == side && l["id"] == id)
        .unwrap_or_else(|| panic!("no {side} line {id}"))
}

fn ids(a: &serde_json::Value) -> Vec<(String, String, u64)> {
    a["compatibility"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["id"].as_str().unwrap().to_string(),
                f["object_count"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn expect_findings(a: &serde_json::Value, expected: &[(&str, &str, u64)]) {
    let got = ids(a);
    let want: Vec<(String, String, u64)> = expected
        .iter()
        .map(|(s, i, n)| (s.to_string(), i.to_string(), *n))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn rds_postgresql_by_hand() {
    let a = assess_json(&sample("rds-postgresql"), &[]);
    expect_findings(
        &a,
        &[
            ("minor", "pg-materialized-views", 1),
            ("minor", "pg-replica-identity-full", 1),
            ("info", "pg-database-role-settings", 2),
        ],
    );
    // HA, replicas, sequences, logins and the downtime window are steps of the path, not scored.
    let prerequisites: Vec<&str> = a["migration_path"]["prerequisite_findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        prerequisites,
        [
            "pg-high-availability",
            "pg-read-replicas",
            "pg-sequences-cutover",
            "pg-login-roles",
            "pg-short-downtime-window"
        ]
    );
    // Both minor findings are restored by pg_dump/pg_restore (automatic): scored one severity
    // lower, as info, so no points.
    assert_eq!(a["compatibility"]["score"], score(0.0));
    assert_eq!(a["compatibility"]["score"], 100);
    assert_eq!(a["compatibility"]["tier"], "ready");

    // db.r6g.xlarge Multi-AZ 0.898/h, primary + 1 replica.
    let compute = d("730") * d("2") * d("0.898");
    let storage = d("400") * d("0.23"); // gp3 Multi-AZ
    let replica_storage = d("400") * d("0.115"); // gp3 Single-AZ
    let backup = (d("520") - d("400")) * d("0.095");
    assert_eq!(
        money(&line(&a, "source", "compute")["monthly"]),
        compute.round_dp(2)
    );
    let source = compute + storage + replica_storage + backup;
    assert_eq!(money(&a["cost"]["source_monthly"]), d("1460.48"));
    assert_eq!(source.round_dp(2), d("1460.48"));

    // 32 GiB ÷ 2 GiB per CU = 16 CU; HA adds a secondary: 2 computes, 730 h.
    assert_eq!(a["target"]["cu"], "16");
    let cu_hours = d("16") * d("730") * d("2");
    let data_gb = d("169.775");
    let target = (cu_hours * d("0.111")).round_dp(2)
        + (data_gb * d("0.35")).round_dp(2)
        + (data_gb * d("0.2") * d("0.2")).round_dp(2);
    assert_eq!(money(&a["cost"]["target_monthly"]), target);
    assert_eq!(target, d("2659.17"));
    assert_eq!(money(&a["cost"]["difference_monthly"]), d("1198.69"));
    assert_eq!(a["migration_path"]["kind"], "logical_replication");
}

#[test]
fn azure_postgresql_by_hand() {
    let a = assess_json(&sample("azure-postgresql"), &[]);
    let f = ids(&a);
    let count = |sev: &str| f.iter().filter(|(s, _, _)| s == sev).count();
    assert_eq!(
        (count("blocker"), count("major"), count("minor")),
        (0, 5, 9)
    );
    assert!(f.contains(&("major".into(), "pg-unlogged-table".into(), 3)));
    assert!(f.contains(&("major".into(), "pg-non-utf8-encoding".into(), 1)));
    assert!(f.contains(&("minor".into(), "pg-money-type".into(), 8)));
    // Majors: 10 × 5 + 2 × 1 for the two further unlogged tables = 52.
    // Minors by hand: 3 each, + 0.25 per further object: 5 × 3 (one object each) + 3.5 (security
    // definer, 3) + 4.75 (money, 8). Row security and inheritance are restored by pg_restore
    // (automatic, scored as info: 0); md5 roles and log settings are prerequisites of the path.
    let points = 52.0 + 5.0 * 3.0 + 3.5 + 4.75;
    assert_eq!(points, 75.25);
    assert_eq!(score(points), 42);
    assert_eq!(a["compatibility"]["score"], score(points));
    assert_eq!(a["compatibility"]["tier"], "major_rework");

    // Burstable B2ms 0.136/h, 256 GB at 0.115, 340 − 256 GB of backup at 0.095.
    let source = (d("730") * d("0.136")).round_dp(2)
        + (d("256") * d("0.115")).round_dp(2)
        + (d("84") * d("0.095")).round_dp(2);
    assert_eq!(money(&a["cost"]["source_monthly"]), source);
    // 8 GiB → 4 CU; 11 active hours a day, no HA: scales to zero, 11 × 730 ÷ 24 h billed.
    assert_eq!(a["target"]["cu"], "4");
    let hours = (d("11") * d("730") / d("24")).round_dp(2);
    assert_eq!(hours, d("334.58"));
    let data_gb = d("174.749");
    let target = (d("4") * hours * d("0.111")).round_dp(2)
        + (data_gb * d("0.35")).round_dp(2)
        + ((data_gb * d("0.2")).round_dp(3) * d("0.2")).round_dp(2);
    assert_eq!(money(&a["cost"]["target_monthly"]), target);
}

#[test]
fn cosmosdb_by_hand() {
    let a = assess_json(&sample("cosmosdb"), &[]);
    let f = ids(&a);
    assert_eq!(
        f[0],
        ("blocker".into(), "doc-multi-region-writes".into(), 1)
    );
    assert!(f.contains(&("major".into(), "doc-stored-procedures".into(), 5)));
    assert!(f.contains(&("major".into(), "doc-default-ttl".into(), 4)));
    assert_eq!(a["compatibility"]["tier"], "blocked");
    assert_eq!(a["migration_path"]["kind"], "cross_engine");

    // 9,400 RU/s manual and 50,000 RU/s autoscale maximum, three regions, 730 h.
    let provisioned = d("9400") / d("100") * d("730") * d("3") * d("0.008");
    let autoscale = d("50000") / d("100") * d("730") * d("3") * d("0.012");
    let storage = (d("375.591") * d("3") * d("0.25")).round_dp(2);
    assert_eq!(provisioned, d("1646.88"));
    assert_eq!(autoscale, d("13140.00"));
    assert_eq!(
        money(&a["cost"]["source_monthly"]),
        provisioned + autoscale + storage
    );
    // Peak 31,500 RU/s ÷ 1,000 per CU = 31.5 → 32 CU; HA secondary: 2 computes.
    assert_eq!(a["target"]["cu"], "32");
    let target = (d("32") * d("730") * d("2") * d("0.111")).round_dp(2)
        + (d("375.591") * d("0.35")).round_dp(2)
        + (d("75.118") * d("0.2")).round_dp(2);
    assert_eq!(money(&a["cost"]["target_monthly"]), target);
    assert_eq!(target, d("5332.40"));
}

//! Lakebase sizing rules (issue "Cost truth"): utilisation changes the bill, connections read
//! linearly, the newest CU sizes, secondaries, scale to zero, confidence and region. Figures are
//! worked out by hand from engines/lakebase.yaml; profiles go through the library with offline
//! (rate-card) prices.

mod common;
use common::*;
use dbassay::assessment::Assessment;
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn profile(json: serde_json::Value) -> Profile {
    Profile::from_json(&json.to_string(), "test").unwrap()
}

fn assess(p: Profile) -> Assessment {
    let kit = Toolkit::bundled().unwrap();
    let book = PriceBook::offline(&kit.catalog, None);
    kit.assess(p, &AssessOptions::default(), &book).unwrap()
}

/// The Lakebase compute line.
fn target_compute(a: &Assessment) -> &dbassay::assessment::CostLine {
    a.cost
        .lines
        .iter()
        .find(|l| l.id == "compute" && l.side == dbassay::assessment::Side::Target)
        .unwrap()
}

/// An RDS PostgreSQL db.r6g.xlarge (4 vCPU, 32 GiB), single-AZ, no replicas, 100 GB of data.
fn rds(workload: serde_json::Value) -> Profile {
    profile(serde_json::json!({
        "profile_version": 1,
        "engine": "rds-postgresql",
        "version": "16.3",
        "region": "us-east-1",
        "sizing": {"instance_class": "db.r6g.xlarge", "vcpu": 4, "memory_gib": "32", "storage_gb": "200"},
        "databases": [{"name": "app", "size_bytes": 100000000000u64}],
        "workload": workload,
    }))
}

#[test]
fn lower_cpu_use_gives_a_lower_lakebase_bill() {
    let low = assess(rds(serde_json::json!({"cpu_utilization_pct": "10"})));
    let high = assess(rds(serde_json::json!({"cpu_utilization_pct": "90"})));
    let (low_cost, high_cost) = (
        low.cost.target_monthly.unwrap(),
        high.cost.target_monthly.unwrap(),
    );
    assert!(low_cost < high_cost, "{low_cost} vs {high_cost}");
    // 4 vCPU × 10 % × 1.3 ÷ 0.5 vCPU per CU = 1.04 CU; × 90 % = 9.36 CU; always on, one compute.
    assert_eq!(low.target.average_cu, d("1.04"));
    assert_eq!(high.target.average_cu, d("9.36"));
    let storage = (d("100") * d("0.35")).round_dp(2) + (d("20") * d("0.2")).round_dp(2);
    assert_eq!(
        low_cost,
        (d("1.04") * d("730") * d("0.111")).round_dp(2) + storage
    );
    assert_eq!(
        high_cost,
        (d("9.36") * d("730") * d("0.111")).round_dp(2) + storage
    );
    // The as-is sizing does not move with utilisation: 32 GiB ÷ 2 = 16 CU in both.
    let as_is = |a: &Assessment| a.target.sizings[0].monthly.unwrap().expected;
    assert_eq!(as_is(&low), as_is(&high));
    assert_eq!(low.target.sizings[0].max_cu, d("16"));
}

#[test]
fn peak_connections_are_read_linearly_between_the_published_rows() {
    // 8 GiB → 4 CU for memory; 1,700 connections lie between 8 CU (1,678) and 16 CU (3,357):
    // 8 + 22 × 8 ÷ 1,679 = 8.1 CU → 9 CU, which allows 1,678 + 1,679 ÷ 8 = 1,887.
    let p = profile(serde_json::json!({
        "profile_version": 1,
        "engine": "rds-postgresql",
        "version": "16.3",
        "sizing": {"instance_class": "db.m6g.large", "vcpu": 2, "memory_gib": "8"},
        "workload": {"peak_connections": 1700},
    }));
    let a = assess(p);
    assert_eq!(a.target.basis, dbassay::assessment::SizingBasis::AsIs);
    assert!(a.target.cu <= d("10"), "{}", a.target.cu);
    assert_eq!(a.target.cu, d("9"));
    assert_eq!(a.target.max_connections, 1887);
}

#[test]
fn a_100_gib_source_without_utilisation_is_50_cu_as_is() {
    let p = profile(serde_json::json!({
        "profile_version": 1,
        "engine": "postgresql",
        "version": "16.3",
        "sizing": {"vcpu": 16, "memory_gib": "100"},
    }));
    let a = assess(p);
    assert_eq!(a.target.basis, dbassay::assessment::SizingBasis::AsIs);
    assert_eq!(a.target.cu, d("50"));
    assert_eq!(a.target.sizings.len(), 1);
    // A range spans at most 16 CU: 34–50.
    assert_eq!(a.target.min_cu, d("34"));
    assert_eq!(a.target.confidence.stars, 1);
}

#[test]
fn sizes_above_the_autoscaling_limit_are_fixed() {
    // 200 GiB → 100 CU, a fixed-size compute (autoscaling stops at 64 CU): no range.
    let p = profile(serde_json::json!({
        "profile_version": 1,
        "engine": "postgresql",
        "version": "16.3",
        "sizing": {"memory_gib": "200"},
    }));
    let a = assess(p);
    assert_eq!((a.target.min_cu, a.target.cu), (d("100"), d("100")));
}

#[test]
fn a_fully_measured_profile_gets_five_stars_and_an_hourly_bill() {
    // Busy 08–19 at 40 %, 60 % at noon, idle otherwise; memory in use 6 GiB; 30 days measured.
    let mut hours = vec!["0"; 24];
    for h in hours.iter_mut().take(20).skip(8) {
        *h = "40";
    }
    hours[12] = "60";
    let p = rds(serde_json::json!({
        "cpu_utilization_pct": "25",
        "cpu_p95_pct": "60",
        "memory_used_gib": "6",
        "hourly_cpu_pct": hours,
        "measurement": {"window_days": "30", "source": "cloudwatch", "includes_peak": true},
    }));
    let a = assess(p);
    assert_eq!(a.target.confidence.stars, 5, "{:?}", a.target.confidence);
    // Top: p95 4 × 0.6 × 1.3 ÷ 0.5 = 6.24 CU; memory 6 × 1.3 ÷ 2 = 3.9 CU → 7 CU; bottom 0.5.
    assert_eq!((a.target.min_cu, a.target.cu), (d("0.5"), d("7")));
    // Busy hours: 40 % → 4.16 CU (11 h), 60 % → 6.24 CU (1 h); idle hours scale to zero (no HA,
    // with the recommended 5-minute timeout, which the assessment states).
    let a_day = d("4.16") * d("11") + d("6.24");
    let cu_hours = (a_day * d("730") / d("24")).round_dp(2);
    let compute = target_compute(&a);
    assert_eq!(compute.quantity, Some(cu_hours.normalize()));
    assert_eq!(a.target.hours_per_month, d("365"));
    assert_eq!(a.target.scale_to_zero_timeout_minutes, Some(d("5")));
    assert!(a
        .target
        .sizing
        .iter()
        .any(|s| s.contains("shortened to 5 minutes") && s.contains("24 h")));
}

#[test]
fn ha_keeps_the_primary_running_while_read_replicas_scale_to_zero() {
    let p = profile(serde_json::json!({
        "profile_version": 1,
        "engine": "rds-postgresql",
        "version": "16.3",
        "sizing": {"instance_class": "db.r6g.xlarge", "vcpu": 4, "memory_gib": "32",
                   "high_availability": true, "read_replicas": 2},
        "workload": {"cpu_utilization_pct": "50", "active_hours_per_day": "12"},
    }));
    let a = assess(p);
    // Primary + 1 HA secondary (the standby), 2 read replicas.
    assert_eq!((a.target.ha_secondaries, a.target.read_replicas), (1, 2));
    assert_eq!(a.target.computes, 4);
    // 4 × 0.5 × 1.3 ÷ 0.5 = 5.2 CU. The primary and its secondary run 730 h (12 idle hours at
    // the range's bottom, 0.5 CU); the replicas run 12 h a day only.
    let primary = ((d("5.2") * d("12") + d("0.5") * d("12")) * d("730") / d("24")).round_dp(2);
    let replica = (d("5.2") * d("12") * d("730") / d("24")).round_dp(2);
    let compute = target_compute(&a);
    assert_eq!(
        compute.quantity,
        Some((primary * d("2") + replica * d("2")).normalize())
    );
    assert_eq!(a.target.hours_per_month, d("730"));
}

#[test]
fn the_source_region_maps_to_the_nearest_lakebase_region() {
    let at = |engine: &str, region: &str| {
        let p = profile(serde_json::json!({
            "profile_version": 1, "engine": engine, "version": "16", "region": region,
            "sizing": {"memory_gib": "8"},
        }));
        assess(p).target.region
    };
    let same = at("rds-postgresql", "us-east-2");
    assert!(same.same_region);
    assert_eq!(same.region.as_deref(), Some("us-east-2"));
    // AWS Paris → Frankfurt (about 480 km), not Ireland.
    let paris = at("rds-postgresql", "eu-west-3");
    assert_eq!(paris.region.as_deref(), Some("eu-central-1"));
    assert!(!paris.same_region);
    assert!(paris.notes[0].contains("latency") && paris.notes[0].contains("egress"));
    // Google Cloud Iowa → Azure Central US, the nearest Lakebase region of any cloud.
    let iowa = at("cloudsql-postgresql", "us-central1");
    assert_eq!(
        (iowa.region.as_deref(), iowa.cloud.as_deref()),
        (Some("centralus"), Some("azure"))
    );
    assert!(iowa.notes[0].contains("cross-cloud"));
    // Only us-east-1 is priced: everything else uses that card and says so.
    assert_eq!(iowa.price_region, "us-east-1");
    assert!(iowa.notes.iter().any(|n| n.contains("check the price")));
    let unknown = at("rds-postgresql", "mars-north-1");
    assert_eq!(unknown.region, None);
    assert!(unknown.notes[0].contains("not in dbassay's region table"));
}

#[test]
fn workload_figures_out_of_range_are_refused_with_the_field() {
    for (field, value, want) in [
        (
            "cpu_p95_pct",
            serde_json::json!("120"),
            "workload.cpu_p95_pct",
        ),
        (
            "active_hours_per_day",
            serde_json::json!("25"),
            "workload.active_hours_per_day",
        ),
        (
            "memory_used_gib",
            serde_json::json!("-1"),
            "workload.memory_used_gib",
        ),
        (
            "hourly_cpu_pct",
            serde_json::json!(["10", "20"]),
            "needs 24",
        ),
    ] {
        let text = serde_json::json!({
            "profile_version": 1, "engine": "postgresql", "version": "16",
            "workload": {field: value},
        })
        .to_string();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.json");
        std::fs::write(&path, text).unwrap();
        let out = dbassay(&[
            "assess",
            "--profile",
            path.to_str().unwrap(),
            "--pricing",
            "offline",
        ]);
        assert_eq!(out.status.code(), Some(2), "{field}");
        assert!(stderr(&out).contains(want), "{field}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn version_1_profiles_without_the_new_fields_still_load() {
    for name in SAMPLES {
        let text = std::fs::read_to_string(sample(name)).unwrap();
        Profile::from_json(&text, name).unwrap();
    }
}

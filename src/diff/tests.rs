//! The diff on hand-built assessments: each cost cause alone and together, findings, gates.

use rust_decimal::Decimal;

use super::gate::{evaluate, failure_message, Gates};
use super::*;
use crate::assessment::*;
use crate::engine::CostCategory;
use crate::report::{DocFormat, Reporter};

/// The Markdown comment through the bundled `diff.md` template.
fn markdown(d: &Diff, gates: &[super::gate::GateResult]) -> String {
    let reporter = Reporter::new(DocFormat::Markdown, None).expect("bundled templates");
    render::markdown(d, gates, &reporter).expect("diff.md renders")
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn line(side: Side, id: &str, q: &str, unit: &str, p: &str, sku: &str) -> CostLine {
    let (q, p) = (d(q), d(p));
    CostLine {
        side,
        id: id.into(),
        category: CostCategory::Compute,
        description: format!("{id} line"),
        quantity: Some(q),
        quantity_basis: "test".into(),
        unit: unit.into(),
        unit_price: Some(p),
        monthly: Some((q * p).round_dp(2)),
        price: PriceRef {
            source: crate::pricing::Origin::RateCard,
            basis: Some(crate::engine::RateBasis::Recalled),
            service: "test".into(),
            sku: sku.into(),
            region: "us-east-1".into(),
            currency: "USD".into(),
            as_of: Some("2026-01-01".into()),
            reference: None,
        },
    }
}

fn finding(id: &str, severity: Severity, objects: &[&str]) -> Finding {
    Finding {
        id: id.into(),
        title: format!("title of {id}"),
        severity,
        category: Category::Schema,
        kind: Default::default(),
        conversion: Default::default(),
        message: "m".into(),
        consequences: vec![],
        remediation: "r".into(),
        docs: "https://example.com".into(),
        objects: objects.iter().map(|s| s.to_string()).collect(),
        object_count: objects.len(),
        effort_hours: HoursRange::new(Decimal::ONE, Decimal::TWO),
        rubric: "postgres".into(),
        defined_in: "rubrics/postgres.yaml:1".into(),
        proof: None,
    }
}

/// Recomputes line amounts and totals the way the cost stage does.
pub(crate) fn retotal(a: &mut Assessment) {
    for l in &mut a.cost.lines {
        l.monthly = match (l.quantity, l.unit_price) {
            (Some(q), Some(p)) => Some((q * p).round_dp(2)),
            _ => None,
        };
    }
    let total = |side: Side| {
        let mine: Vec<_> = a.cost.lines.iter().filter(|l| l.side == side).collect();
        let known: Decimal = mine.iter().filter_map(|l| l.monthly).sum();
        (
            mine.iter().all(|l| l.monthly.is_some()).then_some(known),
            known,
        )
    };
    let (s, sk) = total(Side::Source);
    let (t, tk) = total(Side::Target);
    a.cost.source_monthly = s;
    a.cost.target_monthly = t;
    a.cost.source_known_monthly = sk;
    a.cost.target_known_monthly = tk;
    a.cost.difference_monthly = s.zip(t).map(|(s, t)| t - s);
    a.cost.complete = s.is_some() && t.is_some();
}

/// Recomputes counts from the findings (the score is set by hand where a test needs it).
fn recount(a: &mut Assessment) {
    let mut c = SeverityCounts::default();
    for f in &a.compatibility.findings {
        match f.severity {
            Severity::Blocker => c.blocker += 1,
            Severity::Major => c.major += 1,
            Severity::Minor => c.minor += 1,
            Severity::Info => c.info += 1,
        }
    }
    a.compatibility.counts = c;
}

pub(crate) fn base() -> Assessment {
    let mut a = Assessment {
        assessment_version: ASSESSMENT_VERSION,
        tool_version: "0.1.0".into(),
        source: SourceSummary {
            name: "shop".into(),
            engine: "rds-postgresql".into(),
            engine_name: "Amazon RDS for PostgreSQL".into(),
            family: crate::engine::Family::Postgres,
            version: "16.4".into(),
            region: "us-east-1".into(),
            instance_class: Some("db.r6g.xlarge".into()),
            vcpu: Some(4),
            memory_gib: Some(d("32")),
            storage_gb: Some(d("400")),
            data_size_gb: Some(d("170")),
            high_availability: false,
            read_replicas: 0,
            objects: vec![ObjectCount {
                kind: "tables".into(),
                count: 18,
            }],
            detection: None,
        },
        target: TargetSummary {
            engine: "lakebase".into(),
            name: "Databricks Lakebase".into(),
            postgres_version: 17,
            cu: d("16"),
            memory_gib: d("32"),
            computes: 1,
            max_connections: 3357,
            hours_per_month: d("730"),
            sizing: vec![],
            ..TargetSummary::default()
        },
        compatibility: Compatibility {
            score: 80,
            tier: Tier::MinorChanges,
            effort_hours: HoursRange::new(Decimal::TWO, d("4")),
            effort_split: Default::default(),
            counts: SeverityCounts::default(),
            categories: vec![],
            findings: vec![
                finding("pg-no-pk", Severity::Major, &["a.t1", "a.t2"]),
                finding("pg-collation", Severity::Minor, &["db1"]),
            ],
            rubric: "rds-postgresql".into(),
            checks_run: 40,
        },
        migration_path: MigrationPath {
            kind: "logical_replication".into(),
            title: "Logical replication".into(),
            reasons: vec![],
            prerequisites: vec![],
            docs: String::new(),
            ..Default::default()
        },
        cost: Cost {
            currency: "USD".into(),
            hours_per_month: d("730"),
            source_monthly: None,
            target_monthly: None,
            difference_monthly: None,
            source_known_monthly: Decimal::ZERO,
            target_known_monthly: Decimal::ZERO,
            complete: false,
            target_range: None,
            lines: vec![
                line(
                    Side::Source,
                    "compute",
                    "730",
                    "Hrs",
                    "0.449",
                    "db.r6g.xlarge",
                ),
                line(Side::Source, "storage", "400", "GB-Mo", "0.23", "gp3"),
                line(Side::Target, "compute", "11680", "CU-hour", "0.111", "CU"),
                line(
                    Side::Target,
                    "storage",
                    "170",
                    "GB-month",
                    "0.35",
                    "storage",
                ),
            ],
            prices_as_of: Some("2026-01-01".into()),
            assumptions: vec![],
        },
        notes: vec![],
        rehearsal: None,
    };
    recount(&mut a);
    retotal(&mut a);
    a
}

fn target_line<'a>(a: &'a mut Assessment, id: &str) -> &'a mut CostLine {
    a.cost
        .lines
        .iter_mut()
        .find(|l| l.side == Side::Target && l.id == id)
        .unwrap()
}

fn source_line<'a>(a: &'a mut Assessment, id: &str) -> &'a mut CostLine {
    a.cost
        .lines
        .iter_mut()
        .find(|l| l.side == Side::Source && l.id == id)
        .unwrap()
}

#[test]
fn identical_assessments_are_unchanged() {
    let x = diff(&base(), &base());
    assert!(x.unchanged);
    assert!(x.findings.is_empty());
    assert_eq!(x.findings.unchanged, 2);
    assert!(x.cost.lines.is_empty());
    assert_eq!(x.cost.unchanged_lines, 4);
    assert_eq!(x.cost.target.delta, Some(Decimal::ZERO));
    assert!(x.facts.is_empty());
    assert!(render::headline(&x)[0].starts_with("No change"));
}

#[test]
fn a_price_change_alone_is_all_unit_price() {
    let b = base();
    let mut h = base();
    target_line(&mut h, "compute").unit_price = Some(d("0.125"));
    h.cost.prices_as_of = Some("2026-06-01".into());
    retotal(&mut h);
    let x = diff(&b, &h);
    assert!(!x.unchanged);
    let t = &x.cost.target;
    // 11680 × (0.125 − 0.111) = 163.52
    assert_eq!(t.delta, Some(d("163.52")));
    assert_eq!(t.unit_price, d("163.52"));
    assert_eq!(t.usage, Decimal::ZERO);
    assert!(t.complete);
    assert_eq!(x.cost.source.delta, Some(Decimal::ZERO));
    assert_eq!(x.cost.lines.len(), 1);
    let l = &x.cost.lines[0];
    assert_eq!(
        (l.side, l.id.as_str(), l.status),
        (Side::Target, "compute", LineStatus::Changed)
    );
    assert_eq!(l.cause, "unit price 0.111 → 0.125");
    assert_eq!(
        x.facts,
        vec![FactChange {
            what: "prices as of".into(),
            base: "2026-01-01".into(),
            head: "2026-06-01".into()
        }]
    );
}

#[test]
fn growth_alone_is_all_usage_even_where_rounding_differs() {
    let b = base();
    let mut h = base();
    // 170 → 170.333 GB at 0.35: round(59.61655) − 59.50 = 0.12, while round(0.333 × 0.35) = 0.12
    // too; the split must never leave a cent on "unit price" when the price did not move.
    target_line(&mut h, "storage").quantity = Some(d("170.333"));
    source_line(&mut h, "storage").quantity = Some(d("500"));
    h.source.storage_gb = Some(d("500"));
    retotal(&mut h);
    let x = diff(&b, &h);
    assert_eq!(x.cost.target.unit_price, Decimal::ZERO);
    assert_eq!(x.cost.target.usage, x.cost.target.delta.unwrap());
    assert_eq!(x.cost.source.usage, d("23.00"));
    assert_eq!(x.cost.source.unit_price, Decimal::ZERO);
    assert_eq!(x.cost.source.percent, Some(d("5.5")));
    assert_eq!(x.facts[0].what, "source storage (GB)");
}

#[test]
fn growth_and_a_price_change_split_and_add_up() {
    let b = base();
    let mut h = base();
    let l = target_line(&mut h, "compute");
    l.quantity = Some(d("23360"));
    l.unit_price = Some(d("0.125"));
    retotal(&mut h);
    let x = diff(&b, &h);
    let l = &x.cost.lines[0];
    // usage at the old price: 11680 × 0.111 = 1296.48; the rest is price.
    assert_eq!(l.usage, Some(d("1296.48")));
    assert_eq!(l.delta, Some(d("2920.00") - d("1296.48")));
    assert_eq!(l.usage.unwrap() + l.unit_price.unwrap(), l.delta.unwrap());
    assert_eq!(l.unit_price, Some(d("327.04")));
    let t = &x.cost.target;
    assert_eq!(t.usage + t.unit_price, t.delta.unwrap());
}

#[test]
fn another_instance_class_is_usage_not_price() {
    let b = base();
    let mut h = base();
    let l = source_line(&mut h, "compute");
    l.unit_price = Some(d("0.898"));
    l.price.sku = "db.r6g.2xlarge".into();
    h.source.instance_class = Some("db.r6g.2xlarge".into());
    retotal(&mut h);
    let x = diff(&b, &h);
    let l = &x.cost.lines[0];
    assert_eq!(l.usage, l.delta);
    assert_eq!(l.unit_price, Some(Decimal::ZERO));
    assert!(
        l.cause.contains("SKU db.r6g.xlarge → db.r6g.2xlarge"),
        "{}",
        l.cause
    );
    assert!(x.facts.iter().any(|f| f.what == "source instance class"));
}

#[test]
fn added_and_removed_lines_are_usage() {
    let b = base();
    let mut h = base();
    h.cost.lines.insert(
        2,
        line(
            Side::Source,
            "standby",
            "730",
            "Hrs",
            "0.449",
            "db.r6g.xlarge",
        ),
    );
    h.cost
        .lines
        .retain(|l| !(l.side == Side::Target && l.id == "storage"));
    retotal(&mut h);
    let x = diff(&b, &h);
    let ids: Vec<_> = x
        .cost
        .lines
        .iter()
        .map(|l| (l.side, l.id.as_str(), l.status))
        .collect();
    assert_eq!(
        ids,
        vec![
            (Side::Source, "standby", LineStatus::Added),
            (Side::Target, "storage", LineStatus::Removed)
        ]
    );
    assert_eq!(x.cost.source.usage, d("327.77"));
    assert_eq!(x.cost.target.usage, d("-59.50"));
    assert_eq!(x.cost.target.delta, Some(d("-59.50")));
}

#[test]
fn an_unknown_price_makes_the_side_incomplete() {
    let b = base();
    let mut h = base();
    target_line(&mut h, "storage").unit_price = None;
    retotal(&mut h);
    let x = diff(&b, &h);
    assert_eq!(x.cost.target.delta, None);
    assert!(!x.cost.target.complete);
    assert_eq!(x.cost.lines[0].status, LineStatus::Unknown);
    assert_eq!(x.cost.lines[0].delta, None);
    // The gate cannot show the rise is within the limit: it fails closed and says why.
    let g = evaluate(
        &x,
        &Gates {
            fail_above: Some(d("50")),
            ..Gates::default()
        },
    );
    assert!(
        g[0].crossed && g[0].detail.contains("unknown in head"),
        "{g:?}"
    );
}

#[test]
fn findings_added_removed_and_objects_changed() {
    let b = base();
    let mut h = base();
    h.compatibility.findings = vec![
        finding("pg-no-pk", Severity::Major, &["a.t2", "a.t3", "a.t4"]),
        finding("pg-ext", Severity::Blocker, &["timescaledb"]),
    ];
    recount(&mut h);
    h.compatibility.score = 40;
    h.compatibility.tier = Tier::Blocked;
    let x = diff(&b, &h);
    let f = &x.findings;
    assert_eq!(f.added.len(), 1);
    assert_eq!(f.added[0].id, "pg-ext");
    assert_eq!(f.removed.len(), 1);
    assert_eq!(f.removed[0].id, "pg-collation");
    assert_eq!(f.changed.len(), 1);
    let c = &f.changed[0];
    assert_eq!(c.objects_added, vec!["a.t3", "a.t4"]);
    assert_eq!(c.objects_removed, vec!["a.t1"]);
    assert_eq!((c.object_count.base, c.object_count.head), (2, 3));
    assert_eq!(x.compatibility.score_delta, -40);
    assert_eq!(x.compatibility.tier.head, Tier::Blocked);
    assert_eq!(f.unchanged, 0);
}

#[test]
fn finding_order_in_the_inputs_does_not_change_the_diff() {
    let b = base();
    let mut h = base();
    h.compatibility
        .findings
        .push(finding("z-new", Severity::Minor, &["x"]));
    h.compatibility
        .findings
        .push(finding("a-new", Severity::Minor, &["y"]));
    let mut h2 = h.clone();
    h2.compatibility.findings.reverse();
    let j1 = render::json(&diff(&b, &h), &[]);
    let j2 = render::json(&diff(&b, &h2), &[]);
    assert_eq!(j1, j2);
    assert_eq!(
        diff(&b, &h)
            .findings
            .added
            .iter()
            .map(|f| f.id.as_str())
            .collect::<Vec<_>>(),
        vec!["a-new", "z-new"]
    );
}

#[test]
fn gate_fail_above_compares_the_unrounded_rise() {
    let b = base();
    let mut h = base();
    // Lakebase base is 1296.48 + 59.50 = 1355.98; +136 is 10.03 %.
    target_line(&mut h, "storage").quantity = Some(d("170") + d("136") / d("0.35"));
    retotal(&mut h);
    let x = diff(&b, &h);
    assert_eq!(x.cost.target.delta, Some(d("136.00")));
    let at = |pct: &str| {
        evaluate(
            &x,
            &Gates {
                fail_above: Some(d(pct)),
                ..Gates::default()
            },
        )
    };
    assert!(at("10")[0].crossed);
    assert!(!at("10.1")[0].crossed);
    assert_eq!(at("10")[0].gate, "--fail-above 10");
    assert!(
        at("10")[0].detail.contains("+10 %"),
        "{}",
        at("10")[0].detail
    );
    // A fall never crosses a positive limit.
    let y = diff(&h, &b);
    assert!(
        !evaluate(
            &y,
            &Gates {
                fail_above: Some(d("0")),
                ..Gates::default()
            }
        )[0]
        .crossed
    );
}

#[test]
fn gate_fail_on_new_sees_new_findings_objects_and_escalations() {
    let b = base();
    let gates = |s| Gates {
        fail_on_new: Some(s),
        ..Gates::default()
    };
    // A new major finding crosses `major` but not `blocker`.
    let mut h = base();
    h.compatibility
        .findings
        .push(finding("pg-new", Severity::Major, &["x"]));
    let x = diff(&b, &h);
    assert!(evaluate(&x, &gates(Severity::Major))[0].crossed);
    assert!(!evaluate(&x, &gates(Severity::Blocker))[0].crossed);
    // New objects under an existing major finding.
    let mut h = base();
    h.compatibility.findings[0].objects.push("a.t9".into());
    h.compatibility.findings[0].object_count = 3;
    let r = &evaluate(&diff(&b, &h), &gates(Severity::Major))[0];
    assert!(
        r.crossed && r.detail.contains("1 new object(s) under major `pg-no-pk`"),
        "{r:?}"
    );
    // Fewer objects is not new.
    let mut h = base();
    h.compatibility.findings[0].objects.pop();
    h.compatibility.findings[0].object_count = 1;
    assert!(!evaluate(&diff(&b, &h), &gates(Severity::Major))[0].crossed);
    // A minor finding raised to blocker.
    let mut h = base();
    h.compatibility.findings[1].severity = Severity::Blocker;
    let r = &evaluate(&diff(&b, &h), &gates(Severity::Blocker))[0];
    assert!(
        r.crossed && r.detail.contains("raised from minor to blocker"),
        "{r:?}"
    );
    // Unchanged: nothing new.
    let r = &evaluate(&diff(&b, &b), &gates(Severity::Major))[0];
    assert!(!r.crossed);
    assert_eq!(r.detail, "no new blocker or major findings");
}

#[test]
fn gate_fail_below_score_and_the_failure_message() {
    let b = base();
    let mut h = base();
    h.compatibility.score = 69;
    let x = diff(&b, &h);
    let g = Gates {
        fail_below_score: Some(70),
        fail_above: Some(d("5")),
        ..Gates::default()
    };
    let r = evaluate(&x, &g);
    assert!(!r[0].crossed, "cost did not move");
    assert!(r[1].crossed);
    let msg = failure_message(&r).unwrap();
    assert_eq!(
        msg,
        "gate --fail-below-score 70 crossed: compatibility score is 69 (was 80)"
    );
    assert!(
        !evaluate(
            &x,
            &Gates {
                fail_below_score: Some(69),
                ..Gates::default()
            }
        )[0]
        .crossed
    );
    assert_eq!(failure_message(&evaluate(&diff(&b, &b), &g)), None);
}

#[test]
fn different_sources_need_force_and_currencies_must_match() {
    let b = base();
    let mut h = base();
    h.source.name = "other".into();
    let e = check_comparable(&b, &h, false).unwrap_err();
    assert_eq!(e.exit_code(), 2);
    assert!(e.to_string().contains("--force"), "{e}");
    assert!(check_comparable(&b, &h, true).is_ok());
    h.cost.currency = "EUR".into();
    assert!(check_comparable(&b, &h, true).is_err());
}

#[test]
fn markdown_puts_the_summary_first_and_folds_details() {
    let b = base();
    let mut h = base();
    target_line(&mut h, "compute").unit_price = Some(d("0.125"));
    h.compatibility
        .findings
        .push(finding("pg-pipe", Severity::Minor, &["a|b <script>"]));
    retotal(&mut h);
    let x = diff(&b, &h);
    let g = evaluate(
        &x,
        &Gates {
            fail_above: Some(d("5")),
            ..Gates::default()
        },
    );
    let md = markdown(&x, &g);
    let details = md.find("<details>").unwrap();
    let summary = md
        .find("Lakebase / month: +163.52 USD (+12.1 %): usage 0.00, unit price +163.52")
        .unwrap();
    let gate = md.find("❌ `--fail-above 5` **crossed**").unwrap();
    assert!(summary < gate && gate < details, "{md}");
    assert!(md.starts_with(render::COMMENT_MARKER));
    let g = evaluate(
        &x,
        &Gates {
            fail_on_new: Some(Severity::Minor),
            ..Gates::default()
        },
    );
    let md_gate = markdown(&x, &g);
    assert!(
        md_gate.contains("**crossed**: new minor `pg-pipe`"),
        "check ids stay code spans:\n{md_gate}"
    );
    assert!(
        md.contains("a\\|b &lt;script&gt;"),
        "cells are escaped:\n{md}"
    );
    assert!(!md.contains("<script>"));
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
}

#[test]
fn markdown_of_a_large_diff_stays_comment_sized() {
    let b = base();
    let mut h = base();
    for i in 0..2_000 {
        let objects: Vec<String> = (0..40).map(|o| format!("schema.table_{i}_{o}")).collect();
        let objects: Vec<&str> = objects.iter().map(String::as_str).collect();
        h.compatibility
            .findings
            .push(finding(&format!("check-{i:04}"), Severity::Major, &objects));
    }
    let x = diff(&b, &h);
    assert_eq!(x.findings.added.len(), 2_000);
    let md = markdown(&x, &[]);
    assert!(md.contains("… and 1950 more findings"), "{md}");
    assert_eq!(md.matches("| added | major |").count(), 50);
    assert!(md.contains("(+35 more)"));
    // GitHub refuses comments over 65,536 characters.
    assert!(md.chars().count() < 65_536, "{}", md.len());
    // The JSON keeps everything.
    assert_eq!(render::json(&x, &[]).matches("\"check-").count(), 2_000);
}

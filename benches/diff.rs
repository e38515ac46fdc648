//! `diff` of two assessments with 10,000 findings each (five objects per finding): 5 % of the
//! findings removed, 5 % added, 10 % with objects changed, and every cost line moved. Measures
//! the comparison alone; with the gates and the Markdown and JSON renderers; and what the
//! command does end to end in memory: parse both JSON files, compare, gate and render Markdown.

use criterion::{criterion_group, criterion_main, Criterion};
use rust_decimal::Decimal;
use std::hint::black_box;

use dbassay::assessment::{Assessment, Finding};
use dbassay::data;
use dbassay::diff::{self, gate, render};
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;
use dbassay::report::{DocFormat, Reporter};
use dbassay::rubric::Severity;

/// The bundled RDS for PostgreSQL sample, assessed, with its findings replaced by `n` synthetic
/// ones (ids `check-0` … built from the sample's own findings).
fn assessment(n: usize) -> Assessment {
    let kit = Toolkit::bundled().expect("bundled data");
    let book = PriceBook::offline(&kit.catalog, None);
    let file = data::sample_profiles()
        .into_iter()
        .find(|f| f.name.ends_with("rds-postgresql.json"))
        .expect("bundled sample");
    let profile = Profile::from_json(&file.text, &file.name).unwrap();
    let mut a = kit
        .assess(profile, &AssessOptions::default(), &book)
        .unwrap();
    let template = a.compatibility.findings[0].clone();
    let severities = [
        Severity::Blocker,
        Severity::Major,
        Severity::Minor,
        Severity::Info,
    ];
    a.compatibility.findings = (0..n)
        .map(|i| Finding {
            id: format!("check-{i}"),
            title: format!("Synthetic check {i}"),
            severity: severities[i % 4],
            objects: (0..5)
                .map(|o| format!("schema_{}.table_{i}_{o}", i % 20))
                .collect(),
            object_count: 5,
            ..template.clone()
        })
        .collect();
    a
}

fn head_of(base: &Assessment) -> Assessment {
    let mut h = base.clone();
    let n = h.compatibility.findings.len();
    h.compatibility.findings.retain(|f| {
        let i: usize = f.id[6..].parse().unwrap();
        !i.is_multiple_of(20)
    });
    for (k, f) in h.compatibility.findings.iter_mut().enumerate() {
        if k.is_multiple_of(10) {
            f.objects[0] = format!("{}_renamed", f.objects[0]);
            f.objects.push("extra.object".into());
            f.object_count += 1;
        }
    }
    let template = h.compatibility.findings[0].clone();
    for i in 0..n / 20 {
        h.compatibility.findings.push(Finding {
            id: format!("new-check-{i}"),
            ..template.clone()
        });
    }
    for l in &mut h.cost.lines {
        l.quantity = l.quantity.map(|q| q * Decimal::new(11, 1));
        l.unit_price = l.unit_price.map(|p| p * Decimal::new(105, 2));
        l.monthly = l
            .quantity
            .zip(l.unit_price)
            .map(|(q, p)| (q * p).round_dp(2));
    }
    h.compatibility.score = h.compatibility.score.saturating_sub(5);
    h
}

fn bench(c: &mut Criterion) {
    let base = assessment(10_000);
    let head = head_of(&base);
    let gates = gate::Gates {
        fail_above: Some(Decimal::TEN),
        fail_on_new: Some(Severity::Major),
        fail_below_score: Some(50),
    };
    let d = diff::diff(&base, &head);
    assert_eq!(d.findings.added.len(), 500);
    assert_eq!(d.findings.removed.len(), 500);
    assert_eq!(d.findings.changed.len(), 950);

    let reporter = Reporter::new(DocFormat::Markdown, None).unwrap();
    let mut group = c.benchmark_group("diff");
    group.sample_size(20);
    group.bench_function("10k_findings_each", |b| {
        b.iter(|| black_box(diff::diff(black_box(&base), black_box(&head))))
    });
    group.bench_function("10k_findings_each_gates_md_json", |b| {
        b.iter(|| {
            let d = diff::diff(black_box(&base), black_box(&head));
            let r = gate::evaluate(&d, &gates);
            let md = render::markdown(&d, &r, &reporter).unwrap();
            let json = render::json(&d, &r);
            black_box((md.len(), json.len()))
        })
    });
    // What `dbassay diff` does: parse both JSON files, compare, gate, render.
    let (base_json, head_json) = (dbassay::report::json(&base), dbassay::report::json(&head));
    group.bench_function("10k_findings_each_parse_diff_md", |b| {
        b.iter(|| {
            let base: Assessment = serde_json::from_str(black_box(&base_json)).unwrap();
            let head: Assessment = serde_json::from_str(black_box(&head_json)).unwrap();
            let d = diff::diff(&base, &head);
            let r = gate::evaluate(&d, &gates);
            black_box(render::markdown(&d, &r, &reporter).unwrap().len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

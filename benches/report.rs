//! Rendering the Markdown and HTML reports of a 10,000-table, 100,000-column assessment (the
//! synthetic profile of the `assess` bench): the templates are compiled once, as `assess` does
//! for one report, and the figure is the rendering itself — building the report view,
//! serializing it for handlebars, and running the templates with their helpers.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;
use dbassay::report::{Cover, DocFormat, Reporter};

mod common;
use common::synthetic_profile;

fn bench(c: &mut Criterion) {
    let kit = Toolkit::bundled().expect("bundled data");
    let book = PriceBook::offline(&kit.catalog, None);
    let profile = Profile::from_json(&synthetic_profile(10_000), "synthetic").unwrap();
    let a = kit
        .assess(profile, &AssessOptions::default(), &book)
        .unwrap();
    let objects: usize = a
        .compatibility
        .findings
        .iter()
        .map(|f| f.objects.len())
        .sum();
    let cover = Cover::new(
        &a,
        None,
        Some("Example Corp".into()),
        None,
        "2026-11-25".into(),
    );
    let html = Reporter::new(DocFormat::Html, None).unwrap();
    let md = Reporter::new(DocFormat::Markdown, None).unwrap();
    eprintln!(
        "10k-table assessment: {} findings listing {objects} objects; HTML {} bytes, Markdown {} bytes",
        a.compatibility.findings.len(),
        html.render(&a, &cover).unwrap().len(),
        md.render(&a, &cover).unwrap().len(),
    );

    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("10k_tables_html", |b| {
        b.iter(|| black_box(html.render(black_box(&a), &cover).unwrap().len()))
    });
    group.bench_function("10k_tables_markdown", |b| {
        b.iter(|| black_box(md.render(black_box(&a), &cover).unwrap().len()))
    });
    group.bench_function("compile_html_templates", |b| {
        b.iter(|| black_box(Reporter::new(DocFormat::Html, None).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

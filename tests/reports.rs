//! Markdown and HTML reports: snapshots of the Markdown of bundled samples, identifiers that try
//! to be markup, strict templates and their errors, and the command line.

mod common;
use common::*;

use dbassay::assessment::Assessment;
use dbassay::pipeline::{AssessOptions, Toolkit};
use dbassay::pricing::PriceBook;
use dbassay::profile::Profile;
use dbassay::report::{Cover, DocFormat, Reporter};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn assess(text: &str, name: &str) -> Assessment {
    let kit = Toolkit::bundled().expect("bundled data");
    let book = PriceBook::offline(&kit.catalog, None);
    let profile = Profile::from_json(text, name).expect("profile");
    kit.assess(profile, &AssessOptions::default(), &book)
        .expect("assessment")
}

fn sample_assessment(name: &str) -> Assessment {
    let path = sample(name);
    assess(&std::fs::read_to_string(&path).unwrap(), name)
}

fn cover(a: &Assessment) -> Cover {
    Cover::new(
        a,
        None,
        Some("Example Corp".into()),
        Some("Databricks pre-sales".into()),
        "2026-11-25".into(),
    )
}

fn render(format: DocFormat, a: &Assessment, cover: &Cover) -> String {
    Reporter::new(format, None)
        .expect("bundled templates")
        .render(a, cover)
        .expect("report")
}

#[test]
fn markdown_snapshots_of_bundled_samples() {
    let defined_at = regex_lite::Regex::new(r"defined in (\S+\.yaml):\d+").unwrap();
    for name in [
        "aurora-postgresql",
        "rds-mysql",
        "cosmosdb",
        "dynamodb",
        "azure-postgresql",
        "cloudsql-mysql",
    ] {
        let a = sample_assessment(name);
        let md = render(DocFormat::Markdown, &a, &cover(&a));
        // Line numbers of check definitions move with every rubric edit; the file stays.
        let md = defined_at.replace_all(&md, "defined in $1:<line>");
        insta::assert_snapshot!(format!("markdown_{name}"), md);
    }
}

#[test]
fn every_sample_renders_in_both_formats_with_the_summary_first() {
    for file in dbassay::data::sample_profiles() {
        let a = assess(&file.text, &file.name);
        let c = cover(&a);
        let md = render(DocFormat::Markdown, &a, &c);
        let html = render(DocFormat::Html, &a, &c);
        let summary = md.find("## Executive summary").expect("summary");
        assert!(summary < md.find("## Cost").unwrap(), "{}", file.name);
        assert!(summary < md.find("## Findings").unwrap(), "{}", file.name);
        for needle in [
            "## Methodology",
            "## What was not assessed",
            "### What matters most",
        ] {
            assert!(md.contains(needle), "{}: {needle}", file.name);
        }
        assert!(html.starts_with("<!DOCTYPE html>"), "{}", file.name);
        assert!(html.contains("id=\"summary\""), "{}", file.name);
        assert_eq!(
            md.matches("### What matters most").count(),
            1,
            "{}",
            file.name
        );
        // Three points, or every non-info finding plus path and cost when fewer.
        let points = html
            .split("<ol class=\"key-points\">")
            .nth(1)
            .unwrap()
            .split("</ol>")
            .next()
            .unwrap()
            .matches("<li>")
            .count();
        assert_eq!(points, 3, "{}", file.name);
    }
}

/// Unescaped `|` in a line: those that delimit table cells.
fn cell_delimiters(line: &str) -> usize {
    let mut n = 0;
    let mut backslashes = 0;
    for c in line.chars() {
        if c == '|' && backslashes % 2 == 0 {
            n += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    n
}

/// The Markdown of a report as a CommonMark reader sees it: no HTML anywhere, every table row
/// with as many cells as its header, and the text of each block.
fn parse_markdown(md: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut text = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML in the Markdown: {h}"),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("a link to {dest_url}"),
            Event::Start(Tag::Heading { .. }) => text.push_str("<h>"),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell)
            | Event::End(TagEnd::Item) => blocks.push(std::mem::take(&mut text)),
            _ => {}
        }
    }
    // Tables stay tables: every row of a table has its header's number of cells.
    let mut header: Option<usize> = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = cell_delimiters(line);
            match header {
                None => header = Some(n),
                Some(h) => assert_eq!(n, h, "a table row lost its shape: {line}"),
            }
        } else {
            header = None;
        }
    }
    blocks
}

#[test]
fn hostile_identifiers_render_as_text_in_markdown() {
    let a = assess(&hostile_profile(), "hostile.json");
    let c = Cover::new(
        &a,
        Some("Report | for `x` <script>".into()),
        Some("ACME <b>Corp</b> *".into()),
        None,
        "2026-11-25".into(),
    );
    let md = render(DocFormat::Markdown, &a, &c);
    let blocks = parse_markdown(&md);
    let all = blocks.join("\n");
    for name in HOSTILE_NAMES {
        let shown = format!("public.{}", name.replace('\n', "↵"));
        assert!(all.contains(&shown), "{shown:?} is not shown as text");
    }
    let long = format!("public.{}", long_name());
    assert!(all.contains(&long), "the 300-character name is cut");
    assert!(blocks.iter().any(|b| b == "<h>Report | for `x` <script>"));
    assert!(all.contains("ACME <b>Corp</b> *"));
    assert!(all.contains("Not assessed: roles <i> — permission denied for <script>x</script>"));
    // Titles and names never start a heading of their own.
    assert!(!blocks
        .iter()
        .any(|b| b.starts_with("<h>not a heading") || b == "<h>"));
    // The finding lists ten and folds the rest into the appendix, where every name is.
    let finding = md
        .split("#### Tables without a primary key")
        .nth(1)
        .expect("the finding");
    let affected = finding
        .lines()
        .find(|l| l.starts_with("**Affected:**"))
        .unwrap();
    assert!(
        affected.contains("more, all listed in the appendix"),
        "{affected}"
    );
    let appendix = md.split("## Appendix").nth(1).expect("appendix");
    for name in ["plain_00", "plain_11"] {
        assert!(appendix.contains(name), "{name} not in the appendix");
    }
}

#[test]
fn hostile_identifiers_are_escaped_in_html() {
    let a = assess(&hostile_profile(), "hostile.json");
    let c = Cover::new(
        &a,
        Some("\"><script>alert(1)</script>".into()),
        Some("ACME' onmouseover='x".into()),
        Some("<img src=x>".into()),
        "2026-11-25".into(),
    );
    let html = render(DocFormat::Html, &a, &c);
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "a script element");
    assert!(!lower.contains("<img"), "an image element");
    assert!(html.contains(
        "&lt;script&gt;document.body.dataset.xss&#x3D;&#x27;script&#x27;&lt;/script&gt;"
    ));
    assert!(html.contains("very_long_xxxx"));
    // No tag carries an event handler, and links go to the web or within the page.
    let tags = regex_lite::Regex::new(r"<[a-zA-Z][^>]*>").unwrap();
    let handler = regex_lite::Regex::new(r#"(?i)\son[a-z]+\s*="#).unwrap();
    let href = regex_lite::Regex::new(r#"href="([^"]*)""#).unwrap();
    for tag in tags.find_iter(&html) {
        assert!(
            !handler.is_match(tag.as_str()),
            "event handler in {}",
            tag.as_str()
        );
        for h in href.captures_iter(tag.as_str()) {
            let url = &h[1];
            assert!(
                url.starts_with('#') || url.starts_with("https://") || url.starts_with("http://"),
                "link to {url}"
            );
        }
    }
    // Nothing to fetch: no external resource of any kind.
    for needle in [" src=", "<link", "@import", "url("] {
        assert!(!lower.contains(needle), "{needle} in the HTML");
    }
}

#[test]
fn a_javascript_docs_link_in_a_user_rubric_is_text_not_a_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("rds-postgresql.yaml"),
        "rubric: rds-postgresql\ndescription: d\nextends: postgres\nchecks:\n  - id: custom-every-table\n    title: Every table\n    category: schema\n    severity: minor\n    detector: { kind: objects, collection: tables }\n    label: \"{name}\"\n    message: m\n    remediation: r\n    effort: { per_object: [1, 2] }\n    docs: \"javascript:alert(1)\"\n",
    )
    .unwrap();
    let out_file = dir.path().join("r.html");
    let out = dbassay(&[
        "assess",
        "--profile",
        sample("rds-postgresql").to_str().unwrap(),
        "--rubrics",
        dir.path().to_str().unwrap(),
        "--format",
        "html",
        "-o",
        out_file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        html.contains("Every table"),
        "the custom check did not fire"
    );
    assert!(!html.contains("href=\"javascript:"));
    assert!(html.contains("javascript:alert(1)"));
}

fn template_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn assess_with_templates(dir: &std::path::Path, format: &str) -> std::process::Output {
    dbassay(&[
        "assess",
        "--profile",
        sample("alloydb").to_str().unwrap(),
        "--format",
        format,
        "--template-dir",
        dir.to_str().unwrap(),
    ])
}

#[test]
fn a_typo_in_a_field_is_an_error_with_template_line_and_column() {
    let dir = template_dir(&[(
        "report.md.hbs",
        "# {{cover.title}}\n\nScore {{assessment.compatibility.score}}\n  {{cover.titel}}\n",
    )]);
    let out = assess_with_templates(dir.path(), "md");
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("report.md.hbs, line 4, column 3") && err.contains("cover.titel"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());

    // In an #if too: a misspelt condition is not silently false.
    let dir = template_dir(&[("report.md.hbs", "{{#if cover.custmer}}x{{/if}}\n")]);
    let err = stderr(&assess_with_templates(dir.path(), "md"));
    assert!(
        err.contains("line 1, column 1") && err.contains("cover.custmer"),
        "{err}"
    );
}

#[test]
fn a_broken_template_names_the_file_line_and_column() {
    let dir = template_dir(&[(
        "partials/finding.html.hbs",
        "<article>\n<h4>{{title}}</h4>\n{{#each shown}}<li>{{this}}</li>\n</article>\n",
    )]);
    let out = assess_with_templates(dir.path(), "html");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let path = dir.path().join("partials/finding.html.hbs");
    assert!(
        err.contains(&format!("template {}", path.display()))
            && err.contains("line ")
            && err.contains("column "),
        "{err}"
    );

    let dir = template_dir(&[("report.md.hbs", "Cost: {{money_total assessment.cost}}\n")]);
    let err = stderr(&assess_with_templates(dir.path(), "md"));
    assert!(
        err.contains("line 1, column 7") && err.contains("no helper `money_total`"),
        "{err}"
    );

    let dir = template_dir(&[("report.md.hbs", "{{> partials/nothing.md}}\n")]);
    let err = stderr(&assess_with_templates(dir.path(), "md"));
    assert!(err.contains("no partial `partials/nothing.md`"), "{err}");

    let empty = tempfile::tempdir().unwrap();
    let out = assess_with_templates(empty.path(), "md");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no template"), "{}", stderr(&out));
}

#[test]
fn a_template_dir_overrides_one_file_and_keeps_the_rest() {
    let dir = template_dir(&[(
        "partials/style.css.hbs",
        "body { font-family: \"Acme Sans\"; }\n",
    )]);
    let out = assess_with_templates(dir.path(), "html");
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains("Acme Sans"));
    assert!(html.contains("id=\"summary\"") && html.contains("id=\"methodology\""));
    assert!(
        !html.contains("--accent"),
        "the bundled stylesheet is still there"
    );

    // A Markdown-only directory leaves the HTML report alone, and the reverse.
    let dir = template_dir(&[(
        "report.md.hbs",
        "Score: {{assessment.compatibility.score}}\n",
    )]);
    let md = stdout(&assess_with_templates(dir.path(), "md"));
    assert!(md.starts_with("Score: "), "{md}");
    let html = assess_with_templates(dir.path(), "html");
    assert!(html.status.success() && stdout(&html).contains("id=\"summary\""));
}

#[test]
fn helpers_format_like_the_table_output() {
    let dir = template_dir(&[(
        "report.md.hbs",
        "{{money assessment.cost.source_monthly}}|{{money_delta assessment.cost.difference_monthly}}|{{hours assessment.compatibility.effort_hours}}|{{date assessment.cost.prices_as_of}}|{{percent summary.cost_change.percent}}|{{plural 1 \"object\"}}|{{plural 2500 \"object\"}}|{{severity_badge \"major\"}}|{{code \"a`b\"}}|{{truncate \"abcdef\" 4}}\n",
    )]);
    let out = assess_with_templates(dir.path(), "md");
    assert!(out.status.success(), "{}", stderr(&out));
    let a = assess_json(&sample("alloydb"), &[]);
    let cost = &a["cost"];
    let money = |v: &serde_json::Value| {
        let d: rust_decimal::Decimal = v.as_str().unwrap().parse().unwrap();
        dbassay::report::format::money(Some(d), "USD")
    };
    let text = stdout(&out);
    let parts: Vec<&str> = text.trim_end().split('|').collect();
    assert_eq!(parts[0], money(&cost["source_monthly"]));
    assert!(
        parts[1].starts_with('+') || parts[1].starts_with('-'),
        "{}",
        parts[1]
    );
    assert!(
        parts[2].ends_with(" h") && parts[2].contains('–'),
        "{}",
        parts[2]
    );
    // The sample's rate-card rows are recalled or derived without a read date: no date, and
    // the helper says so rather than invent one.
    assert!(cost["prices_as_of"].is_null());
    assert!(parts[3] == "unknown", "{}", parts[3]);
    assert!(parts[4].ends_with(" %"), "{}", parts[4]);
    assert_eq!(
        &parts[5..],
        ["1 object", "2,500 objects", "**Major**", "``a`b``", "abc…"]
    );
    let bad = template_dir(&[("report.md.hbs", "{{severity_badge \"critical\"}}\n")]);
    let err = stderr(&assess_with_templates(bad.path(), "md"));
    assert!(err.contains("`critical` is not a severity"), "{err}");
}

#[test]
fn assess_writes_reports_with_the_cover() {
    let dir = tempfile::tempdir().unwrap();
    for (format, file) in [("md", "r.md"), ("html", "r.html")] {
        let path = dir.path().join(file);
        let out = dbassay(&[
            "assess",
            "--profile",
            sample("cosmosdb").to_str().unwrap(),
            "--format",
            format,
            "-o",
            path.to_str().unwrap(),
            "--title",
            "Fleet telemetry migration",
            "--customer",
            "Contoso",
            "--prepared-by",
            "Jane Doe",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = std::fs::read_to_string(&path).unwrap();
        for needle in ["Fleet telemetry migration", "Contoso", "Jane Doe"] {
            assert!(text.contains(needle), "{format}: {needle}");
        }
    }
    // The date on the cover follows SOURCE_DATE_EPOCH, so a report can be reproduced.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .args([
            "assess",
            "--profile",
            sample("cosmosdb").to_str().unwrap(),
            "--format",
            "md",
        ])
        .env("SOURCE_DATE_EPOCH", "1795564800")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("25 November 2026"));
}

#[test]
fn a_clean_source_and_unknown_prices_render_plainly() {
    let mut a = sample_assessment("rds-postgresql");
    a.compatibility.findings.clear();
    a.compatibility.counts = Default::default();
    a.cost.source_monthly = None;
    a.cost.difference_monthly = None;
    a.cost.complete = false;
    for l in a.cost.lines.iter_mut().filter(|l| l.id == "compute") {
        l.unit_price = None;
        l.monthly = None;
    }
    let c = cover(&a);
    let md = render(DocFormat::Markdown, &a, &c);
    parse_markdown(&md);
    assert!(md.contains("No findings: the "), "{md}");
    assert!(md.contains("**No blocker, major or minor finding.**"));
    assert!(md.contains("| **Total** | | | **unknown** | |"));
    assert!(md.contains("**Incomplete:** some prices or quantities on this side are unknown"));
    assert!(!md.contains("## Appendix"));
    let html = render(DocFormat::Html, &a, &c);
    assert!(html.contains("class=\"empty\">No findings"));
    assert!(html.contains("unknown <span class=\"sub\">("));
    assert!(html.contains("Incomplete: some prices or quantities are unknown."));
}

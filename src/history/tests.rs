//! The store: torn tails at every byte, repair on append, concurrent appends.

use super::*;
use crate::diff::tests::base;

fn run(at: &str, label: &str, score: u32) -> Run {
    let mut a = base();
    a.compatibility.score = score;
    Run::from_assessment(&a, at.into(), Some(label.into()))
}

fn runs(n: usize) -> Vec<Run> {
    (0..n)
        .map(|i| {
            run(
                &format!("2026-05-{:02}T00:00:00Z", i + 1),
                &format!("r{i}"),
                50 + i as u32,
            )
        })
        .collect()
}

#[test]
fn a_record_is_one_line_and_round_trips() {
    let r = run("2026-05-01T00:00:00Z", "abc", 70);
    let line = r.to_line();
    assert_eq!(line.matches('\n').count(), 1);
    assert!(line.ends_with('\n'));
    let h = parse(line.as_bytes());
    assert_eq!(h.runs, vec![r]);
    assert!(h.skipped.is_empty());
}

#[test]
fn a_torn_last_record_is_skipped_at_every_cut_and_complete_runs_survive() {
    let rs = runs(3);
    let complete: String = rs[..2].iter().map(Run::to_line).collect();
    let last = rs[2].to_line();
    for cut in 1..last.len() {
        let mut bytes = complete.clone().into_bytes();
        bytes.extend_from_slice(&last.as_bytes()[..cut]);
        let h = parse(&bytes);
        if cut == last.len() - 1 {
            // Only the newline is missing: the record itself is whole, and kept.
            assert_eq!(h.runs, rs, "cut {cut}");
            assert!(h.skipped.is_empty());
        } else {
            assert_eq!(h.runs, rs[..2], "cut {cut}");
            assert_eq!(h.skipped.len(), 1, "cut {cut}");
            assert_eq!(h.skipped[0].line, 3);
            assert!(h.skipped[0].reason.contains("incomplete last record"));
        }
    }
}

#[test]
fn foreign_lines_are_skipped_with_their_line_number() {
    let rs = runs(2);
    let text = format!(
        "{}<<<<<<< HEAD\n\n{}{{\"history_version\": 99}}\n",
        rs[0].to_line(),
        rs[1].to_line()
    );
    let h = parse(text.as_bytes());
    assert_eq!(h.runs, rs);
    let lines: Vec<usize> = h.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, vec![2, 5]);
    assert!(h.skipped[0].reason.contains("not a run record"));
}

#[test]
fn append_cuts_a_torn_tail_and_keeps_every_complete_run() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("history.jsonl");
    let rs = runs(4);
    append(&store, &rs[0]).unwrap();
    append(&store, &rs[1]).unwrap();
    // A writer died midway through the third record.
    let torn = &rs[2].to_line()[..57];
    let mut f = OpenOptions::new().append(true).open(&store).unwrap();
    f.write_all(torn.as_bytes()).unwrap();
    drop(f);
    let h = read(&store).unwrap();
    assert_eq!(h.runs, rs[..2]);
    assert_eq!(h.skipped.len(), 1);

    let report = append(&store, &rs[3]).unwrap();
    assert_eq!(report.removed_torn_bytes, 57);
    assert_eq!(report.runs, 3);
    let h = read(&store).unwrap();
    assert_eq!(h.runs, vec![rs[0].clone(), rs[1].clone(), rs[3].clone()]);
    assert!(h.skipped.is_empty());
    let text = std::fs::read_to_string(&store).unwrap();
    assert!(text.ends_with('\n') && text.lines().count() == 3);
}

#[test]
fn append_completes_a_whole_record_missing_its_newline() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("h.jsonl");
    let rs = runs(2);
    let first = rs[0].to_line();
    std::fs::write(&store, first.trim_end()).unwrap();
    let report = append(&store, &rs[1]).unwrap();
    assert!(report.completed_last_line);
    assert_eq!(report.removed_torn_bytes, 0);
    assert_eq!(read(&store).unwrap().runs, rs);
}

#[test]
fn a_torn_tail_longer_than_the_read_chunk_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("h.jsonl");
    let rs = runs(2);
    append(&store, &rs[0]).unwrap();
    let mut f = OpenOptions::new().append(true).open(&store).unwrap();
    f.write_all(&vec![b'x'; 20_000]).unwrap();
    drop(f);
    let report = append(&store, &rs[1]).unwrap();
    assert_eq!(report.removed_torn_bytes, 20_000);
    assert_eq!(read(&store).unwrap().runs, rs);
}

#[test]
fn concurrent_appends_all_land_whole() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("h.jsonl");
    let rs = runs(16);
    std::thread::scope(|s| {
        for r in &rs {
            let store = &store;
            s.spawn(move || append(store, r).unwrap());
        }
    });
    let h = read(&store).unwrap();
    assert!(h.skipped.is_empty());
    let mut got = h.runs.clone();
    got.sort_by(|a, b| a.recorded_at.cmp(&b.recorded_at));
    assert_eq!(got, rs);
}

#[test]
fn select_sorts_by_time_filters_by_source_and_keeps_the_last_n() {
    let mut rs = runs(4);
    rs[1].source_name = "other".into();
    let h = History {
        runs: vec![rs[3].clone(), rs[0].clone(), rs[2].clone(), rs[1].clone()],
        skipped: vec![],
    };
    let all = select(&h, None);
    assert_eq!(
        all.iter().map(|r| r.headline.score).collect::<Vec<_>>(),
        vec![50, 51, 52, 53]
    );
    let shop = select(&h, Some("shop"));
    assert_eq!(
        shop.iter().map(|r| r.headline.score).collect::<Vec<_>>(),
        vec![50, 52, 53]
    );
    let keyed = select(&h, Some("rds-postgresql/shop"));
    let tail = last(&keyed, Some(2));
    assert_eq!(
        tail.iter().map(|r| r.headline.score).collect::<Vec<_>>(),
        vec![52, 53]
    );
    assert_eq!(last(&keyed, Some(9)).len(), 3);
    assert_eq!(last(&keyed, Some(0)).len(), 0);
    assert_eq!(by_source(&all).len(), 2);
}

#[test]
fn the_html_page_is_self_contained_with_one_chart_pair_per_source() {
    let mut rs = runs(3);
    rs[1].headline.target_monthly = None;
    rs[2].label = Some("<b>pr</b>".into());
    let reporter = crate::report::Reporter::new(crate::report::DocFormat::Html, None).unwrap();
    let page = html::render("h.jsonl", &rs, &reporter).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script"));
    assert_eq!(page.matches("<svg").count(), 2);
    // Three score points, and two cost points per series with the unknown one left out.
    assert_eq!(page.matches("class=\"point score\"").count(), 3);
    assert_eq!(page.matches("class=\"point target\"").count(), 2);
    assert_eq!(page.matches("class=\"point source\"").count(), 3);
    // The unknown value breaks the Lakebase line: no segment has two points either side of it.
    assert_eq!(page.matches("class=\"line target\" points").count(), 0);
    assert!(page.contains("&lt;b&gt;pr&lt;/b&gt;") && !page.contains("<b>pr"));
}

#[test]
fn the_table_compares_each_run_with_the_previous_one_even_before_the_rows_shown() {
    let mut rs = runs(3);
    rs[1].headline.target_monthly = rs[0]
        .headline
        .target_monthly
        .map(|m| m * Decimal::new(11, 1));
    let t = table(&rs, Some(2));
    let rows: Vec<&str> = t.lines().filter(|l| l.contains("2026-05-")).collect();
    assert_eq!(rows.len(), 2, "{t}");
    assert!(
        rows[0].contains("2026-05-02") && rows[0].contains("+10 %"),
        "{t}"
    );
    assert!(rows[1].contains("-9.1 %"), "{t}");
    assert!(t.ends_with('\n'));
}

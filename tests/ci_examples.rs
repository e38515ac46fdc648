//! The CI examples stay in step with the command line: every `dbassay` command in
//! examples/ci/ (and in the README's CI section) parses with the real argument parser, and the
//! pipelines are valid YAML.

use clap::Parser;
use std::path::PathBuf;

// The binary's own grammar (declarations only), compiled here to parse without running.
#[allow(dead_code)]
#[path = "../src/cli/args.rs"]
mod args;
use args::Cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Splits a shell command (or a synopsis) into words: quotes and `[ ]` removed, `"$VAR"`
/// replaced by a sample value, and an unquoted `$var` (a list of extra flags) dropped.
fn words(cmd: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut in_word = false;
    for c in cmd.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            // A synopsis's optional part, `[--label TEXT]`.
            '[' | ']' if !quoted => {}
            ' ' | '\t' if !quoted => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            _ => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    out.into_iter()
        .filter(|w| w != "$extra")
        .map(|w| match w.as_str() {
            "$FAIL_ABOVE_PCT" => "10".into(),
            "$FAIL_ON_NEW" => "blocker".into(),
            "$FAIL_BELOW_SCORE" => "60".into(),
            _ => w,
        })
        .collect()
}

/// `dbassay …` commands in a file: comment lines skipped, `\` continuations joined, anything
/// after `>`, `|`, `&&`, `;` or a ` #` comment cut off.
fn commands(text: &str, subcommands: &[&str]) -> Vec<String> {
    let mut joined: Vec<String> = Vec::new();
    let mut pending = String::new();
    for line in text.lines() {
        let t = line.trim().trim_start_matches("- ");
        if t.starts_with('#') {
            continue;
        }
        if let Some(head) = t.strip_suffix('\\') {
            pending.push_str(head.trim_end());
            pending.push(' ');
            continue;
        }
        pending.push_str(t);
        joined.push(std::mem::take(&mut pending));
    }
    joined
        .into_iter()
        .filter_map(|l| {
            let start = ["./bin/dbassay ", "dbassay "]
                .iter()
                .filter_map(|p| l.find(p).map(|i| (i, p.len())))
                .min()?;
            let rest = &l[start.0 + start.1..];
            let sub = rest.split_whitespace().next()?;
            // Only invocations, not prose or file names (`dbassay/profile.json`).
            if !subcommands.contains(&sub) {
                return None;
            }
            let end = [">", "|", "&&", ";", "`", " #"]
                .iter()
                .filter_map(|s| rest.find(s))
                .min()
                .unwrap_or(rest.len());
            Some(format!("dbassay {}", rest[..end].trim()))
        })
        .collect()
}

#[test]
fn every_dbassay_command_in_the_ci_examples_parses() {
    let mut checked = 0;
    let all: &[&str] = &["assess", "diff", "history"];
    for (file, subcommands) in [
        ("examples/ci/github-actions.yml", all),
        ("examples/ci/gitlab-ci.yml", all),
        ("examples/ci/README.md", all),
        // The README's other sections belong to other commands and their own tests.
        ("README.md", &["diff", "history"][..]),
    ] {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        for cmd in commands(&text, subcommands) {
            let w = words(&cmd);
            if let Err(e) = Cli::try_parse_from(&w) {
                panic!("{file}: `{cmd}` does not parse: {e}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "found only {checked} commands");
}

#[test]
fn the_pipelines_are_valid_yaml_with_the_expected_jobs() {
    let gh: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(root().join("examples/ci/github-actions.yml")).unwrap(),
    )
    .unwrap();
    let jobs = gh["jobs"].as_mapping().unwrap();
    assert!(jobs.contains_key("pull-request") && jobs.contains_key("scheduled"));
    let on = &gh["on"];
    assert!(on["pull_request"].is_mapping() && on["schedule"].is_sequence());

    let gl: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(root().join("examples/ci/gitlab-ci.yml")).unwrap(),
    )
    .unwrap();
    for job in ["dbassay:merge-request", "dbassay:record", "dbassay:gates"] {
        assert!(gl[job]["script"].is_sequence(), "{job}");
    }
}

#[test]
fn the_command_extractor_reads_continuations_and_placeholders() {
    let cmds = commands(
        "  # dbassay diff in a comment\n  dbassay diff a.json b.json --format md \\\n    --fail-above \"$FAIL_ABOVE_PCT\" > x\n  ls dbassay/profile.json\n",
        &["diff"],
    );
    assert_eq!(
        cmds,
        vec!["dbassay diff a.json b.json --format md --fail-above \"$FAIL_ABOVE_PCT\""]
    );
    assert_eq!(
        words(&cmds[0]),
        vec![
            "dbassay",
            "diff",
            "a.json",
            "b.json",
            "--format",
            "md",
            "--fail-above",
            "10"
        ]
    );
}

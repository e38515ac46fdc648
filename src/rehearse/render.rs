//! The rehearsal as a table, JSON, or a Markdown/HTML document (templates
//! `reports/rehearsal.md.hbs` and `reports/rehearsal.html.hbs`, through the report layer).

use serde::Serialize;

use super::{Rehearsal, Verdict};
use crate::error::Error;
use crate::report::{DocFormat, Reporter};

/// Pretty JSON, newline-terminated.
pub fn json(r: &Rehearsal) -> String {
    let mut s = serde_json::to_string_pretty(r).expect("rehearsal serializes");
    s.push('\n');
    s
}

/// A statement on one line, whitespace collapsed, at most `max` characters.
pub fn one_line(sql: &str, max: usize) -> String {
    let flat = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > max {
        flat.chars().take(max).collect::<String>() + " …"
    } else {
        flat
    }
}

/// Plain text for a terminal.
pub fn table(r: &Rehearsal) -> String {
    let mut s = String::new();
    s.push_str(&format!("Rehearsal of {} on {}\n", r.source, r.scratch.url));
    s.push_str(&format!(
        "{} {} {}; scratch PostgreSQL {}{}; replayed as role {} ({})\n",
        r.dump.tool,
        r.dump.version,
        r.dump.flags.join(" "),
        r.scratch.server_version,
        if r.scratch.lakebase_branch {
            " (a Lakebase branch)"
        } else {
            ""
        },
        r.scratch.role,
        r.scratch.replayed_as.replace('_', " ")
    ));
    s.push_str(&format!("{}\n", r.summary));
    if let Some(c) = &r.conversion {
        s.push('\n');
        for (title, list) in [
            ("converted automatically", &c.converted),
            ("left out (by hand)", &c.left_out),
        ] {
            let items: Vec<String> = list
                .iter()
                .map(|k| format!("{} {}", k.count, k.kind))
                .collect();
            s.push_str(&format!(
                "{title}: {}\n",
                if items.is_empty() {
                    "none".to_string()
                } else {
                    items.join(", ")
                }
            ));
        }
        for w in &c.warnings {
            s.push_str(&format!(
                "pgloader warned{}: {}\n",
                if w.object.is_empty() {
                    String::new()
                } else {
                    format!(" about {}", w.object)
                },
                one_line(&w.message, 200)
            ));
        }
    }
    if !r.failures.is_empty() {
        s.push_str("\nFailures\n");
        for f in &r.failures {
            let proves = if !f.confirms.is_empty() {
                format!("proves {}", f.confirms.join(", "))
            } else if let Some(n) = f.follows {
                format!("follows from #{n}")
            } else if f.not_predicted() {
                "NOT PREDICTED".to_string()
            } else {
                "the scratch server lacks it".to_string()
            };
            let by = match f.refused_by {
                super::RefusedBy::Server => "server",
                other => other.label(),
            };
            s.push_str(&format!(
                "  #{:<4} line {:<6} {} {}: {} [{}] by {by}; {proves}\n",
                f.number, f.line, f.kind, f.object, f.message, f.sqlstate
            ));
            if let Some(n) = &f.note {
                s.push_str(&format!("        {n}\n"));
            }
        }
    }
    if !r.findings.is_empty() {
        s.push_str("\nFindings\n");
        for v in &r.findings {
            let evidence = if v.evidence.is_empty() {
                String::new()
            } else {
                format!(
                    " (#{})",
                    v.evidence
                        .iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(", #")
                )
            };
            s.push_str(&format!(
                "  {:<22} {:<8} {}: {}{evidence}\n",
                v.verdict.as_str(),
                v.severity,
                v.id,
                v.reason
            ));
        }
    }
    s.push_str("\nRestore recipe\n");
    for c in &r.recipe.commands {
        for line in c.lines() {
            s.push_str(&format!("  {line}\n"));
        }
    }
    if !r.recipe.roles.is_empty() {
        s.push_str("Roles (source owners and grantees → Lakebase)\n");
        for m in &r.recipe.roles {
            s.push_str(&format!(
                "  {} (owns {}, granted on {}): {}\n",
                m.source_role, m.owns, m.granted_on, m.on_lakebase
            ));
        }
    }
    for n in r.recipe.notes.iter().chain(&r.notes) {
        s.push_str(&format!("note: {n}\n"));
    }
    if r.scratch.kept {
        s.push_str(&format!(
            "kept: database {} and role {} on the scratch server{}\n",
            r.scratch.database,
            r.scratch.role,
            r.scratch
                .kept_dump
                .as_ref()
                .map(|d| format!(", dump {d}"))
                .unwrap_or_default()
        ));
    }
    s
}

/// What the document templates see: the rehearsal as in JSON, plus display helpers.
#[derive(Debug, Serialize)]
struct View<'a> {
    title: String,
    date: String,
    tool_version: &'a str,
    rehearsal: &'a Rehearsal,
    failures: Vec<FailureView<'a>>,
    confirmed: Vec<&'a super::FindingVerdict>,
    not_reproduced: Vec<&'a super::FindingVerdict>,
    not_testable: Vec<&'a super::FindingVerdict>,
    confirmed_automatic: Vec<&'a super::FindingVerdict>,
    needs_hand_work: Vec<&'a super::FindingVerdict>,
}

#[derive(Debug, Serialize)]
struct FailureView<'a> {
    failure: &'a super::Failure,
    statement_line: String,
    /// "Lakebase's extension list" or "the server".
    refused_by: &'static str,
    /// "proves pg-…", "follows from #3" or "not predicted".
    meaning: String,
    not_predicted: bool,
}

/// The Markdown or HTML document.
pub fn document(
    r: &Rehearsal,
    format: DocFormat,
    template_dir: Option<&std::path::Path>,
    date: String,
) -> Result<String, Error> {
    let reporter = Reporter::new(format, template_dir)?;
    let by = |v: Verdict| {
        r.findings
            .iter()
            .filter(|f| f.verdict == v)
            .collect::<Vec<_>>()
    };
    let view = View {
        title: format!("Lakebase rehearsal: {}", r.source),
        date,
        tool_version: &r.tool_version,
        rehearsal: r,
        failures: r
            .failures
            .iter()
            .map(|f| FailureView {
                failure: f,
                statement_line: one_line(&f.statement, 160),
                refused_by: f.refused_by.label(),
                meaning: if !f.confirms.is_empty() {
                    format!("proves {}", f.confirms.join(", "))
                } else if let Some(n) = f.follows {
                    format!("follows from #{n}")
                } else if f.not_predicted() {
                    "not predicted".to_string()
                } else {
                    "the scratch server lacks it".to_string()
                },
                not_predicted: f.not_predicted(),
            })
            .collect(),
        confirmed: by(Verdict::Confirmed),
        not_reproduced: by(Verdict::NotReproduced),
        not_testable: by(Verdict::NotTestable),
        confirmed_automatic: by(Verdict::ConfirmedAutomatic),
        needs_hand_work: by(Verdict::NeedsHandWork),
    };
    let name = match format {
        DocFormat::Markdown => "rehearsal.md",
        DocFormat::Html => "rehearsal.html",
    };
    reporter.render_template(name, &view)
}

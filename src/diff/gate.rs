//! CI gates over a [`Diff`]: each says whether it was crossed and why, in words a CI log can show.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Diff;
use crate::report::format::money;
use crate::rubric::Severity;

/// The gates asked for on the command line; `None` is a gate not asked for.
#[derive(Debug, Clone, Default)]
pub struct Gates {
    /// Fail when Lakebase's monthly cost rose by more than this many percent.
    pub fail_above: Option<Decimal>,
    /// Fail on a new finding (or new objects, or an escalation) at this severity or worse.
    pub fail_on_new: Option<Severity>,
    /// Fail when head's compatibility score is below this.
    pub fail_below_score: Option<u32>,
}

/// One gate's verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GateResult {
    /// The gate as written on the command line, e.g. `--fail-above 10`.
    pub gate: String,
    pub crossed: bool,
    /// What was measured against the threshold.
    pub detail: String,
}

/// Evaluates every gate asked for, in a fixed order.
pub fn evaluate(diff: &Diff, gates: &Gates) -> Vec<GateResult> {
    let mut out = Vec::new();
    if let Some(pct) = gates.fail_above {
        out.push(fail_above(diff, pct));
    }
    if let Some(sev) = gates.fail_on_new {
        out.push(fail_on_new(diff, sev));
    }
    if let Some(min) = gates.fail_below_score {
        let score = diff.compatibility.score.head;
        out.push(GateResult {
            gate: format!("--fail-below-score {min}"),
            crossed: score < min,
            detail: format!(
                "compatibility score is {score} (was {})",
                diff.compatibility.score.base
            ),
        });
    }
    out
}

/// Lakebase's monthly cost against its base. An unknown total cannot be shown to be within the
/// limit, so the gate fails closed and says why; a rise from zero is a rise above any limit.
fn fail_above(diff: &Diff, pct: Decimal) -> GateResult {
    let gate = format!("--fail-above {}", pct.normalize());
    let t = &diff.cost.target;
    let cur = &diff.cost.currency;
    let (crossed, detail) = match (t.base, t.head) {
        (Some(b), Some(h)) => {
            let amounts = format!("{} → {}", money(Some(b), cur), money(Some(h), cur));
            if b.is_zero() {
                if h > Decimal::ZERO {
                    (
                        true,
                        format!("Lakebase monthly cost rose from zero ({amounts})"),
                    )
                } else {
                    (
                        false,
                        format!("Lakebase monthly cost did not rise ({amounts})"),
                    )
                }
            } else {
                // Compare unrounded, so 10.04 % is above a 10 % limit.
                let change = (h - b) / b * Decimal::from(100);
                let shown = change.round_dp(1).normalize();
                let sign = if change > Decimal::ZERO { "+" } else { "" };
                (
                    change > pct,
                    format!("Lakebase monthly cost changed {sign}{shown} % ({amounts})"),
                )
            }
        }
        (b, h) => {
            let which = match (b, h) {
                (None, None) => "base and head",
                (None, _) => "base",
                _ => "head",
            };
            (
                true,
                format!(
                    "Lakebase monthly cost is unknown in {which} (a price or quantity is \
                     missing), so the rise cannot be checked"
                ),
            )
        }
    };
    GateResult {
        gate,
        crossed,
        detail,
    }
}

/// New problems at `threshold` or worse: new findings, findings escalated to it, and new objects
/// under a finding already at it.
fn fail_on_new(diff: &Diff, threshold: Severity) -> GateResult {
    let f = &diff.findings;
    let mut items = Vec::new();
    for a in f.added.iter().filter(|a| a.severity <= threshold) {
        items.push(format!("new {} `{}`", a.severity.as_str(), a.id));
    }
    for c in f.changed.iter().filter(|c| c.severity.head <= threshold) {
        if c.severity.base > c.severity.head {
            items.push(format!(
                "`{}` raised from {} to {}",
                c.id,
                c.severity.base.as_str(),
                c.severity.head.as_str()
            ));
        } else if !c.objects_added.is_empty() {
            items.push(format!(
                "{} new object(s) under {} `{}`",
                c.objects_added.len(),
                c.severity.head.as_str(),
                c.id
            ));
        }
    }
    let level = Severity::ALL
        .iter()
        .filter(|s| **s <= threshold)
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" or ");
    let gate = format!("--fail-on-new {}", threshold.as_str());
    if items.is_empty() {
        GateResult {
            gate,
            crossed: false,
            detail: format!("no new {level} findings"),
        }
    } else {
        GateResult {
            gate,
            crossed: true,
            detail: items.join(", "),
        }
    }
}

/// The message for the crossed gates, naming each, or `None` when every gate held.
pub fn failure_message(results: &[GateResult]) -> Option<String> {
    let crossed: Vec<&GateResult> = results.iter().filter(|r| r.crossed).collect();
    match crossed.as_slice() {
        [] => None,
        [one] => Some(format!("gate {} crossed: {}", one.gate, one.detail)),
        many => Some(format!(
            "{} gates crossed:\n{}",
            many.len(),
            many.iter()
                .map(|r| format!("  - {}: {}", r.gate, r.detail))
                .collect::<Vec<_>>()
                .join("\n")
        )),
    }
}

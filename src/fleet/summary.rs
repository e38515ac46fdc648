//! The fleet summary: sources ranked by readiness (tier, then score) and savings, and the
//! failures with why. One serde model; the table, JSON, Markdown and HTML are functions of it.

use rust_decimal::Decimal;
use serde::Serialize;
use std::cmp::Ordering;
use std::fmt::Write as _;
use std::time::Duration;

use super::{FailureKind, SourceResult, Utilisation};
use crate::assessment::{Headline, Tier};
use crate::error::Error;
use crate::report::format::{hours, money, money_delta, percent};
use crate::report::table::{headline_cells, table, truncate, HEADLINE_HEADER};
use crate::report::{DocFormat, Reporter};

/// Format version of the fleet summary JSON.
pub const FLEET_VERSION: u32 = 1;

/// Findings listed per source in the summary.
pub const TOP_FINDINGS: usize = 3;

#[derive(Debug, Clone, Serialize)]
pub struct FleetSummary {
    pub fleet_version: u32,
    pub tool_version: String,
    /// Title of the Markdown and HTML summary.
    pub title: String,
    /// Date of the run (YYYY-MM-DD).
    pub date: String,
    pub customer: Option<String>,
    pub prepared_by: Option<String>,
    /// The inventory file.
    pub inventory: String,
    pub sources: usize,
    /// Sources whose compatibility was assessed (the ranking).
    pub assessed: usize,
    /// Sources sized and priced from their profile alone, compatibility not assessed (a
    /// discovered profile whose schema could not be read): not failures.
    pub sizing_only: usize,
    /// Of those, the sources whose URL was tried and could not be reached (they make the exit
    /// code 4, as failures do).
    pub unreachable: usize,
    pub failed: usize,
    /// Assessed sources per readiness tier, ready first (tiers with none left out).
    pub tiers: Vec<TierCount>,
    /// Up to four points for a reader in a hurry: where to start, the largest saving, what is
    /// blocked, what could not be assessed.
    pub key_points: Vec<String>,
    /// Sums over the priced sources (assessed and sizing only), per currency.
    pub totals: Vec<Totals>,
    /// Assessed sources, best first.
    pub ranking: Vec<Ranked>,
    /// Sources with sizing and cost only, the largest saving first.
    pub sized: Vec<Sized>,
    /// Sources that could not be assessed, in inventory order.
    pub failures: Vec<Failed>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TierCount {
    pub tier: Tier,
    pub title: &'static str,
    pub count: usize,
}

/// Title, date and who the summary is for and by.
#[derive(Debug, Clone, Default)]
pub struct Heading {
    pub title: String,
    pub date: String,
    pub customer: Option<String>,
    pub prepared_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub currency: String,
    /// Sum of the sources' monthly cost; `null` when any source's total is unknown.
    pub source_monthly: Option<Decimal>,
    pub target_monthly: Option<Decimal>,
    /// target − source; negative means Lakebase costs less.
    pub difference_monthly: Option<Decimal>,
    /// Sums of the known totals only.
    pub source_known_monthly: Decimal,
    pub target_known_monthly: Decimal,
    pub sources: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ranked {
    pub rank: usize,
    #[serde(flatten)]
    pub source: SourceId,
    /// Score, tier, counts, effort and monthly cost, flattened into the row.
    #[serde(flatten)]
    pub headline: Headline,
    /// The tier in words ("minor changes").
    pub tier_title: &'static str,
    #[serde(flatten)]
    pub saving: Saving,
    pub top_findings: Vec<TopFinding>,
    /// Measured utilisation (CPU, connections, active hours), when the profile has any.
    pub utilisation: Option<UtilisationShown>,
    /// The URL could not be reached; the profile file was assessed instead.
    pub unreachable: bool,
    /// Report files of the source, relative to the output directory.
    pub reports: Vec<ReportLink>,
}

/// A source sized and priced without its schema: compatibility not assessed.
#[derive(Debug, Clone, Serialize)]
pub struct Sized {
    #[serde(flatten)]
    pub source: SourceId,
    pub instance_class: Option<String>,
    pub currency: String,
    pub source_monthly: Option<Decimal>,
    pub target_monthly: Option<Decimal>,
    #[serde(flatten)]
    pub saving: Saving,
    /// Why compatibility was not assessed.
    pub why: String,
    /// The URL was tried and could not be reached.
    pub unreachable: bool,
    pub utilisation: Option<UtilisationShown>,
    pub reports: Vec<ReportLink>,
}

/// Who a source is, in a row of the ranking or of the sizing-only list.
#[derive(Debug, Clone, Serialize)]
pub struct SourceId {
    pub name: String,
    /// Profile path or URL (never with a password).
    pub location: String,
    pub engine: String,
    pub engine_name: String,
    pub version: String,
    pub region: String,
}

impl SourceId {
    fn of(r: &SourceResult, a: &crate::assessment::Assessment) -> SourceId {
        SourceId {
            name: r.name.clone(),
            location: r.location.clone(),
            engine: a.source.engine.clone(),
            engine_name: a.source.engine_name.clone(),
            version: a.source.version.clone(),
            region: a.source.region.clone(),
        }
    }
}

/// What moving a source to Lakebase saves a month.
#[derive(Debug, Clone, Serialize)]
pub struct Saving {
    /// target − source.
    pub difference_monthly: Option<Decimal>,
    /// Monthly saving with Lakebase (source − target); negative when Lakebase costs more.
    pub savings_monthly: Option<Decimal>,
    /// Saving as a percentage of the source's cost.
    pub savings_percent: Option<Decimal>,
    /// Every price and quantity known.
    pub cost_complete: bool,
}

impl Saving {
    fn of(a: &crate::assessment::Assessment) -> Saving {
        let savings = a.cost.difference_monthly.map(|d| -d);
        let percent = match (savings, a.cost.source_monthly) {
            (Some(s), Some(base)) if !base.is_zero() => {
                Some((s / base * Decimal::from(100)).round_dp(1))
            }
            _ => None,
        };
        Saving {
            difference_monthly: a.cost.difference_monthly,
            savings_monthly: savings,
            savings_percent: percent,
            cost_complete: a.cost.complete,
        }
    }
}

/// Utilisation figures and the same in words for the documents ("CPU 12 % average, 20 % p95
/// · 35 connections average, 80 peak · busy 12 h a day").
#[derive(Debug, Clone, Serialize)]
pub struct UtilisationShown {
    #[serde(flatten)]
    pub figures: Utilisation,
    pub text: String,
}

impl UtilisationShown {
    fn new(u: &Utilisation) -> UtilisationShown {
        let pct = |d: Decimal| format!("{} %", d.round_dp(1).normalize());
        let mut parts = Vec::new();
        let cpu: Vec<String> = [
            u.cpu_average_pct.map(|c| format!("{} average", pct(c))),
            u.cpu_p95_pct.map(|c| format!("{} p95", pct(c))),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !cpu.is_empty() {
            parts.push(format!("CPU {}", cpu.join(", ")));
        }
        let conn: Vec<String> = [
            u.average_connections.map(|c| format!("{c} average")),
            u.peak_connections.map(|c| format!("{c} peak")),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !conn.is_empty() {
            parts.push(format!("connections {}", conn.join(", ")));
        }
        if let Some(h) = u.active_hours_per_day {
            parts.push(format!("busy {} h a day", h.round_dp(1).normalize()));
        }
        let mut text = parts.join(" · ");
        if let Some(m) = &u.measured {
            text.push_str(&format!(" ({m})"));
        }
        UtilisationShown {
            figures: u.clone(),
            text,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportLink {
    /// `json`, `md` or `html`.
    pub format: String,
    /// Path relative to the output directory (`sources/<name>.html`).
    pub path: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TopFinding {
    pub id: String,
    pub severity: crate::rubric::Severity,
    pub title: String,
    pub objects: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Failed {
    pub name: String,
    pub location: String,
    pub kind: FailureKind,
    /// The kind in words ("unreachable").
    pub why: &'static str,
    /// The exit code `assess` would have given for this source alone.
    pub exit_code: i32,
    pub error: String,
}

impl FleetSummary {
    pub fn new(cover: Heading, inventory: &str, results: &[SourceResult]) -> FleetSummary {
        let mut ranking: Vec<Ranked> = results
            .iter()
            .filter(|r| r.not_assessed.is_none())
            .filter_map(|r| r.outcome.as_ref().ok().map(|a| ranked(r, a)))
            .collect();
        let mut sized: Vec<Sized> = results
            .iter()
            .filter_map(|r| match (&r.outcome, &r.not_assessed) {
                (Ok(a), Some(why)) => Some(sized(r, a, why)),
                _ => None,
            })
            .collect();
        sized.sort_by(|a, b| {
            by_saving(a.saving.savings_monthly, b.saving.savings_monthly)
                .then_with(|| a.source.name.cmp(&b.source.name))
        });
        let unreachable = results
            .iter()
            .filter(|r| r.outcome.is_ok() && r.unreachable.is_some())
            .count();
        ranking.sort_by(rank_order);
        for (i, r) in ranking.iter_mut().enumerate() {
            r.rank = i + 1;
        }
        let failures: Vec<Failed> = results
            .iter()
            .filter_map(|r| {
                r.outcome.as_ref().err().map(|f| Failed {
                    name: r.name.clone(),
                    location: r.location.clone(),
                    kind: f.kind,
                    why: kind_str(f.kind),
                    exit_code: f.exit_code,
                    error: f.message.clone(),
                })
            })
            .collect();
        FleetSummary {
            fleet_version: FLEET_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            title: cover.title,
            date: cover.date,
            customer: cover.customer,
            prepared_by: cover.prepared_by,
            inventory: inventory.to_string(),
            sources: results.len(),
            assessed: ranking.len(),
            sizing_only: sized.len(),
            unreachable,
            failed: failures.len(),
            tiers: tier_counts(&ranking),
            key_points: key_points(&ranking, &sized, &failures),
            totals: totals(
                ranking
                    .iter()
                    .map(|r| {
                        (
                            &r.headline.currency,
                            r.headline.source_monthly,
                            r.headline.target_monthly,
                        )
                    })
                    .chain(
                        sized
                            .iter()
                            .map(|r| (&r.currency, r.source_monthly, r.target_monthly)),
                    ),
            ),
            ranking,
            sized,
            failures,
        }
    }

    /// Names of the sources whose URL could not be reached (assessed from their profile).
    pub fn unreachable_names(&self) -> Vec<&str> {
        let ranked = self.ranking.iter().filter(|r| r.unreachable);
        let sized = self.sized.iter().filter(|r| r.unreachable);
        ranked
            .map(|r| r.source.name.as_str())
            .chain(sized.map(|r| r.source.name.as_str()))
            .collect()
    }

    pub fn json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("fleet summary serializes");
        s.push('\n');
        s
    }

    /// The terminal table: the ranking, totals and failures.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let rows = self
            .ranking
            .iter()
            .map(|r| {
                let mut row = vec![
                    r.rank.to_string(),
                    truncate(&r.source.name, 24),
                    r.source.engine.clone(),
                ];
                row.extend(headline_cells(&r.headline));
                row.push(savings(r));
                row
            })
            .collect::<Vec<_>>();
        let sized = match self.sizing_only {
            0 => String::new(),
            n => format!(", {n} sizing only (compatibility not assessed)"),
        };
        let _ = writeln!(
            out,
            "Fleet: {} source(s), {} assessed{sized}, {} failed ({})",
            self.sources, self.assessed, self.failed, self.inventory
        );
        if !rows.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                table(
                    &[
                        &["#", "source", "engine"][..],
                        &HEADLINE_HEADER,
                        &["saving / month"]
                    ]
                    .concat(),
                    rows,
                )
            );
        }
        if !self.sized.is_empty() {
            let rows = self
                .sized
                .iter()
                .map(|r| {
                    vec![
                        truncate(&r.source.name, 24),
                        r.source.engine.clone(),
                        r.instance_class.clone().unwrap_or_default(),
                        r.utilisation
                            .as_ref()
                            .map(|u| truncate(&u.text, 60))
                            .unwrap_or_default(),
                        money(r.source_monthly, &r.currency),
                        money(r.target_monthly, &r.currency),
                        money_delta(r.saving.savings_monthly, &r.currency),
                        truncate(&r.why, 70),
                    ]
                })
                .collect();
            let _ = writeln!(
                out,
                "Sizing only, compatibility not assessed:\n{}",
                table(
                    &[
                        "source",
                        "engine",
                        "class",
                        "utilisation",
                        "source / month",
                        "Lakebase / month",
                        "saving / month",
                        "why",
                    ],
                    rows
                )
            );
        }
        for t in &self.totals {
            let _ = writeln!(
                out,
                "Total ({} source(s)): source {}, Lakebase {}, difference {}",
                t.sources,
                total(t.source_monthly, t.source_known_monthly, &t.currency),
                total(t.target_monthly, t.target_known_monthly, &t.currency),
                money_delta(t.difference_monthly, &t.currency),
            );
        }
        if !self.failures.is_empty() {
            let rows = self
                .failures
                .iter()
                .map(|f| {
                    vec![
                        truncate(&f.name, 24),
                        f.why.to_string(),
                        truncate(&f.error, 90),
                    ]
                })
                .collect();
            let _ = writeln!(out, "Failed:\n{}", table(&["source", "why", "error"], rows));
        }
        out.push_str(
            "Ranked by tier, then score, then monthly saving. blk/maj/min = blocker, major and \
             minor findings.\n",
        );
        out
    }

    /// The Markdown or HTML summary, through the `fleet.md` / `fleet.html` templates.
    pub fn document(&self, reporter: &Reporter) -> Result<String, Error> {
        let name = match reporter.format() {
            DocFormat::Markdown => "fleet.md",
            DocFormat::Html => "fleet.html",
        };
        reporter.render_template(name, self)
    }
}

fn ranked(r: &SourceResult, a: &crate::assessment::Assessment) -> Ranked {
    let c = &a.compatibility;
    Ranked {
        rank: 0,
        source: SourceId::of(r, a),
        headline: Headline::of(a),
        tier_title: c.tier.as_str(),
        saving: Saving::of(a),
        top_findings: c
            .findings
            .iter()
            .take(TOP_FINDINGS)
            .map(|f| TopFinding {
                id: f.id.clone(),
                severity: f.severity,
                title: f.title.clone(),
                objects: f.object_count,
            })
            .collect(),
        utilisation: r.utilisation.as_ref().map(UtilisationShown::new),
        unreachable: r.unreachable.is_some(),
        reports: links(r),
    }
}

fn links(r: &SourceResult) -> Vec<ReportLink> {
    r.reports
        .iter()
        .map(|p| ReportLink {
            format: p.rsplit('.').next().unwrap_or_default().to_string(),
            path: p.clone(),
        })
        .collect()
}

fn sized(r: &SourceResult, a: &crate::assessment::Assessment, why: &str) -> Sized {
    Sized {
        source: SourceId::of(r, a),
        instance_class: a.source.instance_class.clone(),
        currency: a.cost.currency.clone(),
        source_monthly: a.cost.source_monthly,
        target_monthly: a.cost.target_monthly,
        saving: Saving::of(a),
        why: why.to_string(),
        unreachable: r.unreachable.is_some(),
        utilisation: r.utilisation.as_ref().map(UtilisationShown::new),
        reports: links(r),
    }
}

/// The larger saving first, unknown last.
fn by_saving(a: Option<Decimal>, b: Option<Decimal>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Readiness first (tier, then score), then the larger monthly saving (unknown last), then name.
fn rank_order(a: &Ranked, b: &Ranked) -> Ordering {
    a.headline
        .tier
        .cmp(&b.headline.tier)
        .then(b.headline.score.cmp(&a.headline.score))
        .then(by_saving(
            a.saving.savings_monthly,
            b.saving.savings_monthly,
        ))
        .then_with(|| a.source.name.cmp(&b.source.name))
}

fn tier_counts(ranking: &[Ranked]) -> Vec<TierCount> {
    [
        Tier::Ready,
        Tier::MinorChanges,
        Tier::MajorRework,
        Tier::Blocked,
    ]
    .into_iter()
    .map(|tier| TierCount {
        tier,
        title: tier.as_str(),
        count: ranking.iter().filter(|r| r.headline.tier == tier).count(),
    })
    .filter(|t| t.count > 0)
    .collect()
}

fn key_points(ranking: &[Ranked], sized: &[Sized], failures: &[Failed]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(first) = ranking.first() {
        out.push(format!(
            "Start with {} ({} {}): {}, {}/100, {} of work.",
            first.source.name,
            first.source.engine_name,
            first.source.version,
            first.tier_title,
            first.headline.score,
            hours(&first.headline.effort_hours)
        ));
    }
    let best = ranking
        .iter()
        .filter(|r| r.saving.savings_monthly.is_some_and(|s| s > Decimal::ZERO))
        .max_by(|a, b| {
            a.saving
                .savings_monthly
                .cmp(&b.saving.savings_monthly)
                .then(b.source.name.cmp(&a.source.name))
        });
    if let Some(b) = best {
        out.push(format!(
            "Largest monthly saving with Lakebase: {}, {} a month.",
            b.source.name,
            money(b.saving.savings_monthly, &b.headline.currency)
        ));
    }
    let blocked: Vec<&str> = ranking
        .iter()
        .filter(|r| r.headline.tier == Tier::Blocked)
        .map(|r| r.source.name.as_str())
        .collect();
    if !blocked.is_empty() {
        out.push(format!(
            "{} blocked until a blocker is resolved: {}.",
            plural(blocked.len(), "source is", "sources are"),
            list(&blocked)
        ));
    }
    if !sized.is_empty() {
        let names: Vec<&str> = sized.iter().map(|r| r.source.name.as_str()).collect();
        out.push(format!(
            "{} sized and priced from the discovered profile only, compatibility not assessed: \
             {} (give each a `url` and its password variable to read the schema).",
            plural(names.len(), "source", "sources"),
            list(&names)
        ));
    }
    if !failures.is_empty() {
        let names: Vec<&str> = failures.iter().map(|f| f.name.as_str()).collect();
        out.push(format!(
            "{} could not be assessed: {} (see Failed sources).",
            plural(names.len(), "source", "sources"),
            list(&names)
        ));
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "a, b, c and 4 more".
fn list(names: &[&str]) -> String {
    const SHOWN: usize = 5;
    let mut s = names
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        s.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    s
}

/// Per currency, over (currency, source monthly, target monthly) of each priced source.
fn totals<'a>(
    priced: impl Iterator<Item = (&'a String, Option<Decimal>, Option<Decimal>)>,
) -> Vec<Totals> {
    let mut out: Vec<Totals> = Vec::new();
    for (currency, source_monthly, target_monthly) in priced {
        let t = match out.iter().position(|t| &t.currency == currency) {
            Some(i) => &mut out[i],
            None => {
                out.push(Totals {
                    currency: currency.clone(),
                    source_monthly: Some(Decimal::ZERO),
                    target_monthly: Some(Decimal::ZERO),
                    difference_monthly: None,
                    source_known_monthly: Decimal::ZERO,
                    target_known_monthly: Decimal::ZERO,
                    sources: 0,
                });
                out.last_mut().expect("just pushed")
            }
        };
        t.sources += 1;
        t.source_monthly = t.source_monthly.zip(source_monthly).map(|(a, b)| a + b);
        t.target_monthly = t.target_monthly.zip(target_monthly).map(|(a, b)| a + b);
        t.source_known_monthly += source_monthly.unwrap_or_default();
        t.target_known_monthly += target_monthly.unwrap_or_default();
    }
    for t in &mut out {
        t.difference_monthly = t.target_monthly.zip(t.source_monthly).map(|(a, b)| a - b);
    }
    out
}

fn savings(r: &Ranked) -> String {
    match (r.saving.savings_monthly, r.saving.savings_percent) {
        (Some(s), Some(p)) => format!(
            "{} ({})",
            money_delta(Some(s), &r.headline.currency),
            percent(Some(p))
        ),
        (s, _) => money_delta(s, &r.headline.currency),
    }
}

fn total(sum: Option<Decimal>, known: Decimal, currency: &str) -> String {
    match sum {
        Some(_) => money(sum, currency),
        None => format!("unknown (known part {})", money(Some(known), currency)),
    }
}

pub fn kind_str(k: FailureKind) -> &'static str {
    match k {
        FailureKind::Input => "bad input",
        FailureKind::Unreachable => "unreachable",
        FailureKind::Timeout => "timed out",
        FailureKind::Output => "cannot write",
    }
}

/// "30s", "2min", "1.5s".
pub fn duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 60.0 && s % 60.0 == 0.0 {
        format!("{}min", s / 60.0)
    } else if s >= 1.0 {
        format!("{}s", (s * 10.0).round() / 10.0)
    } else {
        format!("{}ms", d.as_millis())
    }
}

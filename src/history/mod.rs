//! The history of runs: one JSON line per assessment run, appended to a store file.
//!
//! ## Why it is crash-safe
//!
//! - **One record, one write.** A run is serialised to a single buffer ending in `\n` and
//!   written with one `write_all` on a file opened for append, then `fsync`ed before `history
//!   add` reports success. The newline is the commit mark: a line without it was never
//!   acknowledged.
//! - **One writer at a time.** The append holds an exclusive lock on the store
//!   ([`std::fs::File::lock`]) from the moment it looks at the tail until the data is synced, so
//!   concurrent `history add`s queue instead of interleaving. Readers take a shared lock, so they
//!   never see an append midway.
//! - **A torn tail is contained.** If a writer died midway (killed, power cut), the store ends
//!   with part of a line. The reader skips it and says so; every complete run before it is
//!   read. The next append, under the lock, cuts the torn bytes off before writing (or, if
//!   the unterminated line is a whole record that only lost its newline, completes it), so a
//!   later record is never glued onto garbage.
//!
//! Lines that are not records (a hand edit, a merge-conflict marker) are skipped with their line
//! number; a store kept in git merges well with `merge=union` (see examples/ci/README.md).

pub mod html;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::assessment::{Assessment, Headline};
use crate::error::Error;

/// Format version of a history record.
pub const HISTORY_VERSION: u32 = 1;

/// One assessment run, as kept in the store: the figures a trend needs, not the whole
/// assessment (keep those as CI artefacts to `diff` them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub history_version: u32,
    /// When the run was recorded, UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub recorded_at: String,
    /// Free text: a commit, a pull request, a pipeline id.
    pub label: Option<String>,
    pub source_engine: String,
    pub source_name: String,
    pub tool_version: String,
    /// Score, tier, counts, effort and monthly cost, flattened into the record.
    #[serde(flatten)]
    pub headline: Headline,
    pub target_cu: Decimal,
    pub prices_as_of: Option<String>,
}

impl Run {
    pub fn from_assessment(a: &Assessment, recorded_at: String, label: Option<String>) -> Self {
        Run {
            history_version: HISTORY_VERSION,
            recorded_at,
            label,
            source_engine: a.source.engine.clone(),
            source_name: a.source.name.clone(),
            tool_version: a.tool_version.clone(),
            headline: Headline::of(a),
            target_cu: a.target.cu,
            prices_as_of: a.cost.prices_as_of.clone(),
        }
    }

    /// `engine/name`, how runs are grouped into series.
    pub fn source_key(&self) -> String {
        format!("{}/{}", self.source_engine, self.source_name)
    }

    /// The record as written: one line of JSON with its newline.
    pub fn to_line(&self) -> String {
        let mut s = serde_json::to_string(self).expect("run serializes");
        s.push('\n');
        s
    }
}

/// A line of the store that is not a run, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// 1-based line number.
    pub line: usize,
    pub reason: String,
}

/// What a store holds: the runs in file order and the lines that were skipped.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub runs: Vec<Run>,
    pub skipped: Vec<Skipped>,
}

fn parse_run(line: &[u8]) -> Result<Run, String> {
    let run: Run = serde_json::from_slice(line).map_err(|e| e.to_string())?;
    if run.history_version > HISTORY_VERSION {
        return Err(format!(
            "written by a newer dbassay (history_version {})",
            run.history_version
        ));
    }
    Ok(run)
}

/// Parses a store's bytes. Never fails: what is not a run is listed in `skipped`.
pub fn parse(bytes: &[u8]) -> History {
    let mut h = History::default();
    let mut rest = bytes;
    let mut n = 0;
    while !rest.is_empty() {
        n += 1;
        let (line, terminated, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (&rest[..i], true, &rest[i + 1..]),
            None => (rest, false, &rest[rest.len()..]),
        };
        rest = next;
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        match parse_run(line) {
            Ok(run) => h.runs.push(run),
            Err(e) if !terminated => h.skipped.push(Skipped {
                line: n,
                reason: format!(
                    "incomplete last record ({} bytes; an append was interrupted): {e}; \
                     the next `history add` removes it",
                    line.len()
                ),
            }),
            Err(e) => h.skipped.push(Skipped {
                line: n,
                reason: format!("not a run record: {e}"),
            }),
        }
    }
    h
}

fn io_err(path: &Path, what: &str) -> impl Fn(std::io::Error) -> Error {
    let what = format!("{what} {}", path.display());
    move |e| Error::Io {
        what: what.clone(),
        source: e,
    }
}

/// Reads a store under a shared lock (so an append in progress is not seen half-done).
pub fn read(path: &Path) -> Result<History, Error> {
    let mut file = File::open(path).map_err(io_err(path, "cannot read history store"))?;
    file.lock_shared()
        .map_err(io_err(path, "cannot lock history store"))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(io_err(path, "cannot read history store"))?;
    Ok(parse(&bytes))
}

/// What an append did besides adding the run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppendReport {
    /// Bytes of a torn record cut off the end before appending.
    pub removed_torn_bytes: u64,
    /// The store ended with a whole record that lacked its newline; it was completed.
    pub completed_last_line: bool,
    /// Runs in the store after the append, including this one.
    pub runs: usize,
}

/// Start offset of the last line (just after the last `\n`, or 0), found by reading backwards.
fn last_line_start(file: &mut File, len: u64) -> std::io::Result<u64> {
    const CHUNK: u64 = 8192;
    let mut end = len;
    let mut buf = vec![0u8; CHUNK as usize];
    while end > 0 {
        let start = end.saturating_sub(CHUNK);
        let n = (end - start) as usize;
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut buf[..n])?;
        if let Some(i) = buf[..n].iter().rposition(|&b| b == b'\n') {
            return Ok(start + i as u64 + 1);
        }
        end = start;
    }
    Ok(0)
}

/// Appends one run to the store (created if missing), crash-safely; see the module docs.
pub fn append(path: &Path, run: &Run) -> Result<AppendReport, Error> {
    let write_err = io_err(path, "cannot append to history store");
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(&write_err)?;
    file.lock()
        .map_err(io_err(path, "cannot lock history store"))?;

    let mut report = AppendReport::default();
    let len = file.metadata().map_err(&write_err)?.len();
    let mut record = Vec::new();
    if len > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::Start(len - 1)).map_err(&write_err)?;
        file.read_exact(&mut last).map_err(&write_err)?;
        if last[0] != b'\n' {
            let start = last_line_start(&mut file, len).map_err(&write_err)?;
            let mut tail = vec![0u8; (len - start) as usize];
            file.seek(SeekFrom::Start(start)).map_err(&write_err)?;
            file.read_exact(&mut tail).map_err(&write_err)?;
            if parse_run(&tail).is_ok() {
                record.push(b'\n');
                report.completed_last_line = true;
            } else {
                file.set_len(start).map_err(&write_err)?;
                report.removed_torn_bytes = len - start;
            }
        }
    }
    record.extend_from_slice(run.to_line().as_bytes());
    // One write of the whole record (append mode: at the end, whatever the cursor), then sync.
    file.write_all(&record).map_err(&write_err)?;
    file.sync_all().map_err(&write_err)?;
    if len == 0 {
        sync_parent_dir(path);
    }

    // Count what the store now holds while still holding the lock.
    let mut bytes = Vec::new();
    file.seek(SeekFrom::Start(0)).map_err(&write_err)?;
    file.read_to_end(&mut bytes).map_err(&write_err)?;
    report.runs = parse(&bytes).runs.len();
    Ok(report)
}

/// Makes a newly created store's directory entry durable (best effort; not every platform
/// can open a directory).
fn sync_parent_dir(path: &Path) {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Runs sorted by time (stable, so runs recorded in the same second keep store order),
/// optionally only those of one source (matched by name or `engine/name`).
pub fn select(history: &History, source: Option<&str>) -> Vec<Run> {
    let mut runs: Vec<Run> = history
        .runs
        .iter()
        .filter(|r| source.is_none_or(|s| r.source_name == s || r.source_key() == s))
        .cloned()
        .collect();
    runs.sort_by(|a, b| a.recorded_at.cmp(&b.recorded_at));
    runs
}

/// The last `n` runs (all when `None`).
pub fn last(runs: &[Run], n: Option<usize>) -> &[Run] {
    &runs[n.map_or(0, |n| runs.len().saturating_sub(n))..]
}

/// Runs grouped by source, groups in order of first appearance.
pub fn by_source(runs: &[Run]) -> Vec<(String, Vec<&Run>)> {
    let mut groups: Vec<(String, Vec<&Run>)> = Vec::new();
    for r in runs {
        let key = r.source_key();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(r),
            None => groups.push((key, vec![r])),
        }
    }
    groups
}

/// The last `shown` of `runs` as a terminal table, each with its Lakebase change against the
/// previous run of the same source (which may be before the rows shown).
pub fn table(runs: &[Run], shown: Option<usize>) -> String {
    use crate::report::format::{percent_change, percent_delta};
    use crate::report::table::{headline_cells, HEADLINE_HEADER};
    let many = by_source(runs).len() > 1;
    let mut prev: std::collections::HashMap<String, Option<Decimal>> = Default::default();
    let first_shown = runs.len() - last(runs, shown).len();
    let rows = runs
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let key = r.source_key();
            let change = match (prev.get(&key).copied().flatten(), r.headline.target_monthly) {
                (Some(b), Some(h)) => percent_delta(percent_change(b, h)),
                _ if !prev.contains_key(&key) => String::new(),
                _ => "n/a".into(),
            };
            prev.insert(key, r.headline.target_monthly);
            if i < first_shown {
                return None;
            }
            let mut row = vec![
                r.recorded_at
                    .replace('T', " ")
                    .trim_end_matches('Z')
                    .to_string(),
                crate::report::table::truncate(r.label.as_deref().unwrap_or(""), 20),
            ];
            if many {
                row.push(crate::report::table::truncate(&r.source_key(), 32));
            }
            row.extend(headline_cells(&r.headline));
            row.extend([change, r.prices_as_of.clone().unwrap_or_default()]);
            Some(row)
        })
        .collect();
    let mut header = vec!["recorded (UTC)", "label"];
    if many {
        header.push("source");
    }
    header.extend(HEADLINE_HEADER);
    header.extend(["Lakebase Δ", "prices as of"]);
    let mut out = crate::report::table::table(&header, rows);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests;

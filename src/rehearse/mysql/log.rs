//! pgloader's log and summary: the errors, warnings and steps of a load, each error with its
//! object, SQLSTATE and message.

use std::collections::BTreeMap;

use super::{Step, Warning};
use crate::rehearse::{postgres, Failure, RefusedBy};

/// One entry of pgloader's log: `2026-…Z LEVEL message`, continued on the lines after it.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    /// 1-based line of the log where it starts.
    pub line: usize,
    pub level: String,
    pub text: String,
}

/// Splits pgloader's output into entries; lines before the first entry and the summary table
/// (after `report summary reset`) are not entries.
pub fn parse_log(output: &str) -> Vec<LogEntry> {
    let mut out: Vec<LogEntry> = Vec::new();
    let mut in_summary = false;
    for (i, line) in output.lines().enumerate() {
        let mut words = line.splitn(3, ' ');
        let (stamp, level) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let is_entry = stamp.len() >= 20
            && stamp.as_bytes()[0].is_ascii_digit()
            && stamp.contains('T')
            && !level.is_empty()
            && level.chars().all(|c| c.is_ascii_uppercase());
        if is_entry {
            let text = words.next().unwrap_or("").to_string();
            in_summary = text.starts_with("report summary reset");
            out.push(LogEntry {
                line: i + 1,
                level: level.to_string(),
                text,
            });
        } else if line.starts_with("KABOOM!") {
            in_summary = false;
            out.push(LogEntry {
                line: i + 1,
                level: "KABOOM".into(),
                text: String::new(),
            });
        } else if !in_summary {
            if let Some(last) = out.last_mut() {
                last.text.push('\n');
                last.text.push_str(line);
            }
        }
    }
    out
}

/// pgloader's summary, written with `--summary FILE.json`.
pub fn parse_summary(json: &str) -> Vec<Step> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    let mut steps = Vec::new();
    for section in ["PRELOAD", "DATA", "POSTLOAD"] {
        let Some(groups) = v[section].as_array() else {
            continue;
        };
        for group in groups.iter().filter_map(|g| g.as_array()) {
            for s in group {
                let (Some(name), Some(read)) = (s["NAME"].as_str(), s["READ"].as_u64()) else {
                    continue;
                };
                steps.push(Step {
                    name: name.to_string(),
                    read,
                    errors: s["ERRS"].as_u64().unwrap_or(0),
                });
            }
        }
    }
    steps
}

/// The steps of the summary that run DDL on the scratch server (not the reads, and not
/// "Index Build Completion", which counts the same indexes again).
pub(super) fn ddl_statements(steps: &[Step]) -> u64 {
    steps
        .iter()
        .filter(|s| {
            !matches!(
                s.name.as_str(),
                "fetch meta data" | "Set Table OIDs" | "Index Build Completion"
            )
        })
        .map(|s| s.read)
        .sum()
}

/// The table a statement of pgloader's is about (`schema.table`), quotes removed.
pub fn statement_table(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let after = |kw: &str| upper.iter().position(|w| w == kw).map(|i| i + 1);
    let at = if upper.first().map(String::as_str) == Some("CREATE")
        && upper.iter().take(3).any(|w| w == "TABLE")
    {
        after("TABLE")
    } else if upper.first().map(String::as_str) == Some("ALTER") {
        after("TABLE").map(|i| {
            if upper.get(i).map(String::as_str) == Some("ONLY") {
                i + 1
            } else {
                i
            }
        })
    } else {
        after("ON")
    }?;
    let name = words.get(at)?;
    let name = name.split('(').next().unwrap_or(name);
    let name = name.trim_end_matches([';', ',']).replace('"', "");
    (!name.is_empty()).then_some(name)
}

/// What pgloader's log says went wrong.
#[derive(Debug, Default)]
pub struct LogFindings {
    pub failures: Vec<Failure>,
    /// The table (`schema.table`) of each failure, by failure number.
    pub tables: BTreeMap<usize, String>,
    pub warnings: Vec<Warning>,
    pub stopped_at: Option<usize>,
    /// A connection error: pgloader could not reach a server.
    pub connection: Option<String>,
}

/// Reads the errors and warnings of pgloader's log.
pub fn read_log(entries: &[LogEntry]) -> LogFindings {
    let mut out = LogFindings::default();
    for e in entries {
        let text = e.text.trim_end();
        match e.level.as_str() {
            "ERROR" | "FATAL" | "KABOOM" => {}
            "WARNING" => {
                let object = text
                    .lines()
                    .find_map(|l| l.strip_prefix("QUERY: "))
                    .and_then(statement_table)
                    .unwrap_or_default();
                out.warnings.push(Warning {
                    object,
                    message: text.to_string(),
                });
                continue;
            }
            _ => continue,
        }
        if text.contains("Failed to connect to") {
            out.connection = Some(text.lines().next().unwrap_or(text).to_string());
            continue;
        }
        if e.level == "FATAL" || e.level == "KABOOM" {
            // "Failed to create the schema, see above.": the load stopped at the last error.
            let stop_note = "pgloader stopped the load here: it creates the tables in one \
                             transaction, so nothing was created";
            if e.level == "FATAL" {
                if let Some(last) = out.failures.last_mut() {
                    out.stopped_at.get_or_insert(last.number);
                    last.note = Some(stop_note.to_string());
                    continue;
                }
            }
            let number = out.failures.len() + 1;
            let message = if e.level == "KABOOM" {
                format!(
                    "pgloader crashed: {}",
                    text.lines()
                        .find(|l| !l.trim().is_empty())
                        .unwrap_or("an unhandled error")
                )
            } else {
                text.lines().next().unwrap_or(text).to_string()
            };
            out.failures.push(Failure {
                number,
                line: e.line,
                object: "pgloader".into(),
                kind: "LOAD".into(),
                sqlstate: String::new(),
                message,
                detail: None,
                refused_by: RefusedBy::Pgloader,
                note: Some("pgloader stopped the load here".into()),
                confirms: Vec::new(),
                follows: None,
                statement: crate::rehearse::excerpt(text, 8),
            });
            out.stopped_at.get_or_insert(number);
            continue;
        }
        // "[PostgreSQL ]Database error 42830: message\nQUERY: statement"
        let (head, query) = match text.split_once("\nQUERY: ") {
            Some((h, q)) => (h, Some(q.trim())),
            None => (text, None),
        };
        let (sqlstate, message, refused_by) = match head.split_once("Database error ") {
            Some((_, rest)) => match rest.split_once(": ") {
                Some((code, msg)) if code.len() == 5 => {
                    (code.to_string(), msg.trim().to_string(), RefusedBy::Server)
                }
                _ => (String::new(), rest.trim().to_string(), RefusedBy::Pgloader),
            },
            None => (String::new(), head.trim().to_string(), RefusedBy::Pgloader),
        };
        let number = out.failures.len() + 1;
        let sql = query.unwrap_or("");
        let table = statement_table(sql);
        let kind = if sql.is_empty() {
            "LOAD".to_string()
        } else {
            pg_kind(sql)
        };
        let object = match (&table, constraint_or_index(sql)) {
            (Some(t), Some(n)) => format!("{t} ({n})"),
            (Some(t), None) => t.clone(),
            (None, _) => "pgloader".into(),
        };
        if let Some(t) = &table {
            out.tables.insert(number, t.to_ascii_lowercase());
        }
        out.failures.push(Failure {
            number,
            line: e.line,
            object,
            kind,
            sqlstate,
            message,
            detail: None,
            refused_by,
            note: None,
            confirms: Vec::new(),
            follows: None,
            statement: crate::rehearse::excerpt(if sql.is_empty() { head } else { sql }, 8),
        });
    }
    out
}

/// `ALTER TABLE … ADD CONSTRAINT x FOREIGN KEY` → `ALTER TABLE ADD FOREIGN KEY`; otherwise the
/// leading keywords.
fn pg_kind(sql: &str) -> String {
    let upper = sql.to_ascii_uppercase();
    let kind = postgres::statement_kind(sql);
    if kind == "ALTER TABLE" {
        for (needle, what) in [
            ("FOREIGN KEY", "ALTER TABLE ADD FOREIGN KEY"),
            ("PRIMARY KEY", "ALTER TABLE ADD PRIMARY KEY"),
            ("UNIQUE", "ALTER TABLE ADD UNIQUE"),
        ] {
            if upper.contains(needle) {
                return what.to_string();
            }
        }
    }
    kind
}

/// The constraint or index a statement creates (`ADD CONSTRAINT x`, `CREATE INDEX x`).
fn constraint_or_index(sql: &str) -> Option<String> {
    let words: Vec<&str> = sql.split_whitespace().collect();
    let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
    let at = upper.iter().position(|w| w == "CONSTRAINT").or_else(|| {
        (upper.first().map(String::as_str) == Some("CREATE"))
            .then(|| upper.iter().position(|w| w == "INDEX"))
            .flatten()
    })?;
    words.get(at + 1).map(|w| w.replace('"', ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_gives_each_error_with_its_object_and_sqlstate() {
        let log = "\
2026-12-03T08:31:15.076001Z LOG pgloader version \"3.6.7~devel\"
2026-12-03T08:32:51.192000Z ERROR PostgreSQL Database error 42830: there is no unique constraint matching given keys for referenced table \"parent\"
QUERY: ALTER TABLE shop.child ADD CONSTRAINT child_ibfk_1 FOREIGN KEY(code) REFERENCES shop.parent(code) ON UPDATE RESTRICT ON DELETE RESTRICT
2026-12-03T08:31:15.824000Z ERROR Database error 22P02: invalid input syntax for type numeric: \"round(rand() * 10,2)\"
QUERY: CREATE TABLE shop.t2 
(
  id    numeric not null,
  price decimal(10,2) default 'round(rand() * 10,2)'
);
2026-12-03T08:31:15.828000Z FATAL Failed to create the schema, see above.
2026-12-03T08:31:15.828000Z LOG report summary reset
       table name     errors       rows      bytes      total time
-----------------  ---------  ---------  ---------  --------------
  fetch meta data          0          7                     0.184s
";
        let entries = parse_log(log);
        assert_eq!(entries.len(), 5);
        let r = read_log(&entries);
        assert_eq!(r.failures.len(), 2);
        let fk = &r.failures[0];
        assert_eq!(fk.sqlstate, "42830");
        assert_eq!(fk.kind, "ALTER TABLE ADD FOREIGN KEY");
        assert_eq!(fk.object, "shop.child (child_ibfk_1)");
        assert_eq!(fk.line, 2);
        let t = &r.failures[1];
        assert_eq!(t.sqlstate, "22P02");
        assert_eq!(t.kind, "CREATE TABLE");
        assert_eq!(t.object, "shop.t2");
        assert!(t.statement.contains("default 'round(rand() * 10,2)'"));
        assert_eq!(r.stopped_at, Some(2));
        assert!(t.note.as_deref().unwrap().contains("stopped the load"));
        assert_eq!(r.tables.get(&1).map(String::as_str), Some("shop.child"));
    }

    #[test]
    fn connection_errors_are_not_failures() {
        let log = "2026-12-03T08:32:37.587999Z ERROR mysql: Failed to connect to mysql at \"127.0.0.1\" (port 3306) as user \"u\": MySQL Error [1045]: \"Access denied\"\n";
        let r = read_log(&parse_log(log));
        assert!(r.failures.is_empty());
        assert!(r.connection.unwrap().contains("Access denied"));
    }

    #[test]
    fn statement_tables() {
        assert_eq!(
            statement_table("CREATE UNIQUE INDEX idx_1 ON shop.film (film_id);").as_deref(),
            Some("shop.film")
        );
        assert_eq!(
            statement_table("ALTER TABLE ONLY \"shop\".\"film\" ADD PRIMARY KEY").as_deref(),
            Some("shop.film")
        );
        assert_eq!(
            statement_table("CREATE TABLE shop.t2 \n(\n id int\n);").as_deref(),
            Some("shop.t2")
        );
    }

    #[test]
    fn the_summary_counts_the_ddl_once() {
        let json = r#"{"PRELOAD":[[{"NAME":"fetch meta data","READ":7,"ERRS":0},{"NAME":"Create tables","READ":4,"ERRS":0}]],"DATA":[null],"POSTLOAD":[[{"NAME":"Index Build Completion","READ":4,"ERRS":0},{"NAME":"Create Indexes","READ":4,"ERRS":0},{"NAME":"Create Foreign Keys","READ":1,"ERRS":1}]]}"#;
        let steps = parse_summary(json);
        assert_eq!(steps.len(), 5);
        assert_eq!(ddl_statements(&steps), 9);
        assert_eq!(steps[4].errors, 1);
    }
}

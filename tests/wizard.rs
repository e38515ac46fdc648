//! The wizard end to end through a pseudo-terminal (expectrl): every prompt answered as a person
//! would, a wrong answer and a retry, Ctrl-C and Esc, and the refusal without a terminal.

mod common;
mod pg;

use common::*;
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Eof, Expect, Regex};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const DOWN: &str = "\x1b[B";

/// The wizard in a pty, with an empty price cache and a fixed report date.
fn spawn(dir: &Path) -> Session {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    cmd.arg("wizard")
        .current_dir(dir)
        .env("DBASSAY_CACHE_DIR", dir.join("cache"))
        .env("SOURCE_DATE_EPOCH", "1790000000")
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR");
    let mut s = Session::spawn(cmd).expect("spawn the wizard in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s
}

/// Reads to the end and returns the exit code.
fn finish(mut s: Session) -> (i32, String) {
    let rest = s
        .expect(Eof)
        .map(|c| String::from_utf8_lossy(c.as_bytes()).into_owned());
    let status = s.get_process().wait().expect("wait for the wizard");
    let code = match status {
        WaitStatus::Exited(_, code) => code,
        other => panic!("the wizard did not exit normally: {other:?}"),
    };
    (code, rest.unwrap_or_default())
}

thread_local! {
    /// Everything the wizard wrote to the terminal so far, in this test.
    static TRANSCRIPT: std::cell::RefCell<String> = Default::default();
}

fn expect(s: &mut Session, text: &str) -> String {
    match s.expect(text) {
        Ok(c) => {
            let before = String::from_utf8_lossy(c.before()).into_owned();
            TRANSCRIPT.with(|t| {
                let mut t = t.borrow_mut();
                t.push_str(&before);
                t.push_str(text);
            });
            before
        }
        Err(e) => panic!("waiting for {text:?}: {e}"),
    }
}

fn transcript() -> String {
    TRANSCRIPT.with(|t| t.borrow().clone())
}

/// Splits a command line printed by the wizard (words, and single-quoted words).
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            c => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

#[test]
fn without_a_terminal_it_exits_2_and_points_to_assess() {
    let out = Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .arg("wizard")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("dbassay assess --profile FILE"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_profile_from_nothing_to_a_report_with_a_retry_and_the_same_command_after() {
    let dir = tempfile::tempdir().unwrap();
    let sample = sample("rds-postgresql");
    let mut s = spawn(dir.path());

    // 1. Engine: detect.
    expect(&mut s, "Which engine is the source?");
    expect(&mut s, "Amazon RDS for PostgreSQL");
    s.send("\r").unwrap();
    // 2. A profile file; first a path that does not exist, then a retry.
    expect(&mut s, "How do I read the source?");
    s.send("\r").unwrap();
    expect(&mut s, "Profile file:");
    s.send("no/such/profile.json\r").unwrap();
    expect(&mut s, "cannot read");
    expect(&mut s, "Check the path");
    expect(&mut s, "Try again?");
    s.send("y\r").unwrap();
    expect(&mut s, "Profile file:");
    // The last answer is offered again: clear it, then give the right one.
    s.send("\x7f".repeat("no/such/profile.json".len())).unwrap();
    s.send(format!("{}\r", sample.display())).unwrap();
    expect(&mut s, "Profile read");
    // 3. What was detected, confirmed; then the rest.
    let facts = expect(&mut s, "Assess it as Amazon RDS for PostgreSQL?");
    assert!(facts.contains("role rds_superuser exists"), "{facts}");
    assert!(facts.contains("18 tables"), "{facts}");
    s.send("y\r").unwrap();
    expect(&mut s, "Where should prices come from?");
    s.send("offline").unwrap();
    expect(&mut s, "only the bundled rate cards");
    s.send("\r").unwrap();
    expect(&mut s, "Region of the source:");
    expect(&mut s, "us-west-2");
    s.send("us-west-2\r").unwrap();
    expect(&mut s, "Instance class:");
    expect(&mut s, "db.r6g.large — 2 vCPU, 16 GiB — 0.225 USD/Hrs");
    s.send("db.r6g.large\r").unwrap();
    expect(&mut s, "Allocated storage (GB):");
    s.send("250\r").unwrap();
    expect(&mut s, "High availability");
    s.send("n\r").unwrap();
    // 4. The summary.
    expect(&mut s, "Assessed in");
    let table = expect(&mut s, "Write a report?");
    for want in ["score", "tier", "Lakebase / month", "Top findings", "pg-"] {
        assert!(table.contains(want), "no {want:?} in the summary:\n{table}");
    }
    // 5. An HTML report.
    s.send("HTML").unwrap();
    expect(&mut s, "self-contained");
    s.send("\r").unwrap();
    expect(&mut s, "Write it to:");
    s.send("wizard-report.html\r").unwrap();
    expect(&mut s, "Wrote ");
    expect(&mut s, "To run this again in a script or CI:");
    let line = s
        .expect(Regex(r"dbassay assess [^\r\n]+"))
        .expect("the equivalent command");
    let command = String::from_utf8_lossy(line.get(0).unwrap()).into_owned();
    let (code, _) = finish(s);
    assert_eq!(code, 0);

    let written = dir.path().join("wizard-report.html");
    let html = std::fs::read_to_string(&written).expect("the report was written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("us-west-2") && html.contains("db.r6g.large"));

    // The printed command repeats the run: same answers, same report, byte for byte.
    let args = words(&command);
    assert_eq!(&args[..2], ["dbassay", "assess"]);
    for want in [
        "--region us-west-2",
        "--instance db.r6g.large",
        "--storage-gb 250",
        "--ha false",
        "--pricing offline",
        "--format html -o wizard-report.html",
    ] {
        assert!(command.contains(want), "{want:?} not in {command}");
    }
    let mut args: Vec<String> = args[2..].to_vec();
    let o = args.iter().position(|a| a == "-o").unwrap();
    args[o + 1] = "again.html".into();
    let out = Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .arg("assess")
        .args(&args)
        .current_dir(dir.path())
        .env("DBASSAY_CACHE_DIR", dir.path().join("cache"))
        .env("SOURCE_DATE_EPOCH", "1790000000")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("again.html")).unwrap(),
        html,
        "the printed command gives another report"
    );
}

#[test]
fn ctrl_c_at_the_first_question_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path());
    expect(&mut s, "Which engine is the source?");
    s.send(ControlCode::EndOfText).unwrap();
    let (code, rest) = finish(s);
    assert_eq!(code, 130, "{rest}");
    assert!(rest.contains("cancelled"), "{rest}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn esc_at_a_later_question_exits_130_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path());
    expect(&mut s, "Which engine is the source?");
    s.send("\r").unwrap();
    expect(&mut s, "How do I read the source?");
    s.send("\r").unwrap();
    expect(&mut s, "Profile file:");
    s.send(format!("{}\r", sample("cosmosdb").display()))
        .unwrap();
    expect(&mut s, "Assess it as Azure Cosmos DB");
    s.send("y\r").unwrap();
    expect(&mut s, "Where should prices come from?");
    s.send(DOWN).unwrap();
    s.send(ControlCode::Escape).unwrap();
    let (code, rest) = finish(s);
    assert_eq!(code, 130, "{rest}");
    assert!(rest.contains("cancelled"), "{rest}");
}

#[test]
fn a_live_source_a_refused_password_then_a_retry_on_the_real_server() {
    let _lock = pg::ClusterLock::shared();
    let mut db = pg::Scratch::new("wizard");
    db.sql("CREATE TABLE orders (id bigint PRIMARY KEY, note text); CREATE TABLE log (line text);");
    db.close();
    // The local PostgreSQL trusts every local connection, so a wrong password is answered by a
    // stand-in that speaks the protocol and refuses it as PostgreSQL does (SQLSTATE 28P01).
    let refusing = pg::RefusingServer::start();
    let wrong = format!(
        "postgresql://app@127.0.0.1:{}/shop?sslmode=disable",
        refusing.port
    );
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path());

    expect(&mut s, "Which engine is the source?");
    s.send("RDS for PostgreSQL\r").unwrap();
    expect(&mut s, "How do I read the source?");
    s.send(DOWN).unwrap();
    s.send("\r").unwrap();
    expect(&mut s, "Connection URL (without the password):");
    // A URL holding a password is refused by the prompt itself.
    s.send("postgresql://app:pw@h/db\r").unwrap();
    expect(&mut s, "the URL holds a password");
    s.send("\x7f".repeat(24)).unwrap();
    s.send(format!("{wrong}\r")).unwrap();
    expect(&mut s, "Password:");
    s.send("wrong-pw-123\r").unwrap();
    expect(&mut s, "password authentication failed");
    expect(&mut s, "refused the credentials");
    expect(&mut s, "Try again?");
    s.send("y\r").unwrap();
    // Then the real server, with a database that does not exist there.
    let missing = db.url().replace(&db.name, "dbassay_no_such_database");
    expect(&mut s, "Connection URL (without the password):");
    s.send("\x7f".repeat(wrong.len())).unwrap();
    s.send(format!("{missing}\r")).unwrap();
    expect(&mut s, "Password:");
    s.send("\r").unwrap();
    expect(&mut s, "\"dbassay_no_such_database\" does not exist");
    expect(&mut s, "does not exist there");
    expect(&mut s, "Try again?");
    s.send("y\r").unwrap();
    expect(&mut s, "Connection URL (without the password):");
    s.send("\x7f".repeat(missing.len())).unwrap();
    s.send(format!("{}\r", db.url())).unwrap();
    expect(&mut s, "Password:");
    s.send("\r").unwrap();
    expect(&mut s, "Connected and read the catalogs");
    let facts = expect(&mut s, "Assess it as Amazon RDS for PostgreSQL?");
    assert!(facts.contains("2 tables"), "{facts}");
    s.send("y\r").unwrap();
    expect(&mut s, "Where should prices come from?");
    s.send("offline\r").unwrap();
    expect(&mut s, "Region of the source:");
    s.send("\r").unwrap();
    expect(&mut s, "Instance class:");
    s.send("\r").unwrap();
    expect(&mut s, "Allocated storage (GB):");
    s.send("\r").unwrap();
    expect(&mut s, "High availability");
    s.send("\r").unwrap();
    let table = expect(&mut s, "Write a report?");
    assert!(table.contains("pg-table-without-primary-key"), "{table}");
    s.send("\r").unwrap();
    expect(&mut s, "To run this again in a script or CI:");
    let line = s.expect(Regex(r"dbassay assess [^\r\n]+")).unwrap();
    let command = String::from_utf8_lossy(line.get(0).unwrap()).into_owned();
    let (code, rest) = finish(s);
    assert_eq!(code, 0, "{rest}");
    assert!(
        command.starts_with(&format!("dbassay assess --source '{}'", db.url())),
        "{command}"
    );
    assert!(rest.contains("PGPASSWORD"), "{rest}");
    // The wrong password reached the server that asked for it, and was never shown.
    assert_eq!(
        refusing.passwords.lock().unwrap().as_slice(),
        ["wrong-pw-123"]
    );
    let all = format!("{}{command}{rest}", transcript());
    assert!(all.contains("Password:"));
    assert!(!all.contains("wrong-pw"), "the password was shown:\n{all}");
}

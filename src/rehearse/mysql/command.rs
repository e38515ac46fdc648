//! pgloader itself: finding it, the command file of a schema-only load, and running it with the
//! passwords in its environment only.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::log::parse_summary;
use super::Step;
use crate::error::Error;
use crate::introspect::SourceUrl;
use crate::rehearse::tool::{self, Tool};

/// A pgloader found and its version.
#[derive(Debug, Clone)]
pub struct Pgloader {
    pub path: PathBuf,
    /// `3.6.7~devel`
    pub version: String,
}

/// Finds pgloader (given, or on PATH) and reads its version.
pub fn find_pgloader(given: Option<&Path>) -> Result<Pgloader, Error> {
    let tool = Tool {
        name: "pgloader",
        option: "--pgloader",
        install: "a MySQL-family source is rehearsed through pgloader: install it (Debian: the \
                  pgloader package) or give its path with --pgloader",
        parse: parse_version,
        expected: "pgloader version \"N.N.N\"",
    };
    let (path, version) = tool::find(&tool, given)?;
    Ok(Pgloader { path, version })
}

/// `pgloader version "3.6.7~devel"` → `3.6.7~devel`.
pub fn parse_version(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.starts_with("pgloader version"))?;
    let v = line.split('"').nth(1)?;
    v.chars()
        .next()
        .filter(|c| c.is_ascii_digit())
        .map(|_| v.to_string())
}

/// A name pgloader's command file can carry as it is (no quoting, nothing that ends a clause).
fn plain(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '$'))
}

fn host_of(url: &SourceUrl) -> String {
    match url.host.as_deref() {
        Some(h) if h.starts_with('/') => format!("unix:{h}"),
        Some(h) => h.to_string(),
        None => "localhost".into(),
    }
}

/// pgloader's `sslmode` for the source's `ssl-mode`.
fn mysql_sslmode(url: &SourceUrl) -> Option<&'static str> {
    let mode = url
        .param("ssl-mode")
        .or_else(|| url.param("ssl_mode"))
        .or_else(|| url.param("sslmode"))?
        .to_ascii_uppercase()
        .replace('-', "_");
    Some(match mode.as_str() {
        "DISABLED" | "DISABLE" => "disable",
        "PREFERRED" | "PREFER" => "prefer",
        _ => "require",
    })
}

/// pgloader's `sslmode` for the scratch URL's `sslmode`.
fn pg_sslmode(url: &SourceUrl) -> Option<&'static str> {
    Some(match url.param("sslmode")? {
        "disable" => "disable",
        "allow" => "allow",
        "prefer" => "prefer",
        _ => "require",
    })
}

/// The command file: a schema-only load of the source database into the scratch database, as
/// `login` (the rehearsal role, or the admin that then takes the role with `set_role`).
pub fn command_file(
    source: &SourceUrl,
    scratch: &SourceUrl,
    login: &str,
    database: &str,
    set_role: Option<&str>,
) -> Result<String, Error> {
    let bad = |what: String, name: &str| {
        Error::input(
            what,
            format!(
                "`{name}` cannot be written into pgloader's command file as it is (letters, \
                 digits, `_`, `-`, `.` and `$` only)"
            ),
        )
    };
    let src_db = source.database.as_deref().ok_or_else(|| {
        Error::input(
            format!("--source {}", source.masked()),
            "name the database in the URL (mysql://user@host/database): pgloader loads one \
             database",
        )
    })?;
    let src_user = source
        .user
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "root".into());
    let src_host = host_of(source);
    for name in [
        src_db,
        src_user.as_str(),
        src_host.trim_start_matches("unix:"),
    ] {
        if !plain(name) && !name.starts_with('/') {
            return Err(bad(format!("--source {}", source.masked()), name));
        }
    }
    let pg_user = login;
    let pg_host = host_of(scratch);
    for name in [pg_user, database, pg_host.trim_start_matches("unix:")] {
        if !plain(name) && !name.starts_with('/') {
            return Err(bad(format!("--scratch {}", scratch.masked()), name));
        }
    }
    let q = |mode: Option<&str>| mode.map(|m| format!("?sslmode={m}")).unwrap_or_default();
    let mut text = format!(
        "LOAD DATABASE\n     FROM mysql://{src_user}@{src_host}:{}/{src_db}{}\n     INTO \
         postgresql://{pg_user}@{pg_host}:{}/{database}{}\n\n WITH schema only, create tables, \
         create indexes, foreign keys, reset sequences,\n      downcase identifiers, uniquify \
         index names\n",
        source.port.unwrap_or(3306),
        q(mysql_sslmode(source)),
        scratch.port.unwrap_or(5432),
        q(pg_sslmode(scratch)),
    );
    if let Some(role) = set_role {
        if !plain(role) {
            return Err(bad(format!("--scratch {}", scratch.masked()), role));
        }
        text.push_str(&format!("\n SET PostgreSQL PARAMETERS role to '{role}'\n"));
    }
    text.push_str(";\n");
    Ok(text)
}

/// pgloader's run: its output (log entries) and its summary.
pub(super) struct Run {
    pub output: String,
    pub summary: Vec<Step>,
    pub command: String,
}

/// Runs pgloader on a command file in a private temporary directory (removed on return), with
/// the passwords in its environment only.
pub(super) fn run_pgloader(
    tool: &Pgloader,
    command: &str,
    mysql_password: Option<&str>,
    pg_password: Option<&str>,
) -> Result<Run, Error> {
    let dir = tempfile::Builder::new()
        .prefix("dbassay-pgloader-")
        .tempdir()
        .map_err(|e| Error::Io {
            what: "cannot make a temporary directory for pgloader".into(),
            source: e,
        })?;
    let io = |what: String| move |e| Error::Io { what, source: e };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
            .map_err(io(format!("cannot protect {}", dir.path().display())))?;
    }
    let file = dir.path().join("schema.load");
    std::fs::write(&file, command).map_err(io(format!("cannot write {}", file.display())))?;
    let summary = dir.path().join("summary.json");
    let mut cmd = Command::new(&tool.path);
    cmd.arg("--root-dir")
        .arg(dir.path().join("work"))
        .arg("--logfile")
        .arg(dir.path().join("pgloader.log"))
        .arg("--summary")
        .arg(&summary)
        .arg(&file)
        .stdin(Stdio::null())
        .current_dir(dir.path());
    for var in [
        "PGHOST",
        "PGHOSTADDR",
        "PGPORT",
        "PGDATABASE",
        "PGSERVICE",
        "PGUSER",
    ] {
        cmd.env_remove(var);
    }
    if let Some(p) = mysql_password {
        cmd.env("MYSQL_PWD", p);
    }
    if let Some(p) = pg_password {
        cmd.env("PGPASSWORD", p);
    }
    // `output` reads both pipes to the end: pgloader dies when a pipe it writes to closes.
    let out = cmd
        .output()
        .map_err(io(format!("cannot run {}", tool.path.display())))?;
    let mut output = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !stderr.trim().is_empty() {
        output.push('\n');
        output.push_str(&stderr);
    }
    let summary = std::fs::read_to_string(&summary)
        .map(|s| parse_summary(&s))
        .unwrap_or_default();
    Ok(Run {
        output,
        summary,
        command: command.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(
            parse_version("pgloader version \"3.6.7~devel\"\ncompiled with SBCL 2.2.9.debian\n")
                .as_deref(),
            Some("3.6.7~devel")
        );
        assert_eq!(parse_version("something else"), None);
    }

    #[test]
    fn the_command_file_holds_no_password_and_refuses_odd_names() {
        let src = SourceUrl::parse("mysql://app:S3cret@db.example.com:3307/shop?ssl-mode=REQUIRED")
            .unwrap();
        let scratch =
            SourceUrl::parse("postgresql://admin:Adm1n@127.0.0.1:5432/postgres?sslmode=disable")
                .unwrap();
        let text = command_file(
            &src,
            &scratch,
            "dbassay_rehearsal_ab",
            "dbassay_rehearsal_ab",
            None,
        )
        .unwrap();
        assert!(text.contains("FROM mysql://app@db.example.com:3307/shop?sslmode=require"));
        assert!(text.contains(
            "INTO postgresql://dbassay_rehearsal_ab@127.0.0.1:5432/dbassay_rehearsal_ab?sslmode=disable"
        ));
        assert!(text.contains("WITH schema only"));
        assert!(!text.contains("S3cret") && !text.contains("Adm1n"));
        let set = command_file(&src, &scratch, "admin", "db", Some("role_x")).unwrap();
        assert!(set.contains("SET PostgreSQL PARAMETERS role to 'role_x'"));
        let odd = SourceUrl::parse("mysql://app@db.example.com/shop;drop").unwrap();
        assert!(command_file(&odd, &scratch, "r", "d", None).is_err());
    }
}

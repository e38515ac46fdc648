//! The external tools a rehearsal runs (`pg_dump`, pgloader): the path given, else the first on
//! PATH, and the version the tool prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::Error;

/// How to find one tool and read its version.
pub struct Tool {
    /// `pg_dump`
    pub name: &'static str,
    /// The option that gives its path (`--pg-dump`).
    pub option: &'static str,
    /// What to do when it is not on PATH.
    pub install: &'static str,
    /// The version out of what `--version` printed.
    pub parse: fn(&str) -> Option<String>,
    /// What `--version` should print, for the message when it does not.
    pub expected: &'static str,
}

/// Finds the tool (given, or on PATH) and reads its version (all of its output: pgloader dies
/// when the pipe it writes to is closed early).
pub fn find(tool: &Tool, given: Option<&Path>) -> Result<(PathBuf, String), Error> {
    let path = match given {
        Some(p) => {
            if !p.is_file() {
                return Err(Error::input(
                    format!("{} {}", tool.option, p.display()),
                    format!("no such file; give the path of a {} executable", tool.name),
                ));
            }
            p.to_path_buf()
        }
        None => on_path(tool.name).ok_or_else(|| {
            Error::input(tool.name, format!("not found on PATH; {}", tool.install))
        })?,
    };
    let out = Command::new(&path)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Io {
            what: format!("cannot run {}", path.display()),
            source: e,
        })?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let version = (tool.parse)(&text).ok_or_else(|| {
        Error::input(
            path.display().to_string(),
            format!(
                "`--version` printed `{}`, not `{}`",
                text.trim(),
                tool.expected
            ),
        )
    })?;
    Ok((path, version))
}

/// An executable named `name` on PATH.
pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            .unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

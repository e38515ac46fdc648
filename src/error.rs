//! Errors and the exit codes they map to (see DESIGN.md: 2 bad input, 3 unreachable service;
//! 4 some sources of a fleet failed, 130 an interactive command was interrupted).

use thiserror::Error;

#[derive(Debug, Error)]
pub enum Error {
    /// Bad input: a file, a field, a flag. `what` names the thing, `detail` says what is wrong.
    #[error("{what}: {detail}")]
    Input { what: String, detail: String },
    /// Several problems found at once (e.g. every mistake in a rubric directory).
    #[error("{} problem(s) found:\n{}", .0.len(), .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Problems(Vec<String>),
    /// A database or price service could not be reached.
    #[error("{what}: {detail}")]
    Unreachable { what: String, detail: String },
    /// Some sources of a fleet could not be assessed (the others were, and their reports and
    /// the summary were written).
    #[error("{0}")]
    SourcesFailed(String),
    /// The user stopped an interactive command (Ctrl-C or Esc).
    #[error("cancelled; nothing more was done")]
    Interrupted,
    /// A CI gate was crossed (not a failure of the tool itself).
    #[error("{0}")]
    Gate(String),
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    pub fn input(what: impl Into<String>, detail: impl Into<String>) -> Self {
        Error::Input {
            what: what.into(),
            detail: detail.into(),
        }
    }

    /// The same error with `f` applied to every text it holds (to mask a secret in it).
    pub fn map_text(self, f: impl Fn(String) -> String) -> Error {
        match self {
            Error::Input { what, detail } => Error::Input {
                what: f(what),
                detail: f(detail),
            },
            Error::Unreachable { what, detail } => Error::Unreachable {
                what: f(what),
                detail: f(detail),
            },
            Error::Problems(list) => Error::Problems(list.into_iter().map(f).collect()),
            Error::Gate(s) => Error::Gate(f(s)),
            Error::SourcesFailed(s) => Error::SourcesFailed(f(s)),
            Error::Interrupted => Error::Interrupted,
            Error::Io { what, source } => Error::Io {
                what: f(what),
                source: std::io::Error::new(source.kind(), f(source.to_string())),
            },
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Gate(_) => 1,
            Error::Input { .. } | Error::Problems(_) => 2,
            Error::Unreachable { .. } => 3,
            Error::Io { .. } => 2,
            Error::SourcesFailed(_) => 4,
            Error::Interrupted => 130,
        }
    }
}

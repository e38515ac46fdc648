//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> PathBuf {
    root()
        .join("examples/profiles")
        .join(format!("{name}.json"))
}

/// Runs the built binary with `args`; no terminal, no colour.
pub fn dbassay(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dbassay"))
        .args(args)
        .env("NO_COLOR", "1")
        // `--pricing cached` (the default) must not see a developer's own price cache.
        .env(
            "DBASSAY_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-price-cache"),
        )
        .current_dir(root())
        .output()
        .expect("run dbassay")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `dbassay assess --profile <path> --format json`, parsed.
pub fn assess_json(path: &Path, extra: &[&str]) -> serde_json::Value {
    let p = path.to_str().unwrap();
    let mut args = vec!["assess", "--profile", p, "--format", "json"];
    args.extend_from_slice(extra);
    let out = dbassay(&args);
    assert!(out.status.success(), "assess failed: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("assessment JSON")
}

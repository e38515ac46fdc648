//! The `moto` AWS emulator as a real peer for the tests of AWS APIs other than pricing.
//!
//! `.ci/run` installs `moto[server]` into `.ci/venv`; each `Moto::start()` runs its own server on
//! a free port (so tests and test binaries never share state) and stops it when dropped. Without
//! moto a test is skipped with a message — except under `CI=true`, where a missing emulator is a
//! failure, so CI can never pass by skipping.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Moto {
    child: Child,
    /// The Python of moto's virtual environment (with boto3), to seed the emulator.
    pub python: PathBuf,
    /// `http://127.0.0.1:PORT`, for `AWS_ENDPOINT_URL` / `AWS_ENDPOINT_URL_<SERVICE>`.
    pub endpoint: String,
}

/// The moto server executable: `$DBASSAY_MOTO_SERVER`, else `.ci/venv/bin/moto_server`.
fn executable() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DBASSAY_MOTO_SERVER") {
        return Some(PathBuf::from(p));
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".ci/venv/bin/moto_server");
    venv.exists().then_some(venv)
}

impl Moto {
    /// Starts a fresh emulator, or returns `None` (test skipped) when moto is not installed
    /// outside CI.
    pub fn start() -> Option<Moto> {
        Self::start_with(&[])
    }

    /// As [`Moto::start`], with environment variables for the server (e.g.
    /// `INITIAL_NO_AUTH_ACTION_COUNT`, which turns on IAM access control after that many
    /// requests).
    pub fn start_with(env: &[(&str, &str)]) -> Option<Moto> {
        let Some(exe) = executable() else {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("moto is not installed (.ci/venv/bin/moto_server): run `bash .ci/run`");
            }
            eprintln!("SKIPPED: moto is not installed; `bash .ci/run` installs it into .ci/venv");
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let child = Command::new(&exe)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", exe.display()));
        let moto = Moto {
            python: exe.with_file_name("python"),
            child,
            endpoint: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "moto did not listen within 30 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(moto)
    }

    /// Runs `script` with moto's Python (boto3 at hand) and `ENDPOINT` set to this emulator;
    /// returns its standard output. A failing script fails the test.
    pub fn seed(&self, script: &str) -> String {
        let out = Command::new(&self.python)
            .args(["-c", script])
            .env("ENDPOINT", &self.endpoint)
            .output()
            .unwrap_or_else(|e| panic!("run {}: {e}", self.python.display()));
        assert!(
            out.status.success(),
            "seed script failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Environment for a dbassay process that talks to this emulator with dummy credentials.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ENDPOINT_URL", self.endpoint.clone()),
            ("AWS_ACCESS_KEY_ID", "testing".into()),
            ("AWS_SECRET_ACCESS_KEY", "testing".into()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_EC2_METADATA_DISABLED", "true".into()),
        ]
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

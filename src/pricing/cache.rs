//! The on-disk price cache: one JSON file per [`ServiceKey`] under `<cache dir>/prices/`,
//! holding the records and when they were fetched. Written atomically, so a reader never sees
//! half a file; a file that cannot be read is treated as absent.

use std::path::{Path, PathBuf};

use super::{Entry, ServiceKey};

/// Files live in `<dir>/prices/`.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// The platform cache directory + `dbassay`: `$XDG_CACHE_HOME` or `~/.cache` on Linux and
/// other Unix, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows.
pub fn default_dir() -> Option<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(windows) {
        env("LOCALAPPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library/Caches"))
    } else {
        env("XDG_CACHE_HOME")
            .filter(|p| p.is_absolute())
            .or_else(|| env("HOME").map(|h| h.join(".cache")))
    };
    base.map(|b| b.join("dbassay"))
}

/// 64-bit FNV-1a: stable across Rust versions and platforms, unlike `DefaultHasher`.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Cache {
    pub fn new(dir: PathBuf) -> Cache {
        Cache { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self, key: &ServiceKey) -> PathBuf {
        self.dir.join("prices").join(format!(
            "{}-{:016x}.json",
            format!("{:?}", key.provider).to_lowercase(),
            fnv1a(&key.canonical())
        ))
    }

    /// The entry for `key`, if cached (of any age) and readable.
    pub fn read(&self, key: &ServiceKey) -> Option<Entry> {
        let text = std::fs::read_to_string(self.path(key)).ok()?;
        let entry: Entry = serde_json::from_str(&text).ok()?;
        // A hash collision or a hand-edited file is not this key's answer.
        (entry.key == *key).then_some(entry)
    }

    pub fn write(&self, entry: &Entry) -> Result<(), String> {
        let path = self.path(&entry.key);
        let dir = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create the price cache {}: {e}", dir.display()))?;
        let text = serde_json::to_string(entry).map_err(|e| e.to_string())?;
        crate::data::write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())
    }

    /// Every readable entry, in file-name order (`prices export`).
    pub fn entries(&self) -> Vec<Entry> {
        let Ok(dir) = std::fs::read_dir(self.dir.join("prices")) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = dir
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter_map(|t| serde_json::from_str(&t).ok())
            .collect()
    }
}

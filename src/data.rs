//! Data files: the bundled engines, rubrics and report templates, and loading YAML with
//! errors that name the file, line and column.

use serde::de::DeserializeOwned;
use std::path::Path;

use crate::error::Error;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// A data file's name (relative path, for messages) and text.
#[derive(Debug, Clone)]
pub struct DataFile {
    pub name: String,
    pub text: String,
}

impl DataFile {
    /// File name without directory and extension (`rubrics/engines/alloydb.yaml` → `alloydb`).
    pub fn stem(&self) -> &str {
        let base = self.name.rsplit('/').next().unwrap_or(&self.name);
        base.split('.').next().unwrap_or(base)
    }

    pub fn read(path: &Path) -> Result<DataFile, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
            what: format!("cannot read {}", path.display()),
            source: e,
        })?;
        Ok(DataFile {
            name: path.display().to_string(),
            text,
        })
    }
}

fn bundled(files: &[(&str, &str)], ext: &str) -> Vec<DataFile> {
    files
        .iter()
        .filter(|(name, _)| name.ends_with(ext))
        .map(|(name, text)| DataFile {
            name: name.to_string(),
            text: text.to_string(),
        })
        .collect()
}

pub fn engine_files() -> Vec<DataFile> {
    bundled(bundled::ENGINES, ".yaml")
}

pub fn rubric_files() -> Vec<DataFile> {
    bundled(bundled::RUBRICS, ".yaml")
}

/// Bundled report templates, by file name (`report.md.hbs`).
pub fn report_files() -> Vec<DataFile> {
    bundled(bundled::REPORTS, ".hbs")
}

/// The bundled sample profiles (`examples/profiles/*.json`), for `demo`.
pub fn sample_profiles() -> Vec<DataFile> {
    bundled(bundled::PROFILES, ".json")
}

/// Paths of the files under `dir`, recursively, with one of `extensions`, in path order.
pub fn files_under(dir: &Path, extensions: &[&str]) -> Result<Vec<std::path::PathBuf>, Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| Error::Io {
            what: format!("cannot read directory {}", d.display()),
            source: e,
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Every `*.yaml` file under `dir`, recursively, in name order.
pub fn yaml_files_in(dir: &Path) -> Result<Vec<DataFile>, Error> {
    files_under(dir, &["yaml", "yml"])?
        .iter()
        .map(|p| DataFile::read(p))
        .collect()
}

/// Parses a YAML file into `T`; the error names file, line and column.
pub fn parse_yaml<T: DeserializeOwned>(file: &DataFile) -> Result<T, String> {
    serde_yaml::from_str(&file.text).map_err(|e| yaml_error(&file.name, &e))
}

pub fn yaml_error(file: &str, e: &serde_yaml::Error) -> String {
    match e.location() {
        Some(loc) => format!("{file}:{}:{}: {e}", loc.line(), loc.column()),
        None => format!("{file}: {e}"),
    }
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, then a rename, so a reader
/// never sees half a file and a failed run leaves the old file intact.
///
/// A symbolic link is followed, so the link stays and its target is replaced. A target that is
/// not a regular file (`/dev/null`, a named pipe) is written in place: renaming over it would
/// replace a device with a file, which as root breaks the machine for everyone.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    let io = |e| Error::Io {
        what: format!("cannot write {}", path.display()),
        source: e,
    };
    let resolved = std::fs::canonicalize(path).ok();
    let path = resolved.as_deref().unwrap_or(path);
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(io)?;
        return file.write_all(bytes).map_err(io);
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::write_atomic;
    use std::os::unix::fs::FileTypeExt;

    #[test]
    fn a_link_stays_a_link_and_its_target_gets_the_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.md");
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("latest.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }

    #[test]
    fn a_named_pipe_is_written_in_place_not_replaced_by_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("out.fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap();
        assert!(made.success());
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
        };
        write_atomic(&pipe, b"{\"ok\":true}").unwrap();
        // Checked before joining: had the pipe been renamed over, the reader would wait forever.
        assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), "{\"ok\":true}");
    }

    #[test]
    fn a_regular_file_is_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.json");
        std::fs::write(&file, "a much longer old content").unwrap();
        write_atomic(&file, b"short").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "short");
    }
}

//! Embeds every file under engines/, rubrics/, reports/ and examples/profiles/ so that adding one needs no Rust change.

use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let mut code = String::new();
    for dir in ["engines", "rubrics", "reports", "examples/profiles"] {
        println!("cargo:rerun-if-changed={dir}");
        let mut files = Vec::new();
        collect(&Path::new(&root).join(dir), &mut files);
        let name = dir.rsplit('/').next().unwrap().to_uppercase();
        writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
        for file in files {
            let rel = file
                .strip_prefix(&format!("{root}/"))
                .unwrap_or(&file)
                .to_string();
            writeln!(code, "    ({rel:?}, include_str!({file:?})),").unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("bundled.rs"), code).unwrap();
}

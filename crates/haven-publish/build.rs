//! Embeds what the web edition shares with the app: its stylesheet (`ui/styles.css`), its
//! pictograms (`ui/icons/*.svg`) and its interface strings (`locales/*/app.ftl`), so that a
//! `haven-pack` binary writes the same pages wherever it runs, with no checkout of the repository.
//!
//! Writes `OUT_DIR/app_files.rs`: two lists of `(relative path, include_bytes!(absolute path))`.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let ui = root.join("ui");
    let locales = root.join("locales");
    let mut out = String::new();

    out.push_str("/// The app's stylesheet and pictograms, by path relative to `ui/`.\n");
    out.push_str("pub static UI_FILES: &[(&str, &[u8])] = &[\n");
    let mut ui_files = vec![("styles.css".to_owned(), ui.join("styles.css"))];
    for icon in sorted_files(&ui.join("icons")) {
        let name = icon.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".svg") {
            ui_files.push((format!("icons/{name}"), icon));
        }
    }
    for (relative, path) in &ui_files {
        out.push_str(&entry(relative, path));
    }
    out.push_str("];\n\n");

    out.push_str("/// The interface strings, by path relative to `locales/` (`da/app.ftl`).\n");
    out.push_str("pub static INTERFACE_FILES: &[(&str, &[u8])] = &[\n");
    for folder in sorted_files(&locales) {
        let app = folder.join("app.ftl");
        if folder.is_dir() && app.is_file() {
            let locale = folder.file_name().unwrap().to_string_lossy().into_owned();
            out.push_str(&entry(&format!("{locale}/app.ftl"), &app));
        }
    }
    out.push_str("];\n");

    let target = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(target.join("app_files.rs"), out).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=../../ui/styles.css");
    println!("cargo::rerun-if-changed=../../ui/icons");
    println!("cargo::rerun-if-changed=../../locales");
}

fn entry(relative: &str, path: &Path) -> String {
    let absolute =
        fs::canonicalize(path).unwrap_or_else(|e| panic!("cannot find {}: {e}", path.display()));
    format!("    ({relative:?}, include_bytes!({:?})),\n", absolute.display().to_string())
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .collect();
    paths.sort();
    paths
}

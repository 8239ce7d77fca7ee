//! The broken-pack corpus, `tests/broken-packs/`: finding its cases and building each broken pack.
//! Shared by the integration tests (`broken_packs.rs`) and the lint benchmark (`benches/lint.rs`),
//! which runs Mozilla's compare-locales on the same packs.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/broken-packs")
}

/// Every case folder: those with a `patch.toml`, sorted by name.
pub fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(corpus())
        .expect("tests/broken-packs exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("patch.toml").is_file())
        .collect();
    cases.sort();
    cases
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patch {
    pub description: String,
    #[serde(default)]
    edit: Vec<Edit>,
    #[serde(default)]
    remove: Vec<FileName>,
    #[serde(default)]
    write: Vec<Write>,
}

/// Replace the one place `find` occurs in `file` with `replace`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    find: String,
    replace: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileName {
    file: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Write {
    file: String,
    text: String,
}

/// A copy of `_pack` in `dir`, broken as the case's `patch.toml` says.
pub fn broken_pack(case: &Path, dir: &Path) -> Result<Patch, String> {
    copy_tree(&corpus().join("_pack"), dir);
    let text = fs::read_to_string(case.join("patch.toml")).map_err(|e| e.to_string())?;
    let patch: Patch = toml::from_str(&text).map_err(|e| format!("patch.toml: {e}"))?;
    for edit in &patch.edit {
        let path = dir.join(&edit.file);
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", edit.file))?;
        let found = text.matches(edit.find.as_str()).count();
        if found != 1 {
            return Err(format!(
                "{}: `find` occurs {found} times in _pack, not once: {:?}",
                edit.file, edit.find
            ));
        }
        fs::write(&path, text.replacen(&edit.find, &edit.replace, 1)).unwrap();
    }
    for remove in &patch.remove {
        fs::remove_file(dir.join(&remove.file)).map_err(|e| format!("{}: {e}", remove.file))?;
    }
    for write in &patch.write {
        let path = dir.join(&write.file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &write.text).unwrap();
    }
    Ok(patch)
}

/// Copies a folder and everything in it.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

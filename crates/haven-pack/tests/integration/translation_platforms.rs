//! What translation platforms read: Weblate reads Fluent files with translate-toolkit, Pontoon and
//! compare-locales find them through the root `l10n.toml`. A translator's work is only safe if they
//! see exactly the messages and attributes the app shows.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use haven_format::fluent::{FileKind, FileRules, FluentFile};
use haven_format::{CONTENT_VARIABLES, SELF_CHECK_VARIABLES};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Every Fluent file of the default pack and of the interface.
fn fluent_files() -> Vec<PathBuf> {
    let root = repository();
    let mut files = Vec::new();
    for folder in ["content", "locales"] {
        for locale in std::fs::read_dir(root.join(folder)).unwrap() {
            let locale = locale.unwrap().path();
            if !locale.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&locale).unwrap() {
                let file = file.unwrap().path();
                if file.extension().is_some_and(|e| e == "ftl") {
                    files.push(file);
                }
            }
        }
    }
    files.sort();
    files
}

/// The messages and attributes (`id`, `id.attribute`) the engine finds in a file.
fn engine_ids(path: &Path) -> BTreeSet<String> {
    let name = path.file_name().unwrap().to_str().unwrap();
    let (kind, variables): (_, &[&str]) = match name {
        "app.ftl" => (FileKind::Interface, &CONTENT_VARIABLES),
        "services.ftl" => (FileKind::Services, &CONTENT_VARIABLES),
        "self-check.ftl" => (FileKind::SelfCheck, &SELF_CHECK_VARIABLES),
        _ => (FileKind::Article, &CONTENT_VARIABLES),
    };
    let locale = path.parent().unwrap().file_name().unwrap().to_str().unwrap();
    let rules = FileRules { kind, is_reference: locale == "en", locale, services: None, variables };
    let text = std::fs::read_to_string(path).unwrap();
    let file = FluentFile::load(name, text, &rules, &mut Vec::new());
    let mut ids = BTreeSet::new();
    for shape in &file.shapes {
        ids.insert(shape.id.clone());
        ids.extend(shape.attributes.iter().map(|a| format!("{}.{a}", shape.id)));
    }
    ids
}

/// The same, as translate-toolkit's Fluent store reads the files: one unit per message, its
/// attributes written inside the unit's source as `.name = ...` lines.
const TRANSLATE_TOOLKIT: &str = r#"
import json, re, sys
from translate.storage import fluent
found = {}
for path in sys.argv[1:]:
    store = fluent.FluentFile.parsefile(path)
    ids = set()
    for unit in store.units:
        if unit.fluent_type != "Message":
            continue
        ids.add(unit.getid())
        ids.update(unit.getid() + "." + name for name in re.findall(r"(?m)^\.([a-zA-Z][\w-]*) =", str(unit.source)))
    found[path] = sorted(ids)
print(json.dumps(found))
"#;

#[test]
fn translate_toolkit_the_reader_weblate_uses_finds_every_message_and_attribute_the_engine_finds() {
    let files = fluent_files();
    assert!(files.len() > 100, "the pack and the interface in every locale: {}", files.len());
    let output = Command::new("python3")
        .arg("-c")
        .arg(TRANSLATE_TOOLKIT)
        .args(&files)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "translate-toolkit could not read the files (install it with `pip install 'translate-toolkit[fluent]'`; scripts/install-deps.sh --tests does): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: BTreeMap<String, BTreeSet<String>> = serde_json::from_slice(&output.stdout).unwrap();
    let mut differences = Vec::new();
    for file in &files {
        let engine = engine_ids(file);
        let toolkit = &found[file.to_str().unwrap()];
        assert!(!engine.is_empty(), "{}", file.display());
        if &engine != toolkit {
            differences.push(format!(
                "{}: only the engine finds {:?}; only translate-toolkit finds {:?}",
                file.display(),
                engine.difference(toolkit).collect::<Vec<_>>(),
                toolkit.difference(&engine).collect::<Vec<_>>()
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

#[test]
fn l10n_toml_names_every_locale_of_the_pack_and_where_its_files_are() {
    let root = repository();
    let l10n: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("l10n.toml")).unwrap()).unwrap();
    let listed: BTreeSet<String> = l10n["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_owned())
        .collect();
    let pack: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("content/pack.toml")).unwrap()).unwrap();
    let reference = pack["reference_locale"].as_str().unwrap();
    let translated: BTreeSet<String> = pack["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap().to_owned())
        .filter(|code| code != reference)
        .collect();
    assert_eq!(listed, translated, "l10n.toml and content/pack.toml list the same translations");
    // Each path pattern finds the reference's files, and each locale's folder is where it says.
    for path in l10n["paths"].as_array().unwrap() {
        let reference_files = path["reference"].as_str().unwrap();
        let folder = root.join(Path::new(reference_files).parent().unwrap());
        assert!(folder.is_dir(), "{reference_files}: no folder {}", folder.display());
        for locale in &listed {
            let pattern = path["l10n"].as_str().unwrap().replace("{locale}", locale);
            let folder = root.join(Path::new(&pattern).parent().unwrap());
            assert!(folder.is_dir(), "{pattern}: no folder {}", folder.display());
        }
    }
}

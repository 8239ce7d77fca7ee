//! # haven-testkit
//!
//! What the tests of `haven-core`, `haven-pack` and the app each need to change a pack the way an
//! editor would: copy the default pack somewhere, then delete a message from a Fluent file.
//!
//! It is a dev-dependency only and depends on nothing, so no crate that ships carries it, and the
//! engine's own tests can use it without a dependency cycle.

use std::path::{Path, PathBuf};

/// The default pack, `content/` at the root of the repository.
pub fn default_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// Copies the folder `from` into `to` (created if missing), with everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Deletes the message `id` and its attribute lines from the Fluent file at `path`, as an editor
/// deleting a section would. Fails if the file has no such message, so a test cannot pass by
/// deleting nothing.
pub fn remove_message(path: &Path, id: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let start = format!("{id} =");
    let mut inside = false;
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| {
            if line.starts_with(&start) {
                inside = true;
            } else if !line.starts_with(' ') {
                inside = false;
            }
            !inside
        })
        .collect();
    assert_ne!(kept.len(), text.lines().count(), "{} has no message `{id}`", path.display());
    std::fs::write(path, kept.join("\n") + "\n").unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_message_keeps_its_neighbours_and_their_attributes() {
        let dir = std::env::temp_dir().join(format!("haven-testkit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.ftl");
        std::fs::write(
            &file,
            "one = One\n    .hint = first\n\ntwo = Two\n    .hint = second\nthree = Three\n",
        )
        .unwrap();
        remove_message(&file, "two");
        let left = std::fs::read_to_string(&file).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(left, "one = One\n    .hint = first\n\nthree = Three\n");
    }
}

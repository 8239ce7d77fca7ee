//! A copy of the default pack in a temporary folder, to change and open.

use std::path::{Path, PathBuf};

use haven_core::{Library, PackError, PackSource};

pub struct PackCopy {
    dir: tempfile::TempDir,
}

impl PackCopy {
    pub fn new() -> PackCopy {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"), dir.path());
        PackCopy { dir }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Replaces the first `from` in a file with `to`, failing if `from` is not there.
    pub fn replace(&self, relative: &str, from: &str, to: &str) -> &PackCopy {
        let path = self.path(relative);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    pub fn open(&self) -> Result<Library, PackError> {
        Library::open(PackSource::Directory(self.dir.path().to_path_buf()))
    }

    /// Every problem, as an NGO editor would read them, with the folder's path cut off.
    pub fn problems(&self) -> Vec<String> {
        let library = self.open().unwrap();
        library.check_all_locales().iter().map(|p| self.relative(&p.to_string())).collect()
    }

    pub fn relative(&self, message: &str) -> String {
        message.replace(&format!("{}/", self.dir.path().display()), "")
    }
}

fn copy_dir(from: &Path, to: &Path) {
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

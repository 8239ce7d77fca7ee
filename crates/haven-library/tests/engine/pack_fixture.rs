//! A copy of the default pack in a temporary folder, to change and open.

use std::path::PathBuf;

use haven_library::{Library, PackRefused, PackSource};

pub struct PackCopy {
    dir: tempfile::TempDir,
}

impl PackCopy {
    pub fn new() -> PackCopy {
        let dir = tempfile::tempdir().unwrap();
        haven_testkit::copy_dir(&haven_testkit::default_pack(), dir.path());
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

    pub fn open(&self) -> Result<Library, PackRefused> {
        Library::open(PackSource::Directory(self.dir.path().to_path_buf()))
    }

    /// Every problem, as an NGO editor reads them: file, line and column in the pack, what is
    /// wrong and how to fix it.
    pub fn problems(&self) -> Vec<String> {
        let library = self.open().unwrap();
        library.check_all_locales().iter().map(ToString::to_string).collect()
    }

    /// Why the pack was refused, as a reader of the app's log would see it.
    pub fn refusal(&self) -> String {
        self.open().err().expect("refused").to_string()
    }
}

//! Writes that survive a crash or a pulled battery: write to a temporary name, sync the file, rename,
//! sync the folder. A reader then sees the old file or the new one, never half of one.
//!
//! [`write_atomically`] is the one way Haven replaces a file in place: the store's `current` pointer
//! and its ETag state, the app's settings, and the manifest and signature `haven-pack build`
//! publishes all go through it.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::SyncError;

/// Replaces the file at `path` with `bytes`, or creates it, so that whenever the process or the
/// device stops, a reader finds either the old contents or the new ones, never a mix; once this
/// returns, the new contents survive a power cut.
///
/// It writes a temporary file of a unique name in the same folder (so that two writers never share
/// one), syncs it to disk, renames it over `path`, and syncs the folder, so that the rename itself is
/// on disk too.
///
/// Fails when the folder does not exist or cannot be written, the disk is full, or `path` is a
/// folder; `path` is then unchanged and the temporary file removed.
///
/// ```
/// # fn main() -> std::io::Result<()> {
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("settings.json");
/// haven_sync::durable::write_atomically(&path, b"{\"textSize\":150}")?;
/// assert_eq!(std::fs::read(&path)?, b"{\"textSize\":150}");
/// # Ok(()) }
/// ```
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    rename_into_place(path, bytes)?;
    sync_folder(folder_of(path))
}

/// [`write_atomically`] for a file only its owner may read (mode 0600 on Unix, from the moment it
/// is created): the reader's settings, which say that Haven is in discreet mode.
pub fn write_atomically_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = folder_of(path).join(unique_name(name));
    let written =
        write_synced_with(&temporary, bytes, true).and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written?;
    sync_folder(folder_of(path))
}

/// [`write_atomically`] without its last step, syncing the folder: for the store's cache, which adds
/// many files and then syncs its folder once. Until then a crash may lose a new name, but never
/// leaves a partial file under it.
pub(crate) fn rename_into_place(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = folder_of(path).join(unique_name(name));
    let written = write_synced(&temporary, bytes).and_then(|()| fs::rename(&temporary, path));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// The folder holding `path`: `.` for a bare file name.
fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// A name no other writer in this or another process uses at the same moment.
pub(crate) fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{prefix}.{}.{nanos}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Writes `bytes` to a new file at `path` and syncs it to disk. The file must not exist yet.
fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_synced_with(path, bytes, false)
}

fn write_synced_with(path: &Path, bytes: &[u8], owner_only: bool) -> io::Result<()> {
    let mut options = File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if owner_only {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = owner_only; // Elsewhere the app's own folder is private to the app already.
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Writes `bytes` to a new file at `path` and syncs it to disk. The file must not exist yet.
pub(crate) fn write_new_file(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    write_synced(path, bytes).map_err(SyncError::io(path))
}

/// Syncs a folder, so that the names created, renamed or removed in it are on disk.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), SyncError> {
    sync_folder(dir).map_err(SyncError::io(dir))
}

fn sync_folder(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all())
    }
    // Windows cannot open a folder as a file; NTFS journals renames itself.
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Creates a folder and its parents if needed.
pub(crate) fn create_dir_all(dir: &Path) -> Result<(), SyncError> {
    fs::create_dir_all(dir).map_err(SyncError::io(dir))
}

/// Every regular file under `root`, as `/`-separated relative paths, sorted. Symbolic links and other
/// special files are reported as such, so that a caller can refuse them.
pub(crate) fn list_files(root: &Path) -> Result<Vec<(String, PathBuf, bool)>, SyncError> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), root.to_path_buf())];
    while let Some((prefix, dir)) = stack.pop() {
        for entry in fs::read_dir(&dir).map_err(SyncError::io(&dir))? {
            let entry = entry.map_err(SyncError::io(&dir))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
            let kind = entry.file_type().map_err(SyncError::io(entry.path()))?;
            if kind.is_dir() {
                stack.push((relative, entry.path()));
            } else {
                out.push((relative, entry.path(), kind.is_file()));
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_nothing_else_is_left_in_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("current");
        write_atomically(&path, b"6\n").unwrap();
        write_atomically(&path, b"7\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"7\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
    }

    #[test]
    fn a_write_that_fails_leaves_the_old_file_and_no_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        // A folder cannot be renamed over with a file.
        let path = dir.path().join("folder");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("inside"), b"old").unwrap();
        assert!(write_atomically(&path, b"new").is_err());
        assert_eq!(fs::read(path.join("inside")).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
        // A folder that does not exist.
        assert!(write_atomically(&dir.path().join("missing/file"), b"x").is_err());
    }
}

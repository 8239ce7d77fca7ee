//! Writes that survive a crash or a pulled battery: write to a temporary name, sync the file, rename,
//! sync the folder. A reader then sees the old file or the new one, never half of one.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::SyncError;

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
pub(crate) fn write_new_file(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    let mut file =
        File::options().write(true).create_new(true).open(path).map_err(SyncError::io(path))?;
    file.write_all(bytes).map_err(SyncError::io(path))?;
    file.sync_all().map_err(SyncError::io(path))
}

/// Replaces the file at `path` with `bytes` atomically: a reader sees the old or the new contents.
pub(crate) fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = dir.join(unique_name(name));
    write_new_file(&temporary, bytes)?;
    if let Err(e) = fs::rename(&temporary, path) {
        let _ = fs::remove_file(&temporary);
        return Err(SyncError::Io { path: path.to_owned(), source: e });
    }
    sync_dir(dir)
}

/// Syncs a folder, so that the names created, renamed or removed in it are on disk.
pub(crate) fn sync_dir(dir: &Path) -> Result<(), SyncError> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(SyncError::io(dir))
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

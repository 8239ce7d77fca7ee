//! # haven-testkit
//!
//! What the tests of the engine crates, `haven-pack` and the app each need to change a pack the way an
//! editor would: copy the default pack somewhere, then delete a message from a Fluent file; and the
//! default pack as the loader reads a compiled-in one.
//!
//! It is a dev-dependency only and depends only on the bottom layer (`haven-format`), so no crate
//! that ships carries it, and every other crate's tests can use it without a dependency cycle.

use std::path::{Path, PathBuf};

use haven_format::{BundledFiles, PackSource};

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

/// Bytes that do not compress, as an encoded clip does not: the same for the same `seed`.
pub fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
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

/// The interface strings, `locales/` at the root of the repository.
pub fn interface_strings() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// The files of a folder held in memory Brotli-compressed, and decompressed when read, as the app
/// holds its compiled-in pack (`src-tauri/build.rs`, with the same settings), so tests and benchmarks
/// go through the same [`BundledFiles`] path and cost.
struct FolderInMemory {
    name: &'static str,
    files: std::collections::BTreeMap<String, Vec<u8>>,
}

impl BundledFiles for FolderInMemory {
    fn name(&self) -> &'static str {
        self.name
    }

    fn read(&self, relative: &str) -> Option<Vec<u8>> {
        use std::io::Read;
        let compressed = self.files.get(relative)?;
        let mut data = Vec::new();
        brotli_decompressor::Decompressor::new(compressed.as_slice(), 4096)
            .read_to_end(&mut data)
            .unwrap();
        Some(data)
    }

    fn paths(&self) -> Vec<String> {
        self.files.keys().cloned().collect()
    }
}

/// The default pack read into memory once, as a [`PackSource::Bundled`] like the app's. It lives
/// until the process ends, as the app's compiled-in files do.
pub fn bundled_default_pack() -> PackSource {
    static PACK: std::sync::OnceLock<FolderInMemory> = std::sync::OnceLock::new();
    PackSource::Bundled(PACK.get_or_init(|| {
        let mut files = std::collections::BTreeMap::new();
        collect(&default_pack(), "", &mut files);
        files.retain(|path, _| !path.ends_with(".md"));
        for data in files.values_mut() {
            let mut compressed = Vec::new();
            let mut writer = brotli::CompressorWriter::new(&mut compressed, 4096, 11, 18);
            std::io::Write::write_all(&mut writer, data).unwrap();
            drop(writer);
            *data = compressed;
        }
        FolderInMemory { name: "content", files }
    }))
}

fn collect(dir: &Path, prefix: &str, files: &mut std::collections::BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type().unwrap().is_dir() {
            collect(&entry.path(), &format!("{name}/"), files);
        } else {
            files.insert(name, std::fs::read(entry.path()).unwrap());
        }
    }
}

/// An axum app served on `127.0.0.1` at a port the system picks, on a thread and runtime of its own,
/// until dropped (which also ends any response still streaming).
#[cfg(feature = "loopback-server")]
pub struct LoopbackServer {
    /// `http://127.0.0.1:PORT/`.
    pub url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

#[cfg(feature = "loopback-server")]
impl LoopbackServer {
    pub fn start(app: axum::Router) -> LoopbackServer {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (shutdown, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                tokio::select! {
                    _ = axum::serve(listener, app) => {}
                    _ = shutdown_rx => {}
                }
            });
        });
        // The thread sends the address as soon as it listens; a failure to bind panics there.
        let addr = addr_rx.recv().expect("the server thread binds a loopback port");
        LoopbackServer { url: format!("http://{addr}/"), shutdown: Some(shutdown) }
    }

    /// Keeps the server running until the process ends.
    pub fn keep_running(mut self) -> String {
        let url = self.url.clone();
        std::mem::forget(self.shutdown.take());
        url
    }
}

#[cfg(feature = "loopback-server")]
impl Drop for LoopbackServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
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

//! Every bound a sync puts on what a server can make it download, keep or wait for, in one place.

use std::time::Duration;

use crate::release::SizeLimits;

/// Bounds on what a server, a mirror or anyone on the network can make a sync download, keep or wait
/// for. Each field gives its default and the attack it stops; [`Limits::default`] is what the app
/// uses. Every download is also bounded by the size the signed root or list declares for it, which
/// these limits bound in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most bytes of the root manifest, and of the file lists it names, all of them together as
    /// served and each one decompressed. Default: 1 MiB.
    ///
    /// Stops endless data before anything can be verified: the root is downloaded before its
    /// signature can be checked, so this is its only bound; and a list that decompresses without end
    /// (a gzip bomb) is cut off here.
    pub max_manifest_bytes: u64,
    /// The most bytes of the root's signature file. Default: 4 KiB (a minisign signature is about
    /// 300 bytes).
    ///
    /// Stops endless data sent as the signature, which is downloaded before anything is verified.
    pub max_signature_bytes: u64,
    /// The most bytes the pack may take once installed, and the most its blobs (the files, their
    /// deltas, or the bundle) may take to download, its optional groups apart (see
    /// [`Limits::max_optional_group_bytes`]). Default: 64 MiB.
    ///
    /// Stops a pack that would fill the phone's storage or its data plan, even a signed one (a
    /// publishing mistake or a compromised key); checked from the signed sizes before a byte of the
    /// files is downloaded.
    pub max_total_bytes: u64,
    /// The most bytes one optional group (one language's voice, `audio/<locale>`) may take once
    /// installed, and its blobs to download. Default: 64 MiB, apart from the rest of the pack.
    ///
    /// Stops a voice that would fill the phone's storage or its data plan, even a signed one;
    /// checked from the bytes the signed manifest declares before its list is downloaded, and from
    /// its list before a byte of its files is. A group past it is refused by
    /// [`crate::fetch_group`], and left out by a sync (which then installs the text without it).
    pub max_optional_group_bytes: u64,
    /// The most files a pack may have, which also bounds its groups. Default: 10 000.
    ///
    /// Stops a root or list naming so many files that checking, hashing and writing them exhausts the
    /// phone's memory or file system.
    pub max_files: usize,
    /// The most bytes of one root document. Default: 64 KiB (a root with a few keys is under 1 KiB).
    ///
    /// Stops endless data sent as a root, which is downloaded before its signatures are checked.
    pub max_root_bytes: u64,
    /// The most new root versions one sync accepts. Default: 64.
    ///
    /// Stops a server that offers root after root (each must be signed, but a compromised root key
    /// could sign many) from holding a sync open and filling the store.
    pub max_root_updates: u64,
    /// The longest a manifest's expiry may lie ahead of now. Default: 366 days (what `haven-pack
    /// build` allows).
    ///
    /// Stops an indefinite freeze by a manifest signed to expire far in the future (a publishing
    /// mistake or a stolen key): replayed by a server, it would hold a phone on it until then.
    pub max_expiry_ahead: Duration,
    /// The longest a whole sync may wait for the network, all downloads together. Default: 15
    /// minutes (a first sync of the default pack on a slow 2G connection takes about 3).
    ///
    /// Stops a slow-retrieval attack that the read timeout alone does not: a server that sends one
    /// byte just before each read timeout would keep a sync going for months.
    pub sync_deadline: Duration,
    /// The longest wait for a connection to the server. Default: 20 s.
    ///
    /// Stops a server, or a network in between, that never answers from holding a sync open.
    pub connect_timeout: Duration,
    /// The longest wait for the next bytes of a response. Default: 30 s.
    ///
    /// Stops a slow-retrieval attack: a server that stalls in the middle of a response is given up
    /// on, and the pack in use stays.
    pub read_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_manifest_bytes: 1 << 20,
            max_signature_bytes: 4 << 10,
            max_total_bytes: 64 << 20,
            max_optional_group_bytes: 64 << 20,
            max_files: 10_000,
            max_root_bytes: 64 << 10,
            max_root_updates: 64,
            max_expiry_ahead: Duration::from_secs(crate::release::MAX_EXPIRY_DAYS * 86_400),
            sync_deadline: Duration::from_secs(15 * 60),
            connect_timeout: Duration::from_secs(20),
            read_timeout: Duration::from_secs(30),
        }
    }
}

impl Limits {
    /// The bounds the signed root and its lists are checked against.
    pub(crate) fn size_limits(&self) -> SizeLimits {
        SizeLimits {
            max_files: self.max_files,
            max_total_bytes: self.max_total_bytes,
            max_list_bytes: self.max_manifest_bytes,
            max_group_bytes: self.max_optional_group_bytes,
        }
    }
}

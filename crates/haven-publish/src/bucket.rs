//! `haven-pack publish`: a built site (what [`crate::build`] writes) copied to an object storage
//! bucket, such as S3 or any service that speaks its API, so that a phone can sync from the bucket's
//! address as from any static host.
//!
//! Only what the bucket lacks is uploaded. The bucket is listed once; a content-addressed file
//! (`blobs/<sha256>[.gz]`: files, deltas, file lists, the bundle) whose name is listed with the
//! same size is skipped, since its name is the hash of its bytes. The few files whose name does not
//! say what they hold (the manifest, its signature, the root documents) are compared by size and
//! then byte for byte, downloading the bucket's copy: they are small (a manifest is at most 1 MiB,
//! a root 64 KiB, as phones accept them), and an ETag is the MD5 of an object's bytes only for a
//! single-part upload without KMS or customer-key encryption, and not on every S3-compatible
//! service, so the bytes are the one comparison that holds everywhere.
//!
//! # The order of the uploads
//!
//! A phone may sync at any moment of an upload, and S3 writes each object atomically but never two
//! at once. So the uploads go in the order of the sync client's stages (`haven_sync::client`)
//! backwards, each step making only what a phone can already see complete:
//!
//! 1. **Every content-addressed file the new manifest names**: file lists, files, deltas, the
//!    bundle. No phone asks for them until a manifest names them, so a phone syncing meanwhile sees
//!    the old version, whole.
//! 2. **The new root versions**, in ascending order, each one's signature before its document:
//!    the client looks for `roots/<n+1>.root.json` first, so it sees no new root or a signed one.
//!    A new root names the keys that sign manifests from then on; it comes before the manifest its
//!    signer needs, as in The Update Framework, where a client updates the root before anything the
//!    root vouches for. It comes after the blobs, so that a root which revokes the old signing key
//!    leaves phones refusing the old manifest for as short a moment as possible (they keep the pack
//!    they have, and take the new one at the next sync). A rotation with no such moment at all: a
//!    root naming both keys first, then the manifest signed by the new key, then a root without the
//!    old one.
//! 3. **The manifest's signature, then the manifest**, last. A phone whose two requests fall on
//!    either side of the manifest's upload gets an old manifest with the new signature, refuses it
//!    as unsigned, and keeps its pack until the next sync; nothing can make two objects change at
//!    once on S3.
//!
//! An upload that fails stops before the next step, so an interrupted publish leaves the bucket
//! serving the version it served before, and publishing again uploads only what is still missing.
//! Nothing is ever deleted: a phone that fetched the old manifest just before may still be
//! downloading the files it names.
//!
//! # Headers
//!
//! Every object gets a `Content-Type` and a `Cache-Control`: content-addressed files are cached for
//! a year and marked `immutable`; everything else is `no-cache` (stored, but revalidated at the
//! bucket before each use). `no-cache` rather than a minute's `max-age`: the manifest and its
//! signature are two objects, and a CDN holding one of them for a minute after a publish would hand
//! every phone syncing then a pair that does not match; phones already send `If-None-Match`, so a
//! revalidation that finds no change costs a 304 of a few hundred bytes. No object gets a
//! `Content-Encoding`: the bytes are signed as stored, and a `.gz` blob labelled gzip-encoded would
//! be unpacked on the way by browsers and CDNs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};
use haven_sync::release::{ManifestHeader, MANIFEST_FILE, SIGNATURE_FILE};
use haven_sync::root::{root_file, root_signature_file, ROOTS_DIR};
use haven_sync::{verify_signature, Manifest};
pub use object_store;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::path::Path as ObjectPath;
use object_store::{Attribute, Attributes, ObjectStore, ObjectStoreExt, PutOptions, PutPayload};

use crate::site::{self, IMMUTABLE, REVALIDATE};
use crate::trust::site_root;

/// How many uploads run at once: a first publish has a blob per file of the pack.
const PARALLEL_UPLOADS: usize = 8;

/// The credentials `haven-pack publish` needs in the environment.
pub const CREDENTIAL_VARIABLES: [&str; 2] = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];

/// Where a site goes: a bucket and the folder in it, as in `s3://BUCKET/PREFIX`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketUrl {
    pub bucket: String,
    /// `/`-separated, with no leading or trailing `/`; empty for the top of the bucket.
    pub prefix: String,
}

impl BucketUrl {
    /// Reads `s3://BUCKET/PREFIX` (the prefix may be left out: `s3://BUCKET`).
    ///
    /// Fails when it is not an `s3://` address, the bucket name is not one S3 accepts (3 to 63
    /// lower-case letters, digits, `.` and `-`), or the prefix has an empty, `.` or `..` segment, a
    /// query or a fragment.
    pub fn parse(text: &str) -> Result<BucketUrl, BucketError> {
        let invalid = |reason: &str| BucketError::InvalidUrl {
            url: text.to_owned(),
            reason: reason.to_owned(),
        };
        let rest = text
            .strip_prefix("s3://")
            .ok_or_else(|| invalid("it must start with s3://, as in s3://BUCKET/PREFIX"))?;
        if rest.contains(['?', '#']) {
            return Err(invalid("it must not contain a query or fragment"));
        }
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let valid_bucket = (3..=63).contains(&bucket.len())
            && bucket
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
            && bucket.starts_with(|c: char| c.is_ascii_alphanumeric())
            && bucket.ends_with(|c: char| c.is_ascii_alphanumeric());
        if !valid_bucket {
            return Err(invalid(
                "the bucket name must be 3 to 63 lower-case letters, digits, dots and hyphens, \
                starting and ending with a letter or digit",
            ));
        }
        let prefix = prefix.trim_end_matches('/');
        if !prefix.is_empty() && prefix.split('/').any(|s| s.is_empty() || s == "." || s == "..") {
            return Err(invalid("the prefix must not have an empty, `.` or `..` folder"));
        }
        Ok(BucketUrl { bucket: bucket.to_owned(), prefix: prefix.to_owned() })
    }

    /// The address as given, normalised: `s3://BUCKET/PREFIX/`.
    pub fn display(&self) -> String {
        match self.prefix.as_str() {
            "" => format!("s3://{}/", self.bucket),
            prefix => format!("s3://{}/{prefix}/", self.bucket),
        }
    }
}

/// A bucket to publish into: the store, the folder in it, and the address to name in messages.
#[derive(Debug, Clone)]
pub struct Bucket {
    pub store: Arc<dyn ObjectStore>,
    /// The folder in the store; empty for its top.
    pub prefix: String,
    /// The address of `prefix`, ending in `/`, as errors and reports name it (`s3://BUCKET/PREFIX/`).
    pub display: String,
}

impl Bucket {
    fn location(&self, relative: &str) -> ObjectPath {
        match self.prefix.as_str() {
            "" => ObjectPath::from(relative),
            prefix => ObjectPath::from(format!("{prefix}/{relative}")),
        }
    }

    fn name(&self, relative: &str) -> String {
        format!("{}{relative}", self.display)
    }
}

/// The S3 bucket at `url`, configured from `environment` as the AWS tools are: the variables whose
/// names start with `AWS_` (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`,
/// `AWS_REGION`, `AWS_ENDPOINT_URL` for another provider than AWS, `AWS_ALLOW_HTTP=true` for a
/// test server on this machine). The command line passes the process's environment.
///
/// Fails when the credentials are missing (they are never looked for elsewhere, such as a cloud
/// machine's metadata service), the endpoint is plain `http` without `AWS_ALLOW_HTTP`, or the
/// configuration is not one the S3 client accepts.
pub fn s3_bucket(url: &BucketUrl, environment: &[(String, String)]) -> Result<Bucket, BucketError> {
    let variable = |name: &str| {
        environment
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    };
    let missing: Vec<&str> =
        CREDENTIAL_VARIABLES.into_iter().filter(|name| variable(name).is_none()).collect();
    if !missing.is_empty() {
        return Err(BucketError::MissingCredentials {
            url: url.display(),
            missing: missing.join(", "),
        });
    }
    for endpoint in
        ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT"].into_iter().filter_map(variable)
    {
        let allowed = variable("AWS_ALLOW_HTTP").is_some_and(|v| v.eq_ignore_ascii_case("true"));
        if endpoint.starts_with("http://") && !allowed {
            return Err(BucketError::PlainHttpEndpoint { endpoint: endpoint.to_owned() });
        }
    }
    // The S3 client's TLS (rustls, through reqwest) uses ring, as the sync client does: no OpenSSL,
    // and no second cryptography library to build. Installing it fails only when one is already
    // installed, which does as well.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut builder = AmazonS3Builder::new();
    for (key, value) in environment {
        if !key.starts_with("AWS_") {
            continue;
        }
        if let Ok(config) = key.to_ascii_lowercase().parse::<AmazonS3ConfigKey>() {
            builder = builder.with_config(config, value);
        }
    }
    let store = builder
        .with_bucket_name(&url.bucket)
        .build()
        .map_err(|source| BucketError::Client { url: url.display(), reason: source.to_string() })?;
    Ok(Bucket { store: Arc::new(store), prefix: url.prefix.clone(), display: url.display() })
}

/// What a publish did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadReport {
    pub pack_id: String,
    pub version: u64,
    /// What was uploaded, in the order the uploads finished: paths relative to the site.
    pub uploaded: Vec<Uploaded>,
    /// Files the bucket already had, byte for byte.
    pub skipped: Vec<Uploaded>,
}

/// One file of the site, and its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uploaded {
    pub path: String,
    pub bytes: u64,
}

impl UploadReport {
    pub fn uploaded_bytes(&self) -> u64 {
        self.uploaded.iter().map(|u| u.bytes).sum()
    }

    pub fn skipped_bytes(&self) -> u64 {
        self.skipped.iter().map(|u| u.bytes).sum()
    }
}

/// Why a site was not (or not wholly) published.
#[derive(Debug, thiserror::Error)]
pub enum BucketError {
    #[error("`{url}` is not a bucket address: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("{}: not a site built by `haven-pack build`: {reason}", dir.display())]
    NotASite { dir: PathBuf, reason: String },
    #[error("no credentials for {url}: set {missing} (and AWS_REGION, and AWS_ENDPOINT_URL for a provider other than AWS)")]
    MissingCredentials { url: String, missing: String },
    #[error("AWS_ENDPOINT_URL `{endpoint}` is plain http: set AWS_ALLOW_HTTP=true, and only for a test server on this machine")]
    PlainHttpEndpoint { endpoint: String },
    #[error("{url}: the S3 client cannot be set up: {reason}")]
    Client { url: String, reason: String },
    #[error("{url}: cannot list the bucket: {reason}")]
    List { url: String, reason: String },
    #[error("{url}: cannot download it to compare: {reason}")]
    Download { url: String, reason: String },
    #[error("{url}: the upload was refused: {reason}; what was uploaded before stays, and the bucket still serves the version it served")]
    Upload { url: String, reason: String },
    #[error("{url}: pack `{published}` is published there; this site is `{local}`")]
    OtherPack { url: String, published: String, local: String },
    #[error("{url}: version {published} is published there, newer than version {local} of {}; phones never go back to an older version", dir.display())]
    OlderVersion { url: String, dir: PathBuf, published: u64, local: u64 },
    #[error("{url}: root version {version} there is not the one in {}; the bucket's chain of roots is another one, so publish from the folder that made it", dir.display())]
    OtherRoot { url: String, dir: PathBuf, version: u64 },
    #[error("{url}: root version {published} is there, but {} has only up to version {local}; copy the newer roots into it, or publish from the folder that has them", dir.display())]
    NewerRoot { url: String, dir: PathBuf, published: u64, local: u64 },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl BucketError {
    /// A short, stable name for the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            BucketError::InvalidUrl { .. } => "invalid-url",
            BucketError::NotASite { .. } => "not-a-site",
            BucketError::MissingCredentials { .. } => "missing-credentials",
            BucketError::PlainHttpEndpoint { .. } => "plain-http-endpoint",
            BucketError::Client { .. } => "client",
            BucketError::List { .. } => "list",
            BucketError::Download { .. } => "download",
            BucketError::Upload { .. } => "upload",
            BucketError::OtherPack { .. } => "other-pack",
            BucketError::OlderVersion { .. } => "older-version",
            BucketError::OtherRoot { .. } => "other-root",
            BucketError::NewerRoot { .. } => "newer-root",
            BucketError::Io { .. } => "io",
        }
    }
}

/// How a file of the site is stored: the headers, and how it is compared with the bucket's copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Named by the hash of its bytes: the same name in the bucket is the same file.
    ContentAddressed,
    /// A root document or its signatures: written once per version, never changed.
    Root,
    /// The manifest or its signature: replaced by every publish.
    Release,
}

/// A file of the local site to put in the bucket.
#[derive(Debug, Clone)]
struct SiteFile {
    /// `/`-separated, relative to the site.
    path: String,
    size: u64,
    kind: Kind,
    /// The bytes as checked, for the manifest and its signature: what is uploaded is what was
    /// verified, even if a build rewrites the folder meanwhile.
    held: Option<Vec<u8>>,
}

impl SiteFile {
    fn read(&self, dir: &Path) -> Result<Vec<u8>, BucketError> {
        match &self.held {
            Some(bytes) => Ok(bytes.clone()),
            None => read(dir, &self.path),
        }
    }
}

/// The site in a folder, checked: what it publishes, in the order it must be uploaded.
struct LocalSite {
    header: ManifestHeader,
    blobs: Vec<SiteFile>,
    /// Ascending, each version's signature before its document.
    roots: Vec<SiteFile>,
    newest_root: u64,
    /// The signature, then the manifest.
    release: [SiteFile; 2],
}

/// Uploads the site built in `site_dir` into `bucket`, in the order the module docs give, skipping
/// what the bucket already has.
///
/// Fails, before uploading anything, when `site_dir` is not a complete site (no manifest, a file it
/// names missing or damaged, a signature that the site's root does not vouch for), or when the
/// bucket holds another pack, a newer version, or a root chain that is not the site's. Fails after
/// uploading part of it when an upload is refused: the bucket still serves the version it served,
/// and running it again uploads the rest.
pub async fn publish(site_dir: &Path, bucket: &Bucket) -> Result<UploadReport, BucketError> {
    let site = read_site(site_dir)?;
    let listed = list(bucket).await?;
    check_bucket(site_dir, &site, bucket, &listed).await?;
    // Compared before anything is uploaded, so that another chain of roots stops it at once.
    let mut unchanged = HashSet::new();
    for file in site.roots.iter().chain(&site.release) {
        if same_in_bucket(site_dir, bucket, &listed, file).await? {
            unchanged.insert(file.path.clone());
        }
    }

    let mut report = UploadReport {
        pack_id: site.header.pack_id.clone(),
        version: site.header.version,
        uploaded: Vec::new(),
        skipped: Vec::new(),
    };
    // Step 1: the content-addressed files, a few at once; all of them before anything names them.
    // After a refusal no new upload starts, but those under way finish, so that the report and the
    // next publish know what is there.
    let (missing, present): (Vec<SiteFile>, Vec<SiteFile>) =
        site.blobs.into_iter().partition(|f| listed.get(&f.path) != Some(&f.size));
    report.skipped.extend(present.iter().map(uploaded));
    let refused = AtomicBool::new(false);
    let results: Vec<Option<Result<Uploaded, BucketError>>> = futures::stream::iter(missing)
        .map(|file| {
            let refused = &refused;
            async move {
                if refused.load(Ordering::SeqCst) {
                    return None;
                }
                let result = upload(site_dir, bucket, &file).await.map(|()| uploaded(&file));
                if result.is_err() {
                    refused.store(true, Ordering::SeqCst);
                }
                Some(result)
            }
        })
        .buffer_unordered(PARALLEL_UPLOADS)
        .collect()
        .await;
    let mut first_error = None;
    for result in results.into_iter().flatten() {
        match result {
            Ok(done) => report.uploaded.push(done),
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
    }
    if let Some(error) = first_error {
        return Err(error);
    }

    // Steps 2 and 3: one at a time, in order.
    for file in site.roots.iter().chain(&site.release) {
        if unchanged.contains(&file.path) {
            report.skipped.push(uploaded(file));
        } else {
            upload(site_dir, bucket, file).await?;
            report.uploaded.push(uploaded(file));
        }
    }
    Ok(report)
}

fn uploaded(file: &SiteFile) -> Uploaded {
    Uploaded { path: file.path.clone(), bytes: file.size }
}

/// Reads and checks the site in `dir`: the manifest and its signature, every file list, file,
/// delta and bundle it names, and the root chain.
fn read_site(dir: &Path) -> Result<LocalSite, BucketError> {
    let not_a_site = |reason: String| BucketError::NotASite { dir: dir.to_owned(), reason };
    let manifest_path = dir.join(MANIFEST_FILE);
    if !dir.is_dir() {
        return Err(not_a_site("no such folder".into()));
    }
    let manifest_bytes = fs::read(&manifest_path).map_err(|_| {
        not_a_site(format!("it has no {MANIFEST_FILE}; run `haven-pack build` first"))
    })?;
    let signature = fs::read(dir.join(SIGNATURE_FILE)).map_err(|_| {
        not_a_site(format!("it has no {SIGNATURE_FILE}; run `haven-pack build` again"))
    })?;
    let header = ManifestHeader::from_json(&manifest_bytes)
        .ok_or_else(|| not_a_site(format!("{MANIFEST_FILE} is not a manifest")))?;
    Manifest::from_json(&manifest_bytes)
        .map_err(|e| not_a_site(format!("{MANIFEST_FILE}: {e}")))?;
    let published = site::read_published(dir).ok_or_else(|| {
        not_a_site(format!(
            "a file list that {MANIFEST_FILE} names is missing or damaged; run `haven-pack build` again"
        ))
    })?;

    let root = site_root(dir).map_err(|e| not_a_site(e.to_string()))?;
    if let Some(root) = &root {
        verify_signature(&manifest_bytes, &signature, &root.signing_key_set()).map_err(|e| {
            not_a_site(format!(
                "{MANIFEST_FILE} is not signed by a key that root version {} names ({e}); phones \
                would refuse it: run `haven-pack build` again",
                root.version
            ))
        })?;
    }

    // Every blob the version names, once each, checked byte for byte.
    let manifest = &published.manifest;
    let mut blobs: BTreeMap<String, haven_sync::Blob> = BTreeMap::new();
    for group in &manifest.groups {
        blobs.insert(group.address(), group.blob());
    }
    for file in published.files() {
        if let Some(delta) = &file.delta {
            blobs.insert(delta.blob.address(), delta.blob.clone());
        }
        blobs.insert(file.blob.address(), file.blob);
    }
    if let Some(bundle) = &manifest.bundle {
        blobs.insert(bundle.address(), bundle.clone());
    }
    let mut blob_files = Vec::with_capacity(blobs.len());
    for (address, blob) in blobs {
        if !site::is_intact(dir, &blob) {
            return Err(not_a_site(format!(
                "{address}, which {MANIFEST_FILE} names, is missing or damaged; run `haven-pack build` again"
            )));
        }
        let kind = Kind::ContentAddressed;
        blob_files.push(SiteFile { path: address, size: blob.size, kind, held: None });
    }

    let newest_root = root.as_ref().map_or(0, |r| r.version);
    let mut roots = Vec::new();
    for version in 1..=newest_root {
        for path in [root_signature_file(version), root_file(version)] {
            roots.push(SiteFile { size: size_of(dir, &path)?, path, kind: Kind::Root, held: None });
        }
    }
    let release =
        [(SIGNATURE_FILE, signature), (MANIFEST_FILE, manifest_bytes)].map(|(path, bytes)| {
            let size = bytes.len() as u64;
            SiteFile { path: path.into(), size, kind: Kind::Release, held: Some(bytes) }
        });
    Ok(LocalSite { header, blobs: blob_files, roots, newest_root, release })
}

fn size_of(dir: &Path, relative: &str) -> Result<u64, BucketError> {
    let path = dir.join(relative);
    fs::metadata(&path).map(|m| m.len()).map_err(|source| BucketError::Io { path, source })
}

/// Every object under the bucket's folder: its path relative to the folder, and its size.
async fn list(bucket: &Bucket) -> Result<HashMap<String, u64>, BucketError> {
    let prefix = (!bucket.prefix.is_empty()).then(|| ObjectPath::from(bucket.prefix.as_str()));
    let objects: Vec<_> = bucket
        .store
        .list(prefix.as_ref())
        .try_collect()
        .await
        .map_err(|e| BucketError::List { url: bucket.display.clone(), reason: describe(&e) })?;
    let strip = match bucket.prefix.as_str() {
        "" => String::new(),
        prefix => format!("{prefix}/"),
    };
    Ok(objects
        .into_iter()
        .filter_map(|meta| {
            let relative = meta.location.as_ref().strip_prefix(&strip)?.to_owned();
            Some((relative, meta.size))
        })
        .collect())
}

/// Refuses to publish over another pack, a newer version, or another chain of roots.
async fn check_bucket(
    dir: &Path,
    site: &LocalSite,
    bucket: &Bucket,
    listed: &HashMap<String, u64>,
) -> Result<(), BucketError> {
    if listed.contains_key(MANIFEST_FILE) {
        let bytes = download(bucket, MANIFEST_FILE).await?;
        // A manifest that cannot be read is replaced: phones could not read it either.
        if let Some(published) = ManifestHeader::from_json(&bytes) {
            let url = bucket.name(MANIFEST_FILE);
            if published.pack_id != site.header.pack_id {
                return Err(BucketError::OtherPack {
                    url,
                    published: published.pack_id,
                    local: site.header.pack_id.clone(),
                });
            }
            if published.version > site.header.version {
                return Err(BucketError::OlderVersion {
                    url,
                    dir: dir.to_owned(),
                    published: published.version,
                    local: site.header.version,
                });
            }
        }
    }
    let newest_published = listed
        .keys()
        .filter_map(|path| path.strip_prefix(&format!("{ROOTS_DIR}/"))?.strip_suffix(".root.json"))
        .filter_map(|version| version.parse::<u64>().ok())
        .max();
    if let Some(published) = newest_published.filter(|&v| v > site.newest_root) {
        return Err(BucketError::NewerRoot {
            url: bucket.display.clone(),
            dir: dir.to_owned(),
            published,
            local: site.newest_root,
        });
    }
    Ok(())
}

/// Whether the bucket has `file` byte for byte. A content-addressed file is the same when its
/// name is listed with the same size; a root document or the manifest when its bytes are.
///
/// Fails when the bucket's copy cannot be downloaded, or when it has another root version of the
/// same number (a chain of roots of its own, which phones that have it would not give up).
async fn same_in_bucket(
    dir: &Path,
    bucket: &Bucket,
    listed: &HashMap<String, u64>,
    file: &SiteFile,
) -> Result<bool, BucketError> {
    let Some(&size) = listed.get(&file.path) else { return Ok(false) };
    let same = match file.kind {
        Kind::ContentAddressed => size == file.size,
        Kind::Root | Kind::Release => {
            size == file.size && download(bucket, &file.path).await? == file.read(dir)?
        }
    };
    if !same && file.kind == Kind::Root {
        let version = file
            .path
            .trim_start_matches(&format!("{ROOTS_DIR}/"))
            .split('.')
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        return Err(BucketError::OtherRoot {
            url: bucket.name(&file.path),
            dir: dir.to_owned(),
            version,
        });
    }
    Ok(same)
}

async fn download(bucket: &Bucket, relative: &str) -> Result<Vec<u8>, BucketError> {
    let url = || bucket.name(relative);
    let result = bucket
        .store
        .get(&bucket.location(relative))
        .await
        .map_err(|e| BucketError::Download { url: url(), reason: describe(&e) })?;
    let bytes = result
        .bytes()
        .await
        .map_err(|e| BucketError::Download { url: url(), reason: describe(&e) })?;
    Ok(bytes.to_vec())
}

fn read(dir: &Path, relative: &str) -> Result<Vec<u8>, BucketError> {
    let path = dir.join(relative);
    fs::read(&path).map_err(|source| BucketError::Io { path, source })
}

/// Puts one file of the site into the bucket, with its headers.
async fn upload(dir: &Path, bucket: &Bucket, file: &SiteFile) -> Result<(), BucketError> {
    let bytes = file.read(dir)?;
    let mut attributes = Attributes::new();
    attributes.insert(Attribute::ContentType, content_type(&file.path).into());
    attributes.insert(Attribute::CacheControl, cache_control(file.kind).into());
    let options = PutOptions { attributes, ..PutOptions::default() };
    bucket
        .store
        .put_opts(&bucket.location(&file.path), PutPayload::from(bytes), options)
        .await
        .map_err(|e| BucketError::Upload { url: bucket.name(&file.path), reason: describe(&e) })?;
    Ok(())
}

/// An S3 client's error in one line: its message already names every cause, and an S3 error body
/// (XML) is shortened to its code and message.
fn describe(error: &object_store::Error) -> String {
    let text = error.to_string();
    let tag = |name: &str| {
        let start = text.find(&format!("<{name}>"))? + name.len() + 2;
        let end = start + text[start..].find(&format!("</{name}>"))?;
        Some(text[start..end].to_owned())
    };
    match (text.find("<?xml").or_else(|| text.find("<Error>")), tag("Code")) {
        (Some(xml), Some(code)) => {
            let message = tag("Message").unwrap_or_default();
            format!("{}{code}: {message}", &text[..xml])
        }
        _ => text,
    }
}

/// The `Content-Type` of a file of the site, by its name: what it is as stored, never what it
/// unpacks to.
pub fn content_type(path: &str) -> &'static str {
    if path.ends_with(".json") {
        "application/json"
    } else if path.ends_with(".minisig") {
        "text/plain"
    } else if path.ends_with(".gz") {
        "application/gzip"
    } else {
        "application/octet-stream"
    }
}

fn cache_control(kind: Kind) -> &'static str {
    match kind {
        Kind::ContentAddressed => IMMUTABLE,
        Kind::Root | Kind::Release => REVALIDATE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_bucket_address_is_s3_a_bucket_name_and_a_folder() {
        let parsed = |text: &str| BucketUrl::parse(text).unwrap();
        assert_eq!(
            parsed("s3://ngo-haven/packs/dk/"),
            BucketUrl { bucket: "ngo-haven".into(), prefix: "packs/dk".into() }
        );
        assert_eq!(parsed("s3://ngo-haven").prefix, "");
        assert_eq!(parsed("s3://ngo-haven/packs").display(), "s3://ngo-haven/packs/");
        for (text, reason) in [
            ("https://ngo-haven.s3.amazonaws.com/packs", "must start with s3://"),
            ("ngo-haven/packs", "must start with s3://"),
            ("s3://", "bucket name"),
            ("s3://NGO_Haven/packs", "bucket name"),
            ("s3://-ngo/packs", "bucket name"),
            ("s3://ngo-haven/packs//dk", "empty, `.` or `..`"),
            ("s3://ngo-haven/../dk", "empty, `.` or `..`"),
            ("s3://ngo-haven/packs?versionId=1", "query or fragment"),
        ] {
            let error = BucketUrl::parse(text).unwrap_err();
            let message = error.to_string();
            assert!(
                message.contains(&format!("`{text}`")) && message.contains(reason),
                "{message}"
            );
        }
    }

    #[test]
    fn credentials_come_from_the_environment_or_the_error_names_the_missing_ones() {
        let url = BucketUrl::parse("s3://ngo-haven/packs").unwrap();
        let error = s3_bucket(&url, &env(&[("AWS_REGION", "eu-north-1")])).unwrap_err();
        let message = error.to_string();
        assert_eq!(error.kind(), "missing-credentials");
        assert!(message.contains("s3://ngo-haven/packs/"), "{message}");
        assert!(message.contains("AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"), "{message}");

        let keys = [("AWS_ACCESS_KEY_ID", "id"), ("AWS_SECRET_ACCESS_KEY", "secret")];
        let mut plain = env(&keys);
        plain.push(("AWS_ENDPOINT_URL".into(), "http://127.0.0.1:9000".into()));
        let error = s3_bucket(&url, &plain).unwrap_err();
        assert_eq!(error.kind(), "plain-http-endpoint", "{error}");
        assert!(error.to_string().contains("AWS_ALLOW_HTTP=true"), "{error}");

        plain.push(("AWS_ALLOW_HTTP".into(), "true".into()));
        let bucket = s3_bucket(&url, &plain).unwrap();
        assert_eq!(bucket.display, "s3://ngo-haven/packs/");
        assert_eq!(bucket.location("blobs/ab.gz").as_ref(), "packs/blobs/ab.gz");
    }

    #[test]
    fn each_file_is_labelled_as_stored_and_only_blobs_are_cached_for_good() {
        assert_eq!(content_type("manifest.json"), "application/json");
        assert_eq!(content_type("manifest.json.minisig"), "text/plain");
        assert_eq!(content_type("roots/3.root.json"), "application/json");
        assert_eq!(content_type("blobs/0123abcd.gz"), "application/gzip");
        assert_eq!(content_type("blobs/0123abcd"), "application/octet-stream");
        assert_eq!(cache_control(Kind::ContentAddressed), IMMUTABLE);
        assert_eq!(cache_control(Kind::Root), REVALIDATE);
        assert_eq!(cache_control(Kind::Release), REVALIDATE);
    }

    #[test]
    fn an_s3_error_body_is_cut_to_its_code_and_message() {
        let error = object_store::Error::Generic {
            store: "S3",
            source: "404 Not Found: <?xml version=\"1.0\"?><Error><Code>NoSuchBucket</Code>\
                <Message>The specified bucket does not exist</Message><RequestId>X</RequestId></Error>"
                .into(),
        };
        assert_eq!(
            describe(&error),
            "Generic S3 error: 404 Not Found: NoSuchBucket: The specified bucket does not exist"
        );
    }
}

//! `haven-pack publish` into an S3 bucket (moto's server on loopback, a real implementation of
//! S3's API), and phones syncing from the bucket's address: the headers every object gets, an
//! upload broken off halfway, and the order that keeps a phone from seeing a manifest whose files
//! are not there yet.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use futures_util::stream::BoxStream;
use futures_util::TryStreamExt;
use haven_publish::bucket::object_store::memory::InMemory;
use haven_publish::bucket::object_store::path::Path as ObjectPath;
use haven_publish::bucket::object_store::{
    self, CopyOptions, GetOptions, GetResult, ListResult, MultipartUpload, ObjectMeta, ObjectStore,
    PutMultipartOptions, PutOptions, PutPayload, PutResult,
};
use haven_publish::bucket::{self, Bucket, BucketError, BucketUrl, UploadReport};
use haven_publish::site::{IMMUTABLE, REVALIDATE};
use haven_sync::SyncStatus;

use crate::fixture::*;

const BUCKET: &str = "haven-packs";
const PREFIX: &str = "ngo/dk";

/// Every blob the version published in `public` names: its file lists, files, deltas and bundle.
fn named_blobs(public: &Path) -> BTreeSet<String> {
    let published = read_published_site(public);
    let mut blobs: BTreeSet<String> =
        published.manifest.groups.iter().map(|g| g.address()).collect();
    for file in published.files() {
        blobs.insert(file.blob.address());
        if let Some(delta) = &file.delta {
            blobs.insert(delta.blob.address());
        }
    }
    blobs.extend(published.manifest.bundle.iter().map(|b| b.address()));
    blobs
}

fn publish(public: &Path, bucket: &Bucket) -> Result<UploadReport, BucketError> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(bucket::publish(public, bucket))
}

fn s3_bucket(moto: &MotoServer) -> Bucket {
    let url = BucketUrl::parse(&format!("s3://{BUCKET}/{PREFIX}")).unwrap();
    bucket::s3_bucket(&url, &moto.environment()).unwrap()
}

/// `haven-pack publish PUBLIC s3://BUCKET/PREFIX` as an NGO runs it, with moto's address and test
/// credentials in the environment and no other AWS variable.
fn run_publish(moto: &MotoServer, public: &Path, url: &str) -> std::process::Output {
    let mut command = std::process::Command::new(haven_pack_binary());
    command.arg("publish").arg(public).arg(url);
    for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("AWS_")) {
        command.env_remove(name);
    }
    command.envs(moto.environment()).output().unwrap()
}

fn head(moto: &MotoServer, relative: &str) -> Vec<(String, String)> {
    let path = format!("/{BUCKET}/{PREFIX}/{relative}");
    let (status, headers, _) = http_request(&moto.addr, "HEAD", &path, &[], b"");
    assert_eq!(status, 200, "HEAD {path}");
    headers
}

#[test]
fn a_site_published_to_a_bucket_syncs_from_its_address_with_the_right_headers() {
    let workspace = Workspace::new();
    let moto = MotoServer::start();
    moto.create_public_bucket(BUCKET);
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    let url = format!("s3://{BUCKET}/{PREFIX}");

    let output = run_publish(&moto, &public, &url);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}{stdout}", String::from_utf8_lossy(&output.stderr));
    // Every blob, root version 1 and its signature, the manifest and its signature.
    let everything = named_blobs(&public).len() + 4;
    assert!(
        stdout.contains(&format!(
            "Published dk.haven version 2 at {url}/: uploaded {everything} files"
        )),
        "{stdout}"
    );

    // Each object with its type and caching, and never a Content-Encoding.
    let list = read_published_site(&public).manifest.groups[0].address();
    for (relative, content_type, cache) in [
        ("manifest.json", "application/json", REVALIDATE),
        ("manifest.json.minisig", "text/plain", REVALIDATE),
        ("roots/1.root.json", "application/json", REVALIDATE),
        ("roots/1.root.json.minisig", "text/plain", REVALIDATE),
        (list.as_str(), "application/gzip", IMMUTABLE),
    ] {
        let headers = head(&moto, relative);
        assert_eq!(header(&headers, "content-type"), Some(content_type), "{relative}");
        assert_eq!(header(&headers, "cache-control"), Some(cache), "{relative}");
        assert_eq!(header(&headers, "content-encoding"), None, "{relative}");
    }

    // A phone syncs from the bucket's address, path-style.
    let store = workspace.store("phone");
    let outcome = workspace.sync(&moto.url(BUCKET, PREFIX), &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 2));
    assert_in_use(&workspace, &store, 2);

    // Publishing the same site again uploads nothing.
    let output = run_publish(&moto, &public, &url);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        stdout.contains(&format!(
            "Already published dk.haven version 2 at {url}/: uploaded 0 files (0 bytes), skipped {everything} files"
        )),
        "{stdout}"
    );

    // A new version uploads what it adds, and the phone takes it from the bucket.
    let report = workspace.publish(&workspace.content(4), &public);
    let output = run_publish(&moto, &public, &url);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let uploaded = report.new_blobs + 2;
    assert!(
        stdout.contains(&format!(
            "Published dk.haven version 4 at {url}/: uploaded {uploaded} files"
        )),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("{} uploaded", report.new_blobs)), "{stdout}");
    let outcome = workspace.sync(&moto.url(BUCKET, PREFIX), &store).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 4));
    assert_in_use(&workspace, &store, 4);

    // A bucket that does not exist: the refusal names it, and S3's reason.
    let output = run_publish(&moto, &public, "s3://no-such-bucket/ngo");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("s3://no-such-bucket/ngo/: cannot list the bucket"), "{stderr}");
    assert!(stderr.contains("NoSuchBucket"), "{stderr}");
}

/// A store that passes everything to `inner`, records the order in which uploads finished, and,
/// with `fail_after`, refuses every upload after that many (a connection that broke off).
#[derive(Debug)]
struct Recording {
    inner: Arc<dyn ObjectStore>,
    started: AtomicUsize,
    fail_after: Option<usize>,
    finished: Mutex<Vec<String>>,
}

impl Recording {
    fn new(inner: Arc<dyn ObjectStore>, fail_after: Option<usize>) -> Arc<Recording> {
        Arc::new(Recording {
            inner,
            started: AtomicUsize::new(0),
            fail_after,
            finished: Mutex::default(),
        })
    }

    fn bucket(self: &Arc<Self>, prefix: &str) -> Bucket {
        Bucket {
            store: self.clone(),
            prefix: prefix.to_owned(),
            display: format!("s3://{BUCKET}/{prefix}/"),
        }
    }

    fn finished(&self) -> Vec<String> {
        self.finished.lock().unwrap().clone()
    }
}

impl fmt::Display for Recording {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Recording({})", self.inner)
    }
}

#[async_trait]
impl ObjectStore for Recording {
    async fn put_opts(
        &self,
        location: &ObjectPath,
        payload: PutPayload,
        opts: PutOptions,
    ) -> object_store::Result<PutResult> {
        let n = self.started.fetch_add(1, Ordering::SeqCst);
        if self.fail_after.is_some_and(|limit| n >= limit) {
            return Err(object_store::Error::Generic {
                store: "test",
                source: "the connection broke off".into(),
            });
        }
        let result = self.inner.put_opts(location, payload, opts).await?;
        self.finished.lock().unwrap().push(location.to_string());
        Ok(result)
    }

    async fn put_multipart_opts(
        &self,
        location: &ObjectPath,
        opts: PutMultipartOptions,
    ) -> object_store::Result<Box<dyn MultipartUpload>> {
        self.inner.put_multipart_opts(location, opts).await
    }

    async fn get_opts(
        &self,
        location: &ObjectPath,
        options: GetOptions,
    ) -> object_store::Result<GetResult> {
        self.inner.get_opts(location, options).await
    }

    fn delete_stream(
        &self,
        locations: BoxStream<'static, object_store::Result<ObjectPath>>,
    ) -> BoxStream<'static, object_store::Result<ObjectPath>> {
        self.inner.delete_stream(locations)
    }

    fn list(
        &self,
        prefix: Option<&ObjectPath>,
    ) -> BoxStream<'static, object_store::Result<ObjectMeta>> {
        self.inner.list(prefix)
    }

    async fn list_with_delimiter(
        &self,
        prefix: Option<&ObjectPath>,
    ) -> object_store::Result<ListResult> {
        self.inner.list_with_delimiter(prefix).await
    }

    async fn copy_opts(
        &self,
        from: &ObjectPath,
        to: &ObjectPath,
        options: CopyOptions,
    ) -> object_store::Result<()> {
        self.inner.copy_opts(from, to, options).await
    }
}

#[test]
fn an_upload_broken_off_halfway_leaves_phones_on_the_version_before_and_the_next_one_uploads_the_rest(
) {
    let workspace = Workspace::new();
    let moto = MotoServer::start();
    moto.create_public_bucket(BUCKET);
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    publish(&public, &s3_bucket(&moto)).unwrap();
    let address = moto.url(BUCKET, PREFIX);
    let phone = workspace.store("phone");
    workspace.sync(&address, &phone).unwrap();
    assert_in_use(&workspace, &phone, 2);

    // Version 4 over it; the connection breaks off after half of its new files.
    let built = workspace.publish(&workspace.content(4), &public);
    let half = built.new_blobs / 2;
    assert!(half >= 1, "version 4 adds {} blobs", built.new_blobs);
    let breaking = Recording::new(s3_bucket(&moto).store, Some(half));
    let error = publish(&public, &breaking.bucket(PREFIX)).expect_err("the upload breaks off");
    assert_eq!(error.kind(), "upload", "{error}");
    let message = error.to_string();
    assert!(message.contains(&format!("s3://{BUCKET}/{PREFIX}/blobs/")), "{message}");
    assert!(message.contains("the connection broke off"), "{message}");
    assert_eq!(breaking.finished().len(), half);

    // A phone syncing now still gets version 2, whole and verified; so does a new phone.
    let outcome = workspace.sync(&address, &phone).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Unchanged, 2));
    assert_in_use(&workspace, &phone, 2);
    let new_phone = workspace.store("new-phone");
    let outcome = workspace.sync(&address, &new_phone).unwrap();
    assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 2));
    assert_in_use(&workspace, &new_phone, 2);

    // Publishing again uploads only what is missing, the manifest last; then phones get version 4.
    let report = publish(&public, &s3_bucket(&moto)).unwrap();
    let uploaded: Vec<&str> = report.uploaded.iter().map(|u| u.path.as_str()).collect();
    assert_eq!(uploaded.len(), built.new_blobs - half + 2, "{uploaded:?}");
    assert_eq!(uploaded.last(), Some(&"manifest.json"));
    for done in breaking.finished() {
        let relative = done.strip_prefix(&format!("{PREFIX}/")).unwrap();
        assert!(report.skipped.iter().any(|s| s.path == relative), "{relative} uploaded twice");
    }
    for store in [&phone, &new_phone] {
        let outcome = workspace.sync(&address, store).unwrap();
        assert_eq!((outcome.status, outcome.version), (SyncStatus::Updated, 4));
        assert_in_use(&workspace, store, 4);
    }
}

#[test]
fn the_manifest_goes_up_last_after_every_file_it_names_and_the_root_its_signer_needs() {
    let workspace = Workspace::new();
    let public = workspace.path("public");
    workspace.publish(&workspace.content(2), &public);
    let memory: Arc<dyn ObjectStore> = Arc::new(InMemory::new());
    publish(&public, &Recording::new(memory.clone(), None).bucket("site")).unwrap();

    // Version 4, signed by a key that only root version 2 names.
    let new_key_dir = workspace.path("new-key");
    let generated = haven_publish::keys::generate(&new_key_dir, None).unwrap();
    let new_key = haven_publish::keys::read_secret_key(&generated.secret_key, None).unwrap();
    let new_public = haven_sync::TrustedKey::parse(&generated.public_key_line).unwrap();
    workspace.write_root(&public, &[new_public], unix_now(), 365);
    workspace.publish_signed(&workspace.content(4), &public, &new_key);

    let recording = Recording::new(memory.clone(), None);
    publish(&public, &recording.bucket("site")).unwrap();
    let order: Vec<String> = recording.finished();
    let position = |relative: &str| {
        order
            .iter()
            .position(|p| *p == format!("site/{relative}"))
            .unwrap_or_else(|| panic!("{relative} in {order:?}"))
    };
    let last = order.len() - 1;
    assert_eq!(position("manifest.json"), last, "{order:?}");
    assert_eq!(position("manifest.json.minisig"), last - 1, "{order:?}");
    assert_eq!(position("roots/2.root.json"), last - 2, "{order:?}");
    assert_eq!(position("roots/2.root.json.minisig"), last - 3, "{order:?}");
    // Every blob of version 4 is in the bucket: those of version 2 it kept, the rest uploaded
    // before the root.
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let in_bucket: Vec<ObjectMeta> = runtime.block_on(memory.list(None).try_collect()).unwrap();
    let in_bucket: BTreeSet<String> = in_bucket.iter().map(|m| m.location.to_string()).collect();
    for blob in named_blobs(&public) {
        assert!(in_bucket.contains(&format!("site/{blob}")), "{blob} is missing");
        if order.contains(&format!("site/{blob}")) {
            assert!(position(&blob) < position("roots/2.root.json.minisig"), "{blob}");
        }
    }
}

#[test]
fn a_folder_that_is_not_a_built_site_or_a_bucket_with_a_newer_version_is_refused_before_any_upload()
{
    let workspace = Workspace::new();
    let memory: Arc<dyn ObjectStore> = Arc::new(InMemory::new());
    let recording = Recording::new(memory.clone(), None);

    // No manifest: the folder of a pack rather than of a site.
    let content = workspace.content(2);
    let error = publish(&content, &recording.bucket("site")).unwrap_err();
    assert_eq!(error.kind(), "not-a-site");
    assert!(error.to_string().contains(&content.display().to_string()), "{error}");
    assert!(error.to_string().contains("no manifest.json"), "{error}");

    // A blob the manifest names is missing.
    let public = workspace.path("public");
    workspace.publish(&workspace.content(4), &public);
    let blob = read_published_site(&public).files()[0].blob.address();
    let saved = std::fs::read(public.join(&blob)).unwrap();
    std::fs::remove_file(public.join(&blob)).unwrap();
    let error = publish(&public, &recording.bucket("site")).unwrap_err();
    assert_eq!(error.kind(), "not-a-site");
    assert!(
        error.to_string().contains(&format!("{blob}, which manifest.json names, is missing")),
        "{error}"
    );
    std::fs::write(public.join(&blob), saved).unwrap();
    assert!(recording.finished().is_empty(), "nothing was uploaded");

    // Version 4 is in the bucket: version 2 is not published over it.
    publish(&public, &recording.bucket("site")).unwrap();
    let older = workspace.site(2);
    let before = recording.finished().len();
    let error = publish(&older, &recording.bucket("site")).unwrap_err();
    assert_eq!(error.kind(), "older-version", "{error}");
    assert!(
        error
            .to_string()
            .contains("s3://haven-packs/site/manifest.json: version 4 is published there"),
        "{error}"
    );
    assert_eq!(recording.finished().len(), before, "nothing was uploaded");
}

//! Shared set-up: a temporary workspace with a signing key, copies of the real default pack with edits,
//! published sites, stores, and servers on 127.0.0.1 with a port picked by the system.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use haven_library::{DirectoryFilter, Library, PackSource};
use haven_pack::serve::{count_traffic, router, Traffic};
use haven_publish::build::{self as publish, BuildOptions, BuildReport};
use haven_publish::keys;
use haven_publish::site::{encode_list, read_published, Published};
use haven_publish::trust::{publish_root, TrustOptions};
use haven_sync::{
    sync, Limits, RootKeys, Store, SyncConfig, SyncError, SyncOutcome, Trust, TrustedKey,
};
use minisign::SecretKey;
use tempfile::TempDir;

pub const PACK_ID: &str = "dk.haven";
/// The sentence changed in `en/help-now.ftl` by [`Workspace::content`] from version 3 on.
pub const ORIGINAL_TITLE: &str = "title = Get help now";
pub const CMM_PHONE: &str = "+45 70 20 25 50";

/// The real default pack, as the app embeds it.
pub use haven_testkit::{copy_dir, default_pack};

pub fn haven_pack_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_haven-pack"))
}

pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// A temporary folder with a root key pair (the one the phone embeds) and a signing key pair (the
/// one the root names).
pub struct Workspace {
    pub dir: TempDir,
    pub secret: SecretKey,
    pub secret_path: PathBuf,
    pub trusted: TrustedKey,
    pub root_secret: SecretKey,
    pub root_public_path: PathBuf,
    pub root_key: TrustedKey,
}

impl Workspace {
    pub fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        let generated = keys::generate(&dir.path().join("keys"), None).unwrap();
        let secret = keys::read_secret_key(&generated.secret_key, None).unwrap();
        let trusted = TrustedKey::parse(&generated.public_key_line).unwrap();
        let root =
            keys::generate_pair(&dir.path().join("root"), keys::KeyRole::Root, None).unwrap();
        let root_secret = keys::read_secret_key(&root.secret_key, None).unwrap();
        Workspace {
            secret,
            secret_path: generated.secret_key,
            trusted,
            root_secret,
            root_public_path: root.public_key,
            root_key: TrustedKey::parse(&root.public_key_line).unwrap(),
            dir,
        }
    }

    /// What the phone trusts: the root public key, as the app embeds it.
    pub fn trust(&self) -> Trust {
        Trust::Root(RootKeys::single(self.root_key.clone()))
    }

    /// Writes root version 1 into `public`, naming this workspace's signing key, unless the folder
    /// has a root already (as an NGO runs `haven-pack trust` once before the first build).
    pub fn ensure_root(&self, public: &Path) {
        if !public.join(haven_sync::root::root_file(1)).exists() {
            self.write_root(public, std::slice::from_ref(&self.trusted), unix_now(), 365);
        }
    }

    /// Writes the next root version into `public`, signed with this workspace's root key.
    pub fn write_root(
        &self,
        public: &Path,
        signing_keys: &[TrustedKey],
        now: u64,
        days: u64,
    ) -> haven_sync::Root {
        let options = TrustOptions {
            public_dir: public.to_owned(),
            signing_keys: signing_keys.to_vec(),
            now,
            expires_in_days: days,
        };
        publish_root(&options, std::slice::from_ref(&self.root_secret)).unwrap()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A copy of the default pack at `version`. Version 1 is the pack the app embeds, so a phone
    /// installs versions from 2 on. Version 2 only raises the version; from version 3 on, the English
    /// "help now" title says which version it is (one article in one locale); from version 4 on, the
    /// CMM hotline's phone number changes too.
    pub fn content(&self, version: u64) -> PathBuf {
        let dir = self.path(&format!("content-v{version}"));
        if dir.exists() {
            return dir;
        }
        copy_dir(&default_pack(), &dir);
        set_version(&dir, version);
        if version >= 3 {
            edit(&dir, "en/help-now.ftl", ORIGINAL_TITLE, &title_for(version));
        }
        if version >= 4 {
            edit(&dir, "services.toml", CMM_PHONE, &phone_for(version));
        }
        dir
    }

    /// Builds `content` into `public`, signed with this workspace's key, valid for 30 days.
    pub fn publish(&self, content: &Path, public: &Path) -> BuildReport {
        self.publish_at(content, public, unix_now(), 30)
    }

    /// Builds with a chosen creation time and validity.
    pub fn publish_at(&self, content: &Path, public: &Path, now: u64, days: u64) -> BuildReport {
        self.ensure_root(public);
        let options = BuildOptions {
            content_dir: content.to_owned(),
            out: public.to_owned(),
            now,
            expires_in_days: days,
            require_new_version: false,
        };
        publish::build(&options, &self.secret).unwrap()
    }

    /// Builds `content` into `public` signed with `key`, valid for 30 days, as whoever holds that
    /// key would (no root is written).
    pub fn publish_signed(&self, content: &Path, public: &Path, key: &SecretKey) -> BuildReport {
        let options = BuildOptions {
            content_dir: content.to_owned(),
            out: public.to_owned(),
            now: unix_now(),
            expires_in_days: 30,
            require_new_version: false,
        };
        publish::build(&options, key).unwrap()
    }

    /// Runs `haven-pack build CONTENT --key KEY --out PUBLIC [EXTRA…]` as an NGO would, and returns
    /// what it printed and how it ended.
    pub fn run_build(&self, content: &Path, public: &Path, extra: &[&str]) -> std::process::Output {
        self.ensure_root(public);
        std::process::Command::new(haven_pack_binary())
            .arg("build")
            .arg(content)
            .arg("--key")
            .arg(&self.secret_path)
            .arg("--out")
            .arg(public)
            .args(extra)
            .output()
            .unwrap()
    }

    /// Publishes `version` of the pack into a folder of its own, and returns the folder.
    pub fn site(&self, version: u64) -> PathBuf {
        let public = self.path(&format!("public-v{version}"));
        if !public.join("manifest.json").exists() {
            self.publish(&self.content(version), &public);
        }
        public
    }

    pub fn store(&self, name: &str) -> Store {
        Store::open(self.path(name)).unwrap()
    }

    pub fn config(&self, url: &str) -> SyncConfig {
        let mut config = SyncConfig::new(url, self.trust());
        config.pack_id = Some(PACK_ID.into());
        config.min_version = 1;
        config.limits = Limits { read_timeout: Duration::from_secs(10), ..Limits::default() };
        config
    }

    /// Syncs `store` from `url` as the app would.
    pub fn sync(&self, url: &str, store: &Store) -> Result<SyncOutcome, SyncError> {
        run_sync(&self.config(url), store)
    }

    /// The version the store would give the app at start-up.
    pub fn version_in_use(&self, store: &Store) -> Option<u64> {
        store.current_with(&self.trust()).map(|p| p.version)
    }

    /// A store with `version` installed from a server that is stopped again.
    pub fn store_with(&self, name: &str, version: u64) -> Store {
        let store = self.store(name);
        let server = TestServer::start(router(&self.site(version)));
        self.sync(&server.url, &store).unwrap();
        assert_eq!(self.version_in_use(&store), Some(version));
        store
    }

    /// Writes `published` into `public` as the published version, signed with this workspace's key:
    /// every file list as a blob, and the root naming them.
    pub fn sign_into(&self, published: &Published, public: &Path) {
        sign_into(published, public, &self.secret);
    }
}

pub fn sign_into(published: &Published, public: &Path, key: &SecretKey) {
    let mut manifest = published.manifest.clone();
    manifest.groups = published
        .lists
        .iter()
        .map(|(group, files)| {
            let (group, served) = encode_list(&group.name, files);
            std::fs::write(public.join(group.address()), served).unwrap();
            group
        })
        .collect();
    let bytes = manifest.to_json();
    let signature = publish::sign(&manifest, &bytes, key).unwrap();
    std::fs::write(public.join("manifest.json"), &bytes).unwrap();
    std::fs::write(public.join("manifest.json.minisig"), signature).unwrap();
}

pub fn title_for(version: u64) -> String {
    format!("title = Get help now (update {version})")
}

pub fn phone_for(version: u64) -> String {
    format!("+45 70 20 25 {version:02}")
}

pub fn run_sync(config: &SyncConfig, store: &Store) -> Result<SyncOutcome, SyncError> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(sync(config, store, None))
}

/// What a reader of the pack in use sees: the English "help now" title and the CMM hotline's number.
pub fn what_reader_sees(pack_dir: &Path) -> (String, String) {
    let library = Library::open(PackSource::Directory(pack_dir.to_owned())).unwrap();
    assert!(library.check_all_locales().is_empty(), "the pack in use must have no problems");
    let title = library.article("en", "help-now").unwrap().title.plain();
    let phone = library
        .directory("en", &DirectoryFilter::default())
        .unwrap()
        .into_iter()
        .find(|s| s.details.id == "cmm-hotline")
        .and_then(|s| s.details.phone)
        .unwrap();
    (title, phone)
}

/// Checks what the store gives the app: `version`, intact, with that version's title.
pub fn assert_in_use(workspace: &Workspace, store: &Store, version: u64) {
    let pack = store.current_with(&workspace.trust()).expect("a verified pack in the store");
    assert_eq!(pack.version, version, "the version in use");
    let (title, phone) = what_reader_sees(&pack.dir);
    let expected_title = if version >= 3 { title_for(version) } else { ORIGINAL_TITLE.into() };
    assert_eq!(format!("title = {title}"), expected_title);
    let expected_phone = if version >= 4 { phone_for(version) } else { CMM_PHONE.into() };
    assert_eq!(phone, expected_phone);
}

pub fn set_version(content: &Path, version: u64) {
    let path = content.join("pack.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut replaced = false;
    let text: Vec<String> = text
        .lines()
        .map(|line| {
            if !replaced && line.starts_with("version = ") {
                replaced = true;
                format!("version = {version}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert!(replaced, "pack.toml has a version line");
    std::fs::write(path, text.join("\n") + "\n").unwrap();
}

pub fn edit(content: &Path, relative: &str, from: &str, to: &str) {
    let path = content.join(relative);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{relative} contains {from:?}");
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The version published in `public`: its root manifest and every file list.
pub fn read_published_site(public: &Path) -> Published {
    read_published(public).expect("a published version")
}

/// An HTTP server in this process, on its own thread and runtime, stopped when dropped.
pub struct TestServer {
    pub url: String,
    pub traffic: Arc<Traffic>,
    _server: haven_testkit::LoopbackServer,
}

impl TestServer {
    pub fn start(app: Router) -> TestServer {
        let traffic = Arc::new(Traffic::default());
        let server = haven_testkit::LoopbackServer::start(count_traffic(app, traffic.clone()));
        TestServer { url: server.url.clone(), traffic, _server: server }
    }
}

/// A child process that serves a folder and is killed when dropped.
pub struct ChildServer {
    pub url: String,
    child: Child,
}

impl ChildServer {
    /// `haven-pack serve PUBLIC --addr 127.0.0.1:0`, reading the port it prints.
    pub fn haven_pack(public: &Path) -> ChildServer {
        let mut command = Command::new(haven_pack_binary());
        command.arg("serve").arg(public).args(["--addr", "127.0.0.1:0"]);
        ChildServer::spawn(command, |line| {
            line.split("http://").nth(1).map(|rest| format!("http://{}", rest.trim()))
        })
    }

    /// `python3 -m http.server 0 --bind 127.0.0.1 --directory PUBLIC`.
    pub fn python(public: &Path) -> ChildServer {
        let mut command = Command::new("python3");
        command
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory"])
            .arg(public);
        ChildServer::spawn(command, |line| {
            let port = line.split(" port ").nth(1)?.split_whitespace().next()?;
            Some(format!("http://127.0.0.1:{port}/"))
        })
    }

    fn spawn(mut command: Command, find_url: fn(&str) -> Option<String>) -> ChildServer {
        let mut child =
            command.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("server starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = find_url(&line) {
                    let _ = tx.send(url);
                }
            }
        });
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(url) => ChildServer { url, child },
            Err(_) => {
                let _ = child.kill();
                panic!("the server did not say where it listens");
            }
        }
    }
}

impl ChildServer {
    /// Debian's nginx serving PUBLIC on a loopback port, the way a real web host or CDN does: it
    /// compresses whatever a client accepts compressed (`gzip on` for every type), and it labels
    /// every `.gz` file `Content-Encoding: gzip`, as some CDNs do for files with that extension.
    pub fn nginx(public: &Path) -> (ChildServer, TempDir) {
        let nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"]
            .into_iter()
            .find(|path| Path::new(path).exists())
            .expect("nginx is missing: install Debian's package nginx-light (scripts/install-deps.sh --tests does)");
        let prefix = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = prefix.path().display();
        let config = format!(
            "daemon off;\nmaster_process off;\npid {dir}/nginx.pid;\nerror_log {dir}/error.log;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n\
               types {{ application/json json; application/octet-stream gz; }}\n\
               default_type application/octet-stream;\n\
               access_log off;\n\
               client_body_temp_path {dir}/body; proxy_temp_path {dir}/proxy; fastcgi_temp_path {dir}/fastcgi;\n\
               uwsgi_temp_path {dir}/uwsgi; scgi_temp_path {dir}/scgi;\n\
               gzip on; gzip_types *; gzip_min_length 1; gzip_proxied any;\n\
               server {{\n\
                 listen 127.0.0.1:{port};\n\
                 root {public};\n\
                 location ~ \\.gz$ {{ gzip off; add_header Content-Encoding gzip; }}\n\
               }}\n\
             }}\n",
            public = public.display(),
        );
        let config_path = prefix.path().join("nginx.conf");
        std::fs::write(&config_path, config).unwrap();
        let child = Command::new(nginx)
            .arg("-p")
            .arg(prefix.path())
            .arg("-c")
            .arg(&config_path)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nginx starts");
        let server = ChildServer { url: format!("http://127.0.0.1:{port}/"), child };
        // Ready once it accepts a connection; an nginx that exited (a bad configuration) says why.
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            let log = std::fs::read_to_string(prefix.path().join("error.log")).unwrap_or_default();
            assert!(std::time::Instant::now() < deadline, "nginx did not start listening: {log}");
            std::thread::sleep(Duration::from_millis(20));
        }
        (server, prefix)
    }
}

impl Drop for ChildServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A raw HTTP/1.1 GET (the test's own client, to see exactly which headers come back).
pub fn http_get(addr: &str, path: &str, headers: &[(&str, &str)]) -> (u16, Vec<(String, String)>) {
    let (status, headers, _) = http_request(addr, "GET", path, headers, b"");
    (status, headers)
}

/// A raw HTTP/1.1 request with `body`: the status, the headers (names in lower case) and the body.
pub fn http_request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request += &format!("{name}: {value}\r\n");
    }
    request += &format!("Content-Length: {}\r\n\r\n", body.len());
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(response.len());
    let text = String::from_utf8_lossy(&response[..split]);
    let mut lines = text.lines();
    let status = lines.next().unwrap().split_whitespace().nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let body = response.get(split + 4..).unwrap_or_default().to_vec();
    (status, headers, body)
}

pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// moto's S3 server (`python3 -m moto.server`) on a loopback port, killed when dropped: a real
/// implementation of S3's API, to publish into as into a bucket, and to sync from as from its
/// address.
pub struct MotoServer {
    /// `127.0.0.1:PORT`.
    pub addr: String,
    child: Child,
}

impl MotoServer {
    pub fn start() -> MotoServer {
        let mut child = Command::new("python3")
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", "0"])
            .env("PYTHONUNBUFFERED", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 starts");
        // It says where it listens on stderr, then logs every request there: read it all, so that
        // it never blocks on a full pipe.
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("Running on http://").nth(1) {
                    let _ = tx.send(Ok(rest.trim().to_owned()));
                } else if line.contains("No module named") {
                    let _ = tx.send(Err(line));
                }
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(Ok(addr)) => addr,
            Ok(Err(line)) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("moto is missing ({line}): scripts/install-deps.sh --tests installs it (pip install 'moto[server]')");
            }
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("moto's server did not say where it listens");
            }
        };
        let server = MotoServer { addr, child };
        // Ready once it answers a request.
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(&server.addr).is_err() {
            assert!(std::time::Instant::now() < deadline, "moto did not start listening");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }

    /// Creates `bucket`, readable by anyone, as an NGO sets up the bucket phones sync from.
    pub fn create_public_bucket(&self, bucket: &str) {
        let (status, _, body) = http_request(&self.addr, "PUT", &format!("/{bucket}"), &[], b"");
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        // moto names HEAD's permission s3:HeadObject, where AWS counts it as s3:GetObject.
        let policy = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:HeadObject"],"Resource":"arn:aws:s3:::{bucket}/*"}}]}}"#
        );
        let json = [("Content-Type", "application/json")];
        let path = format!("/{bucket}?policy");
        let (status, _, body) = http_request(&self.addr, "PUT", &path, &json, policy.as_bytes());
        assert!(matches!(status, 200 | 204), "{status}: {}", String::from_utf8_lossy(&body));
    }

    /// The variables `haven-pack publish` reads, pointing at this server.
    pub fn environment(&self) -> Vec<(String, String)> {
        [
            ("AWS_ACCESS_KEY_ID", "haven-test"),
            ("AWS_SECRET_ACCESS_KEY", "haven-test-secret"),
            ("AWS_REGION", "us-east-1"),
            ("AWS_ENDPOINT_URL", &format!("http://{}", self.addr)),
            ("AWS_ALLOW_HTTP", "true"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    /// The address a phone syncs from: the folder `prefix` of `bucket`, path-style.
    pub fn url(&self, bucket: &str, prefix: &str) -> String {
        format!("http://{}/{bucket}/{prefix}/", self.addr)
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The first half of a response's body, then a broken connection: a server that dies mid-download.
pub async fn half_then_broken(response: axum::response::Response) -> axum::response::Response {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let half = bytes::Bytes::copy_from_slice(&bytes[..bytes.len() / 2]);
    let chunks =
        futures_util::stream::iter(vec![Ok(half), Err(std::io::Error::other("the server died"))]);
    axum::response::Response::from_parts(parts, axum::body::Body::from_stream(chunks))
}

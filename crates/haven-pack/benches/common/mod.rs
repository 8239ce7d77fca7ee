//! What the benchmarks share: an NGO's keys, made as `haven-pack keygen` makes them, and publishing a
//! pack with them as `haven-pack trust` and `build` do.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use haven_publish::build::{self as publish, BuildOptions, BuildReport};
use haven_publish::keys::{self, KeyRole};
use haven_publish::trust::{publish_root, TrustOptions};
use haven_sync::TrustedKey;
use minisign::SecretKey;

/// An NGO's root key (whose public half the app embeds) and the signing key its root names.
pub struct Publisher {
    signing_secret: SecretKey,
    signing_key: TrustedKey,
    root_secret: SecretKey,
    pub root_key: TrustedKey,
}

impl Publisher {
    /// Makes both key pairs, unencrypted, in `dir`.
    pub fn new(dir: &Path) -> Publisher {
        let signing = keys::generate(&dir.join("keys"), None).unwrap();
        let root = keys::generate_pair(&dir.join("root"), KeyRole::Root, None).unwrap();
        Publisher {
            signing_secret: keys::read_secret_key(&signing.secret_key, None).unwrap(),
            signing_key: TrustedKey::parse(&signing.public_key_line).unwrap(),
            root_secret: keys::read_secret_key(&root.secret_key, None).unwrap(),
            root_key: TrustedKey::parse(&root.public_key_line).unwrap(),
        }
    }

    /// Signs `content` into the site `public`, writing its first root first when it has none.
    pub fn publish(&self, content: &Path, public: &Path) -> BuildReport {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
        if !public.join(haven_sync::root::root_file(1)).exists() {
            let trust = TrustOptions {
                public_dir: public.to_owned(),
                signing_keys: vec![self.signing_key.clone()],
                now,
                expires_in_days: 365,
            };
            publish_root(&trust, std::slice::from_ref(&self.root_secret)).unwrap();
        }
        let options = BuildOptions {
            content_dir: content.to_owned(),
            out: public.to_owned(),
            now,
            expires_in_days: 30,
            require_new_version: false,
        };
        publish::build(&options, &self.signing_secret).unwrap()
    }
}

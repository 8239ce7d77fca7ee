//! The root of trust: a root document and its signatures, as a phone fetches them from the site (and
//! reads them back from its store at every start).
//!
//! Input: `N.root.json`, 0xFF, `N.root.json.minisig` (one or more signatures). Each input goes
//! through `root::verify_next` with the seeds' root key as the app's embedded key (signatures
//! first, then the parse, the version and the new root's own signatures), and through the parser and
//! the signature counter alone.

#![no_main]

use haven_fuzz::{root_keys, split_once};
use haven_sync::root::verify_next;
use haven_sync::{count_signers, Root};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (document, signatures) = split_once(data);
    let trusted = root_keys();

    for expected in [1, 2] {
        if let Ok(root) = verify_next(document, signatures, &trusted, expected) {
            assert_eq!(root.version, expected);
            // A root that verifies can be the trust of the next one.
            let _ = verify_next(document, signatures, &root.root_key_set(), expected + 1);
        }
    }

    let _ = count_signers(document, signatures, &trusted.keys);
    if let Ok(root) = Root::from_json(document) {
        // What `haven-pack trust` writes reads back as the same root.
        let again = Root::from_json(&root.to_json()).expect("a root's JSON reads back");
        assert_eq!(again, root);
        // A checked root's keys all parse.
        assert_eq!(root.root_key_set().keys.len(), root.root_keys.len());
        assert_eq!(root.signing_key_set().len(), root.signing_keys.len());
        let _ = count_signers(document, signatures, &root.root_key_set().keys);
    }
});

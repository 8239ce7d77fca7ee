//! The signed release manifest and the file lists it pins, as a phone gets them from any server.
//!
//! Input: `manifest.json`, 0xFF, `manifest.json.minisig`. Each input goes through the client's
//! order (the signature against the seeds' signing key before the bytes are parsed, then the format
//! and the limits), and then, since a mutated manifest never verifies, through the parsers alone:
//! the manifest, the header an older manifest is read by, a file list as JSON, and a gzipped list
//! (its hash taken from the input, as the signed manifest would give it).

#![no_main]

use haven_fuzz::{signing_key, split_once};
use haven_sync::release::{group_of, same_files, FileList, ManifestHeader, SizeLimits, TOP_GROUP};
use haven_sync::release::sha256_hex;
use haven_sync::unpack::unpack_list;
use haven_sync::{verify_signature, GroupRef, Limits, Manifest};
use libfuzzer_sys::fuzz_target;

fn limits() -> SizeLimits {
    let limits = Limits::default();
    SizeLimits {
        max_files: limits.max_files,
        max_total_bytes: limits.max_total_bytes,
        max_list_bytes: limits.max_manifest_bytes,
        max_group_bytes: limits.max_optional_group_bytes,
    }
}

fuzz_target!(|data: &[u8]| {
    let (document, signature) = split_once(data);
    let limits = limits();

    // The client's stage 4 (`verify_manifest`): signature, then parse, then the limits.
    if verify_signature(document, signature, &[signing_key()]).is_ok() {
        if let Ok(manifest) = Manifest::from_json(document) {
            let _ = manifest.check(limits);
        }
    }

    // The parsers alone.
    let _ = ManifestHeader::from_json(document);
    let manifest = Manifest::from_json(document);
    if let Ok(manifest) = &manifest {
        let _ = manifest.check(limits);
        let _ = manifest.check(SizeLimits::UNBOUNDED);
        // What `haven-pack build` writes reads back as the same manifest.
        let again = Manifest::from_json(&manifest.to_json()).expect("a manifest's JSON reads back");
        assert_eq!(&again, manifest);
        for group in &manifest.groups {
            let _ = group.address();
        }
    }
    for group in [TOP_GROUP, "en", "audio/da"] {
        if let Ok(list) = FileList::from_json(group, document) {
            for file in &list.files {
                assert_eq!(group_of(&file.path), group);
            }
            let again = FileList::from_json(group, &list.to_json()).expect("a list's JSON reads back");
            assert_eq!(again, list);
            assert!(same_files(&again.files, &list.files));
            if let Ok(manifest) = &manifest {
                let _ = manifest.check_files(&list.files, limits);
            }
        }
    }
    if document.starts_with(&[0x1f, 0x8b]) {
        let group = GroupRef {
            name: TOP_GROUP.to_owned(),
            sha256: sha256_hex(document),
            size: document.len() as u64,
            optional: false,
            bytes: None,
        };
        let _ = unpack_list("fuzz", &group, document, limits.max_list_bytes);
        let _ = unpack_list("fuzz", &GroupRef { name: "en".into(), ..group }, document, 4096);
    }
});

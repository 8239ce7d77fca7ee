//! `haven-pack publish`: what it tells the NGO after [`haven_publish::bucket::publish`] uploaded a
//! site to a bucket: how much went up and how much was there already, for the files, the roots and
//! the manifest.

use haven_publish::bucket::{UploadReport, Uploaded};
use haven_sync::release::{BLOBS_DIR, MANIFEST_FILE};
use haven_sync::root::ROOTS_DIR;

/// The report as lines for a person.
pub fn to_human(report: &UploadReport, address: &str) -> String {
    let manifest_uploaded = report.uploaded.iter().any(|u| u.path == MANIFEST_FILE);
    let mut out = format!(
        "{} {} version {} at {address}: uploaded {} ({}), skipped {} already there ({}).\n",
        if manifest_uploaded { "Published" } else { "Already published" },
        report.pack_id,
        report.version,
        files(report.uploaded.len()),
        bytes(report.uploaded_bytes()),
        files(report.skipped.len()),
        bytes(report.skipped_bytes()),
    );
    for (what, folder) in [("content-addressed files", BLOBS_DIR), ("root documents", ROOTS_DIR)] {
        let in_folder = |list: &[Uploaded]| -> (usize, u64) {
            let matching = list.iter().filter(|u| u.path.starts_with(&format!("{folder}/")));
            matching.fold((0, 0), |(n, b), u| (n + 1, b + u.bytes))
        };
        let (up, up_bytes) = in_folder(&report.uploaded);
        let (skip, skip_bytes) = in_folder(&report.skipped);
        out += &format!(
            "  {what} ({folder}/): {up} uploaded ({}), {skip} skipped ({})\n",
            bytes(up_bytes),
            bytes(skip_bytes)
        );
    }
    out += &format!(
        "  manifest and signature: {}\n",
        if manifest_uploaded { "uploaded last" } else { "unchanged" }
    );
    out
}

fn files(n: usize) -> String {
    if n == 1 {
        "1 file".into()
    } else {
        format!("{n} files")
    }
}

fn bytes(n: u64) -> String {
    if n == 1 {
        "1 byte".into()
    } else {
        format!("{n} bytes")
    }
}

//! The pack loader: `pack.toml`, `services.toml` and the Fluent files, as a synced pack, a preview
//! or an NGO's folder gives them (every one of them is checked by this loader before anything
//! trusts it, so the loader itself reads untrusted text).
//!
//! Input: `pack.toml`, 0xFF, `services.toml`, then any number of 0xFF, a path (`en/help-now.ftl`),
//! 0xFF, its contents (see `haven_fuzz::pack_files`), held in memory as the app holds its
//! compiled-in pack. Then what the app and the lint do: load the pack, open it, load every usable
//! locale's files, format every message and attribute with the app's variables and split the text
//! at service markers, and print every problem with its help.

#![no_main]

use haven_format::fluent::{split_markers, FluentArgs};
use haven_format::{sort_diagnostics, LocaleFiles, Pack, PackSource};
use haven_fuzz::{pack_files, MemoryPack};
use libfuzzer_sys::fuzz_target;

static FILES: MemoryPack = MemoryPack::new();

fuzz_target!(|data: &[u8]| {
    FILES.set(pack_files(data));
    let source = PackSource::Bundled(&FILES);

    let (pack, mut diagnostics) = Pack::load(source.clone());
    if let Some(pack) = &pack {
        let mut args = FluentArgs::new();
        args.set("publisher", pack.info.publisher.as_str());
        args.set("published", pack.info.published.as_str());
        args.set("version", pack.info.version.to_string());
        for locale in &pack.usable_locales {
            let (files, problems) = LocaleFiles::load(pack, &locale.code);
            diagnostics.extend(problems);
            for file in files.articles.values().chain(files.services.iter()) {
                let _ = file.commented();
                for shape in &file.shapes {
                    let _ = file.has_message(&shape.id);
                    let attributes = shape.attributes.iter().map(|a| Some(a.as_str()));
                    for attribute in std::iter::once(None).chain(attributes) {
                        if let Some(text) = file.format(&shape.id, attribute, Some(&args)) {
                            let _ = split_markers(&text);
                        }
                    }
                }
            }
        }
        sort_diagnostics(&mut diagnostics, Some(&pack.info.reference_locale));
    }
    for diagnostic in &diagnostics {
        let _ = diagnostic.to_string();
        let _ = diagnostic.problem.help();
    }
    let _ = Pack::open(source);
});

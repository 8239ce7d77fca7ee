//! One call of the reader's library, for callgrind to count: `library-instructions PACK_DIR CALL`.
//!
//! Built twice by `tests/size/library-instructions.sh`: once on the engine before it was split into
//! crates (`haven-core`), once on today's `haven-library`, each renamed `engine` so this one file
//! compiles against both. Each measured call is a function of its own with an unmangled name, so
//! callgrind's `--toggle-collect` counts that call and what it calls, not the set-up around it.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use engine::{Library, PackSource};

#[no_mangle]
#[inline(never)]
pub fn measured_open(dir: &Path) -> Library {
    Library::open(PackSource::Directory(dir.to_path_buf())).expect("the pack opens")
}

#[no_mangle]
#[inline(never)]
pub fn measured_first_switch(library: &Library) -> usize {
    library.topics("th").expect("Thai").len()
}

#[no_mangle]
#[inline(never)]
pub fn measured_used_locale(library: &Library) -> usize {
    library.topics("ar").expect("Arabic").len()
}

#[no_mangle]
#[inline(never)]
pub fn measured_render(library: &Library, id: &str) -> usize {
    library.article("ar", id).expect("the article").sections.len()
}

#[no_mangle]
#[inline(never)]
pub fn measured_search(library: &Library) -> usize {
    library.search("th", "ที่พัก").expect("a search").len()
}

/// The article with the most text in the reference locale, as the criterion benchmark picks it.
fn largest_article(library: &Library) -> String {
    let reference = library.reference_locale().to_owned();
    library
        .info()
        .articles
        .iter()
        .max_by_key(|a| {
            serde_json::to_string(&library.article(&reference, &a.id).unwrap()).unwrap().len()
        })
        .map(|a| a.id.clone())
        .expect("the pack has articles")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, call] = &args[..] else {
        eprintln!("usage: library-instructions PACK_DIR open|first-switch|used-locale|render|search");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    if call == "open" {
        black_box(measured_open(&dir));
        return;
    }
    let library = Library::open(PackSource::Directory(dir)).expect("the pack opens");
    let counted = match call.as_str() {
        "first-switch" => measured_first_switch(&library),
        "used-locale" => {
            library.topics("ar").expect("Arabic");
            measured_used_locale(&library)
        }
        "render" => {
            let largest = largest_article(&library);
            library.article("ar", &largest).expect("the article");
            measured_render(&library, &largest)
        }
        "search" => {
            library.topics("th").expect("Thai");
            library.search("th", "ที่พัก").expect("a search");
            measured_search(&library)
        }
        other => {
            eprintln!("unknown call {other:?}");
            std::process::exit(2);
        }
    };
    black_box(counted);
}

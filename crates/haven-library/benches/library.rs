//! What a reader waits for: opening the built-in pack at start-up, switching language, and rendering
//! the largest article, and searching. Goal on this machine: switching and rendering each under 1 ms,
//! a search under 20 ms.

use criterion::{criterion_group, criterion_main, Criterion};
use haven_library::{Library, PackSource};

/// The default pack as the app carries it: compiled in, read through the loader's bundled-files path.
fn open_default(pack: &PackSource) -> Library {
    Library::open(pack.clone()).unwrap()
}

/// The article with the most text in the reference locale.
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

fn bench(c: &mut Criterion) {
    let pack = haven_testkit::bundled_default_pack();
    c.bench_function("open the embedded pack (reference locale parsed)", |b| {
        b.iter(|| open_default(&pack))
    });

    let library = open_default(&pack);
    let largest = largest_article(&library);
    c.bench_function("switch language: first use of a locale (parse + home topics)", |b| {
        // A fresh library each time, so the locale is parsed, as on a reader's first switch.
        b.iter_batched(
            || open_default(&pack),
            |library| library.topics("th").unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
    library.topics("ar").unwrap();
    c.bench_function("switch language: a locale already used (home topics)", |b| {
        b.iter(|| library.topics("ar").unwrap())
    });
    c.bench_function(&format!("render the largest article ({largest}, Arabic)"), |b| {
        b.iter(|| library.article("ar", &largest).unwrap())
    });
    // A search renders every article in the reader's language and in the reference language.
    library.topics("th").unwrap();
    c.bench_function("search every article (Thai, with the reference language)", |b| {
        b.iter(|| library.search("th", "ที่พัก").unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

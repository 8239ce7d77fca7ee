fn main() {
    let what = std::env::args().nth(1).unwrap();
    let pack = haven_testkit::bundled_default_pack();
    let _ = pack.read_text("pack.toml");
    let n: usize = std::env::args().nth(2).unwrap().parse().unwrap();
    for _ in 0..n {
        let library = haven_library::Library::open(pack.clone()).unwrap();
        match what.as_str() {
            "open" => {}
            "switch" => { library.topics("th").unwrap(); }
            "article" => { for _ in 0..20 { library.article("ar", "rights").unwrap(); } }
            "search" => { library.search("th", "ที่พัก").unwrap(); }
            _ => panic!(),
        }
    }
}

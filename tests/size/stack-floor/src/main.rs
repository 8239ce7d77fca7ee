//! Uses each library of Haven's chosen stack once, on input known only at run time, so the optimiser
//! keeps what Haven would keep of them: `stack-floor PACK.toml FILE.ftl LOCALE [URL]`.

use std::sync::Arc;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

#[derive(serde::Deserialize)]
struct PackInfo {
    id: String,
    version: u64,
    locales: Vec<String>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() >= 4 {
        let pack: PackInfo = toml::from_str(&std::fs::read_to_string(&args[1]).unwrap()).unwrap();
        let available: Vec<LanguageIdentifier> =
            pack.locales.iter().filter_map(|l| l.parse().ok()).collect();
        let requested: Vec<LanguageIdentifier> = args[3].parse().into_iter().collect();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            available.first(),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let resource = FluentResource::try_new(std::fs::read_to_string(&args[2]).unwrap())
            .unwrap_or_else(|(resource, _)| resource);
        let mut bundle = FluentBundle::new(chosen.into_iter().cloned().collect());
        bundle.add_resource(resource).unwrap();
        let message = bundle.get_message("title").and_then(|m| m.value()).unwrap();
        let mut errors = Vec::new();
        println!("{} {}: {}", pack.id, pack.version, bundle.format_pattern(message, None, &mut errors));
        if let Some(url) = args.get(4) {
            let body = tauri::async_runtime::block_on(fetch(url.clone()));
            println!("{} bytes", body.len());
        }
        return;
    }
    tauri::Builder::default().run(tauri::generate_context!()).expect("the window starts");
}

async fn fetch(url: String) -> Vec<u8> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let client = reqwest::Client::builder().tls_backend_preconfigured(tls).build().unwrap();
    client.get(url).send().await.unwrap().bytes().await.unwrap().to_vec()
}

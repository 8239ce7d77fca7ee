//! The HTTP side of a sync: which addresses may be contacted, a client that sends nothing that could
//! identify the reader, and downloads that stop at a byte limit.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT_ENCODING, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
};
use reqwest::{StatusCode, Url};

use crate::error::SyncError;

/// The only User-Agent sent: the same for every reader, so it identifies no one.
pub const USER_AGENT: &str = "Haven";
const MAX_REDIRECTS: usize = 5;

/// Whether the client may contact this address: `https`, or plain `http` to this device only.
pub fn is_allowed_url(url: &Url) -> bool {
    match url.scheme() {
        "https" => true,
        "http" => is_loopback_host(url),
        _ => false,
    }
}

/// Whether a redirect from `previous` (the addresses followed so far, the first one asked for first)
/// to `next` may be followed: only to an allowed address, and never from `https` down to plain
/// `http`, not even to this device. A downgrade would let anything on the path, or a local process
/// listening on a loopback port, answer in the publisher's name.
pub fn may_redirect(previous: &[Url], next: &Url) -> bool {
    let was_https = previous.iter().any(|url| url.scheme() == "https");
    is_allowed_url(next) && !(was_https && next.scheme() != "https")
}

fn is_loopback_host(url: &Url) -> bool {
    let Some(host) = url.host_str() else { return false };
    let ip = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || ip.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Parses the base address of a published pack, the folder that holds `manifest.json`.
///
/// Fails when it is not a URL, is not allowed by [`is_allowed_url`], or carries a user name, password,
/// query or fragment (none of which a static site needs, and any of which could identify someone).
pub fn base_url(text: &str) -> Result<Url, SyncError> {
    let invalid =
        |reason: &str| SyncError::InvalidUrl { url: text.to_owned(), reason: reason.into() };
    let mut url = Url::parse(text).map_err(|e| invalid(&e.to_string()))?;
    if !is_allowed_url(&url) {
        return Err(SyncError::InsecureUrl { url: text.to_owned() });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("it must not contain a user name or password"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("it must not contain a query or fragment"));
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// A client with no cookies, no referer, no proxy discovery, a fixed User-Agent, no content decoding,
/// https-only redirects,
/// rustls with Mozilla's roots compiled in, and the given timeouts.
///
/// Fails when the TLS configuration cannot be built.
pub(crate) fn client(
    connect_timeout: Duration,
    read_timeout: Duration,
) -> Result<reqwest::Client, SyncError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| SyncError::Client { reason: e.to_string() })?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let redirects = reqwest::redirect::Policy::custom(|attempt| {
        if attempt.previous().len() >= MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if !may_redirect(attempt.previous(), attempt.url()) {
            attempt.error("redirect to an address that is not https")
        } else {
            attempt.follow()
        }
    });
    // The signed bytes, as published: a server must not compress them on the way, and one that
    // labels a `.gz` file `Content-Encoding: gzip` anyway is not decoded (reqwest has no decoder here).
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_ENCODING, HeaderValue::from_static("identity"));
    reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .default_headers(headers)
        .referer(false)
        .no_proxy()
        .redirect(redirects)
        .connect_timeout(connect_timeout)
        .read_timeout(read_timeout)
        .tls_backend_preconfigured(tls)
        .build()
        .map_err(|e| SyncError::Client { reason: e.to_string() })
}

/// What a conditional request sends.
#[derive(Debug, Clone, Default)]
pub(crate) struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A downloaded body.
#[derive(Debug)]
pub(crate) enum Fetched {
    /// 304: the server has nothing newer than the validators sent.
    NotModified,
    /// 404, 410 or 403 (what object stores answer for a missing file), when asked for something
    /// that may not exist yet: the next root version.
    Missing,
    Body {
        bytes: Vec<u8>,
        validators: Validators,
    },
}

/// Downloads `url`, reading at most `limit` bytes: a longer body, or a Content-Length above it, is
/// refused as soon as it is seen. With `exact`, a shorter body is refused too. `on_bytes` is told of
/// every chunk received.
///
/// With `may_be_missing`, a 404, 410 or 403 is [`Fetched::Missing`] and its body is not read.
///
/// Fails on a network error or timeout, a status other than 200 (or 304 when `validators` were sent),
/// or a body of the wrong length.
pub(crate) async fn fetch(
    client: &reqwest::Client,
    url: &Url,
    limit: u64,
    exact: bool,
    may_be_missing: bool,
    validators: Option<&Validators>,
    on_bytes: &mut (dyn FnMut(u64) + Send),
) -> Result<Fetched, SyncError> {
    let network = |source| SyncError::Network { url: url.to_string(), source };
    let mut headers = HeaderMap::new();
    if let Some(v) = validators {
        if let Some(value) = v.etag.as_deref().and_then(|e| HeaderValue::from_str(e).ok()) {
            headers.insert(IF_NONE_MATCH, value);
        }
        if let Some(value) = v.last_modified.as_deref().and_then(|m| HeaderValue::from_str(m).ok())
        {
            headers.insert(IF_MODIFIED_SINCE, value);
        }
    }
    let mut response = client.get(url.clone()).headers(headers).send().await.map_err(network)?;
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED && validators.is_some() {
        return Ok(Fetched::NotModified);
    }
    let is_missing =
        matches!(status, StatusCode::NOT_FOUND | StatusCode::GONE | StatusCode::FORBIDDEN);
    if may_be_missing && is_missing {
        return Ok(Fetched::Missing);
    }
    if status != StatusCode::OK {
        return Err(SyncError::UnexpectedStatus { url: url.to_string(), status: status.as_u16() });
    }
    if response.content_length().is_some_and(|length| length > limit) {
        return Err(SyncError::TooLarge { url: url.to_string(), limit });
    }
    let header = |name| {
        response.headers().get(name).and_then(|v: &HeaderValue| v.to_str().ok()).map(String::from)
    };
    let validators = Validators { etag: header(ETAG), last_modified: header(LAST_MODIFIED) };
    let capacity = usize::try_from(limit.min(1 << 20)).unwrap_or(1 << 20);
    let mut bytes = Vec::with_capacity(if exact { capacity } else { 0 });
    while let Some(chunk) = response.chunk().await.map_err(network)? {
        on_bytes(chunk.len() as u64);
        if bytes.len() as u64 + chunk.len() as u64 > limit {
            return Err(SyncError::TooLarge { url: url.to_string(), limit });
        }
        bytes.extend_from_slice(&chunk);
    }
    if exact && (bytes.len() as u64) < limit {
        return Err(SyncError::Truncated {
            url: url.to_string(),
            expected: limit,
            received: bytes.len() as u64,
        });
    }
    Ok(Fetched::Body { bytes, validators })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_is_allowed_only_to_this_device() {
        for allowed in [
            "https://example.org/pack/",
            "http://127.0.0.1:8080/",
            "http://127.1.2.3/",
            "http://[::1]:80/",
            "http://localhost:9/",
        ] {
            assert!(base_url(allowed).is_ok(), "{allowed}");
        }
        for refused in ["http://example.org/", "http://10.0.0.1/", "ftp://localhost/", "file:///x"]
        {
            assert!(matches!(base_url(refused), Err(SyncError::InsecureUrl { .. })), "{refused}");
        }
    }

    #[test]
    fn a_redirect_never_goes_from_https_down_to_http_not_even_to_this_device() {
        let url = |text: &str| Url::parse(text).unwrap();
        let https = [url("https://example.org/pack/manifest.json")];
        assert!(may_redirect(&https, &url("https://cdn.example.net/pack/manifest.json")));
        assert!(!may_redirect(&https, &url("http://127.0.0.1:8080/manifest.json")));
        assert!(!may_redirect(&https, &url("http://localhost/manifest.json")));
        assert!(!may_redirect(&https, &url("http://example.org/manifest.json")));
        // A chain that started on https stays there, however it went on.
        let chain = [url("https://example.org/a"), url("https://example.net/b")];
        assert!(!may_redirect(&chain, &url("http://[::1]/c")));
        // A test server on this device may redirect to itself.
        let local = [url("http://127.0.0.1:8080/manifest.json")];
        assert!(may_redirect(&local, &url("http://127.0.0.1:8080/v2/manifest.json")));
        assert!(!may_redirect(&local, &url("http://example.org/manifest.json")));
    }

    #[test]
    fn the_base_address_becomes_a_folder_without_identifying_parts() {
        assert_eq!(base_url("https://example.org/dk").unwrap().as_str(), "https://example.org/dk/");
        assert!(base_url("https://user:pw@example.org/").is_err());
        assert!(base_url("https://example.org/?id=123").is_err());
    }
}

//! `haven-pack serve`: the public folder over HTTP, for small NGOs and for tests.
//!
//! It is a plain static server (tower-http's `ServeDir`: ETag, Last-Modified, 304, ranges), plus the
//! caching rules the layout was made for: the manifest and its signature must be revalidated
//! (`no-cache`), while a blob's address is the hash of its bytes, so it never changes and can be cached
//! for a year (`immutable`). JSON is gzipped on the fly; blobs are already compressed.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use http::header::{HeaderValue, CACHE_CONTROL};
use http_body_util::BodyExt;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

/// For the manifest and its signature: always ask the server whether they changed. For blobs:
/// their address is their hash, so their bytes never change. (The same as in a bucket.)
pub use haven_publish::site::{IMMUTABLE, REVALIDATE};

/// The service for a public folder.
pub fn router(public_dir: &Path) -> Router {
    let compress_when = SizeAbove::new(256)
        .and(NotForContentType::const_new("application/gzip"))
        .and(NotForContentType::const_new("application/octet-stream"));
    Router::new()
        .fallback_service(ServeDir::new(public_dir))
        .layer(middleware::from_fn(cache_control))
        .layer(CompressionLayer::new().gzip(true).compress_when(compress_when))
}

async fn cache_control(request: Request, next: Next) -> Response {
    let is_blob = request.uri().path().starts_with("/blobs/");
    let mut response = next.run(request).await;
    let success = response.status().is_success() || response.status().as_u16() == 304;
    if success {
        let value = if is_blob { IMMUTABLE } else { REVALIDATE };
        response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// Serves `public_dir` on `addr` until Ctrl-C. `on_listening` is told the address actually bound (the
/// real port when `addr` asks for port 0).
///
/// Fails when the address cannot be bound.
pub async fn serve(
    public_dir: &Path,
    addr: SocketAddr,
    on_listening: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    on_listening(listener.local_addr()?);
    axum::serve(listener, router(public_dir))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// What a server sent: requests, and response body bytes as they went on the wire (after
/// compression). The benchmark and the tests read it to show what a sync costs.
#[derive(Debug, Default)]
pub struct Traffic {
    requests: AtomicU64,
    body_bytes: Arc<AtomicU64>,
    paths: Mutex<Vec<String>>,
}

impl Traffic {
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::SeqCst)
    }

    pub fn body_bytes(&self) -> u64 {
        self.body_bytes.load(Ordering::SeqCst)
    }

    /// The paths requested, in order.
    pub fn paths(&self) -> Vec<String> {
        self.paths.lock().expect("not poisoned").clone()
    }

    /// Starts counting from zero.
    pub fn reset(&self) {
        self.requests.store(0, Ordering::SeqCst);
        self.body_bytes.store(0, Ordering::SeqCst);
        self.paths.lock().expect("not poisoned").clear();
    }
}

/// Wraps a router so that `traffic` counts what it sends.
pub fn count_traffic(router: Router, traffic: Arc<Traffic>) -> Router {
    router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let traffic = traffic.clone();
        async move {
            traffic.requests.fetch_add(1, Ordering::SeqCst);
            traffic.paths.lock().expect("not poisoned").push(request.uri().path().to_owned());
            let counter = traffic.body_bytes.clone();
            next.run(request).await.map(|body| {
                Body::new(body.map_frame(move |frame| {
                    if let Some(data) = frame.data_ref() {
                        counter.fetch_add(data.len() as u64, Ordering::SeqCst);
                    }
                    frame
                }))
            })
        }
    }))
}

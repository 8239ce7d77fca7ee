//! End-to-end tests of publishing and syncing, against real servers on 127.0.0.1: `haven-pack serve`
//! and Python's `http.server` as child processes, and in-process servers that misbehave on purpose.
//! Every test uses the real default pack, copied and edited.

mod attacks;
mod fixture;
mod interruptions;
mod publishing;
mod syncing;

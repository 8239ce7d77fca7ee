// The plugin has no commands of its own for the interface: the app calls it from Rust. The Kotlin
// and Swift folders are handed to Tauri's mobile build (`tauri android build`, `tauri ios build`).
const COMMANDS: &[&str] = &[];

fn main() {
    tauri_plugin::Builder::new(COMMANDS).android_path("android").ios_path("ios").build();
}

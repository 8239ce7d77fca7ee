// Keeps a console window from opening next to Haven on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    haven_app::run();
}

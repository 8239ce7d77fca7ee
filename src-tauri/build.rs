// Listing the app's commands makes each one a permission, so the capability in
// `capabilities/default.json` can grant exactly the commands the interface calls and no others.
const COMMANDS: &[&str] = &[
    "start",
    "choose_locale",
    "interface_strings",
    "topics",
    "article",
    "directory",
    "set_text_size",
    "forget_settings",
    "quick_exit",
    "information_status",
    "check_for_updates",
    "set_automatic_checks",
    "search",
    "set_discreet_code",
    "unlock",
    "print_leaflet",
    "open_contact",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build configuration is valid");
}

// swift-tools-version:5.3

import PackageDescription

let package = Package(
    name: "tauri-plugin-reader-safety",
    platforms: [
        .iOS(.v13),
    ],
    products: [
        .library(
            name: "tauri-plugin-reader-safety",
            type: .static,
            targets: ["tauri-plugin-reader-safety"]),
    ],
    dependencies: [
        .package(name: "Tauri", path: "../.tauri/tauri-api")
    ],
    targets: [
        .target(
            name: "tauri-plugin-reader-safety",
            dependencies: [
                .byName(name: "Tauri")
            ],
            path: "Sources")
    ]
)

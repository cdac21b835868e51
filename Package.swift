// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "MockPlivo",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "mock-plivo", targets: ["MockPlivo"]),
        .library(name: "HTTPServerKit", targets: ["HTTPServerKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite3"])]
        ),
        .target(name: "CLinuxShims"),
        // Calls libcurl's variadic setopt/getinfo through dlsym'd pointers; libcurl itself is never linked.
        .target(name: "CLibcurl"),
        .target(name: "HTTPServerKit", dependencies: ["CLinuxShims"]),
        .target(name: "PlivoXML"),
        .executableTarget(
            name: "MockPlivo",
            dependencies: [
                "HTTPServerKit",
                "CSQLite",
                "CLinuxShims",
                "CLibcurl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "BenchServer", dependencies: ["HTTPServerKit"], path: "Benchmarks/BenchServer"),
        .testTarget(
            name: "MockPlivoTests",
            dependencies: ["MockPlivo", "HTTPServerKit"]
        ),
        .testTarget(name: "PlivoXMLTests", dependencies: ["PlivoXML"], path: "Tests/PlivoXMLTests"),
    ]
)

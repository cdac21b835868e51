// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "MockPlivo",
    products: [
        .executable(name: "mock-plivo", targets: ["MockPlivo"]),
        .library(name: "HTTPServerKit", targets: ["HTTPServerKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
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
        // The layers, each depending only on those above it:
        // Primitives: the pthread-level pieces every layer shares (a lock, a detached thread, a monotonic clock).
        .target(name: "Primitives"),
        // HTTPServerKit: our HTTP/1.1 server on POSIX sockets; it knows nothing of Plivo.
        .target(name: "HTTPServerKit", dependencies: ["Primitives", "CLinuxShims"]),
        // PlivoSupport: JSON, identifiers, timestamps, logging, password hashes (swift-crypto underneath).
        .target(
            name: "PlivoSupport",
            dependencies: ["Primitives", "CLinuxShims", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // PlivoCatalog: what the simulated Plivo sells and at what price (numbers, rates, countries); pure data.
        .target(name: "PlivoCatalog"),
        // PlivoStore: the SQLite schema, the models and their queries, behind store protocols.
        .target(name: "PlivoStore", dependencies: ["PlivoSupport", "PlivoCatalog", "Primitives", "CSQLite"]),
        // PlivoXML: Plivo XML parsed and validated into a typed verb tree; pure, no I/O.
        .target(name: "PlivoXML"),
        // CallEngine: messages and calls on one simulated clock, and the handsets that play the outside world;
        // it reaches the user's servers and the database only through its ports.
        .target(
            name: "CallEngine",
            dependencies: [
                "Primitives", "PlivoSupport", "PlivoCatalog", "PlivoXML",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        // OutboundHTTP: the callbacks' HTTP/1.1 client: one epoll loop, keep-alive pools per account and origin;
        // https through libcurl, loaded at run time, on a few threads of its own.
        .target(
            name: "OutboundHTTP",
            dependencies: [
                "Primitives", "CLinuxShims", "CLibcurl", .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // MockPlivo: handlers, route tables, callbacks, control plane, console, and the composition root.
        .executableTarget(
            name: "MockPlivo",
            dependencies: [
                "HTTPServerKit",
                "CallEngine",
                "OutboundHTTP",
                "PlivoCatalog",
                "PlivoStore",
                "PlivoSupport",
                "Primitives",
                "CLinuxShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        .executableTarget(name: "BenchServer", dependencies: ["HTTPServerKit"], path: "Benchmarks/BenchServer"),
        .executableTarget(
            name: "CallbackBench", dependencies: ["OutboundHTTP", "Primitives"], path: "Benchmarks/CallbackBench"),
        .testTarget(
            name: "MockPlivoTests",
            dependencies: [
                "MockPlivo", "CallEngine", "HTTPServerKit", "OutboundHTTP", "PlivoCatalog", "PlivoStore", "PlivoSupport",
                "Primitives",
            ]
        ),
        .testTarget(name: "PlivoCatalogTests", dependencies: ["PlivoCatalog"], path: "Tests/PlivoCatalogTests"),
        .testTarget(name: "PlivoXMLTests", dependencies: ["PlivoXML"], path: "Tests/PlivoXMLTests"),
        .testTarget(
            name: "CallEngineTests", dependencies: ["CallEngine", "PlivoCatalog", "Primitives"],
            path: "Tests/CallEngineTests"),
    ]
)

// A minimal HTTPServerKit server for scripts/bench-server.sh: one route answering a fixed small JSON body,
// so the benchmark measures the server (accept, parse, route, serialize, write) and nothing else.
//
// Usage: BenchServer [--port N] [--loops N]   (port 0 picks a free one; the bound port is printed once)
#if canImport(Glibc)
import Glibc
#endif
import HTTPServerKit

/// The response body; scripts/bench-server.sh serves the same bytes from nginx.
let body = Array(#"{"api_id":"4a1d7f2e-bench","message":"ok"}"#.utf8)

/// Writes a line straight to a descriptor: unbuffered, and free of the C `stdout`/`stderr` globals that strict
/// concurrency rejects.
func writeLine(_ text: String, to fd: Int32) {
    var line = text + "\n"
    line.withUTF8 { _ = write(fd, $0.baseAddress, $0.count) }
}

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name) else { return value }
    guard index + 1 < arguments.count, let parsed = Int(arguments[index + 1]) else {
        writeLine("BenchServer: \(name) needs an integer", to: 2)
        exit(64)
    }
    return parsed
}

var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: option("--port", default: 8080))
configuration.eventLoopCount = option("--loops", default: 2)

let router = HTTPRouter(logError: { _ in }) { routes in
    routes.add("GET /") { _, _ in
        HTTPResponse(status: .ok, headers: ["Content-Type": "application/json"], body: body)
    }
}

let server = HTTPServer(configuration: configuration, responder: router, log: { writeLine($0, to: 2) })
do {
    try server.start()
} catch {
    writeLine("BenchServer: \(error)", to: 2)
    exit(1)
}
writeLine("listening on 127.0.0.1:\(server.port) with \(configuration.eventLoopCount) loops", to: 1)
server.waitUntilStopped()

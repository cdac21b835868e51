#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser

/// `mock-plivo healthcheck`: exits 0 when a server answers `GET /__mock/health` with 200, 1 otherwise. Docker's
/// HEALTHCHECK uses it, so the image needs no curl.
struct HealthcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "healthcheck",
        abstract: "Exit 0 if a mock-plivo server answers its health check.")

    @Option(help: "Host of the server. [env: MOCK_PLIVO_HOST, with 0.0.0.0 read as 127.0.0.1]")
    var host: String?

    @Option(help: "Port of the server. [env: MOCK_PLIVO_PORT] (default: 8000)")
    var port: Int?

    func run() throws {
        let environment = ProcessEnvironment.current
        var host = host ?? environment["MOCK_PLIVO_HOST"] ?? "127.0.0.1"
        if host == "0.0.0.0" { host = "127.0.0.1" }
        if host == "::" { host = "::1" }
        let port = port ?? environment["MOCK_PLIVO_PORT"].flatMap(Int.init) ?? Configuration.defaultPort
        guard HealthProbe.check(host: host, port: port) else {
            print("unhealthy: no 200 from http://\(host):\(port)/__mock/health")
            throw ExitCode.failure
        }
        print("healthy")
    }
}

/// The process environment without Foundation.
enum ProcessEnvironment {
    static var current: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}

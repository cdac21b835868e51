#if canImport(Glibc)
    import Glibc
#endif
import ArgumentParser
import FoundationEssentials

/// `mock-plivo serve` (the default): runs the server until SIGINT or SIGTERM.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the mock Plivo API server (the default command).")

    @Option(help: "Address to listen on. [env: MOCK_PLIVO_HOST] (default: 127.0.0.1)")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one and prints it. [env: MOCK_PLIVO_PORT] (default: 8000)")
    var port: Int?

    @Option(help: "SQLite database file, or :memory:. [env: MOCK_PLIVO_DB] (default: :memory:)")
    var db: String?

    @Option(help: "Directory of JSON fixture files to load at start. [env: MOCK_PLIVO_FIXTURES]")
    var fixtures: String?

    @Option(help: "debug, info, warning or error. [env: MOCK_PLIVO_LOG_LEVEL] (default: info)")
    var logLevel: String?

    @Option(help: "Main account auth id (MA + 18 characters). [env: PLIVO_AUTH_ID] (default: a printed demo account)")
    var authID: String?

    @Option(help: "Main account auth token. [env: PLIVO_AUTH_TOKEN]")
    var authToken: String?

    @Option(help: "Seed that makes generated ids repeat from run to run. [env: MOCK_PLIVO_SEED]")
    var seed: UInt64?

    @Option(help: "File to write the listening port to once ready. [env: MOCK_PLIVO_PORT_FILE]")
    var portFile: String?

    @Option(help: "Event-loop threads. [env: MOCK_PLIVO_EVENT_LOOPS] (default: one per core)")
    var eventLoops: Int?

    @Option(
        help: "Simulated calls and messages kept for inspection. [env: MOCK_PLIVO_SIMULATION_LOG_SIZE] (default: 100)")
    var simulationLogSize: Int?

    @Option(help: "Requests the journal keeps, oldest dropped first; 0 turns it off. [env: MOCK_PLIVO_JOURNAL_SIZE] (default: 1000)")
    var journalSize: Int?

    @Option(help: """
        Real seconds per simulated second of messages and calls: 1 real time, 0 as fast as possible (tests), 0.1 ten \
        times faster; or manual, for a clock that moves only with POST /__mock/clock/advance/. \
        [env: MOCK_PLIVO_TIME_SCALE] (default: 1)
        """)
    var timeScale: String?

    @Option(help: "Directory for named snapshots. [env: MOCK_PLIVO_SNAPSHOT_DIR] (default: a new temporary directory)")
    var snapshotDir: String?

    @Option(name: .customLong("from-db"), help: "SQLite file to start from; it is copied into --db and never written. [env: MOCK_PLIVO_FROM_DB]")
    var fromDB: String?

    @Option(help: """
        Comma-separated names the console also answers to, besides loopback names, IP addresses and --host: exact \
        (mock.test), a domain and its subdomains (.ci.example), or * for any. [env: MOCK_PLIVO_ALLOWED_HOSTS]
        """)
    var allowedHosts: String?

    @Option(help: """
        Base URL clients reach the mock at, for the recording URLs it hands out (http://mock-plivo:8000 from \
        another container). [env: MOCK_PLIVO_PUBLIC_URL] (default: http://{host}:{bound port})
        """)
    var publicURL: String?

    @Option(help: """
        Comma-separated hosts that callbacks, <Play> files and simulations may reach; requests to any other host \
        fail at once, as an unreachable server. loopback stands for 127.0.0.1, ::1 and localhost. \
        [env: MOCK_PLIVO_OUTBOUND_HOSTS] (default: any host)
        """)
    var outboundHosts: String?

    func run() throws {
        let configuration: Configuration
        do {
            configuration = try ConfigurationResolver.resolve(self, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(error.message)
        }
        do {
            try MockPlivoServer.run(configuration)
        } catch {
            // Start-up failures (a bad fixture, a busy port, an unreadable database) are not usage errors:
            // say what is wrong in one line and exit with EX_CONFIG rather than print the usage text.
            let line = Array("error: \(error)\n".utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            throw ExitCode(78)
        }
    }
}

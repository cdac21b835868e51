import PlivoSupport

/// Everything `mock-plivo` is started with, resolved from flags, then environment variables, then defaults.
struct Configuration: Sendable, Equatable {
    /// The documented demo account, used when no credentials are given. Its id has the shape the SDKs accept.
    static let demoAuthID = "MAMOCKPLIVODEMO00001"
    static let demoAuthToken = "MockPlivoDemoToken0000000000000000000000"
    static let defaultPort = 8000
    static let defaultSimulationLogSize = 100
    static let defaultJournalSize = 1000
    /// The day every date in a response shows when `--seed` is given (the seeded UUID clock starts there too),
    /// so seeded responses are byte-identical from run to run: 2025-01-01T00:00:00Z.
    static let seededClockEpoch: Double = 1_735_689_600

    var host = "127.0.0.1"
    var port = Configuration.defaultPort
    /// SQLite path, or `:memory:` (the default) for a store that lives as long as the process.
    var databasePath = ":memory:"
    var fixturesDirectory: String?
    var logLevel = Logger.Level.info
    var authID = Configuration.demoAuthID
    var authToken = Configuration.demoAuthToken
    /// True when the credentials are the demo ones, so start-up prints them.
    var usesDemoAccount = true
    /// Makes generated ids repeat from run to run.
    var seed: UInt64?
    /// Where to write the bound port once listening, for harnesses that start the mock on port 0.
    var portFile: String?
    var eventLoops: Int?
    /// Simulation records kept for `GET /__mock/Account/{auth_id}/Simulations/`, oldest dropped first.
    var simulationLogSize = Configuration.defaultSimulationLogSize
    /// How many requests the journal keeps (oldest dropped first); 0 turns it off.
    var journalSize = Configuration.defaultJournalSize
    /// Where named snapshots are written; `nil` for a fresh directory under the system's temporary directory.
    var snapshotDirectory: String?
    /// A database file whose contents are copied into the store at start; the file itself is never written.
    var fromDatabasePath: String?
    /// Names besides the loopback ones, IP literals and `host` that the console answers to (`--allowed-hosts`).
    var allowedHosts: [String] = []
    /// The base URL clients reach the mock at (`--public-url`), for the recording URLs it hands out; nil for the
    /// address it listens on.
    var publicURL: String?
    /// How fast the simulated clock of messages and calls runs against the wall clock: 1 is real time, 0 as fast
    /// as possible (tests), 0.1 ten times faster.
    var timeScale = 1.0
    /// `--time-scale manual`: the simulated clock moves only when told to (`POST /__mock/clock/advance/`), so a
    /// test can stop a call at any point of its life and look at it.
    var manualClock = false
    /// The only hosts callbacks, `<Play>` files and simulations may reach (`--outbound-hosts`), `loopback` standing
    /// for 127.0.0.1, ::1 and localhost; nil for any host.
    var outboundHosts: [String]?
}

/// Everything `mock-plivo` is started with, resolved from flags, then environment variables, then defaults.
struct Configuration: Sendable, Equatable {
    /// The documented demo account, used when no credentials are given. Its id has the shape the SDKs accept.
    static let demoAuthID = "MAMOCKPLIVODEMO00001"
    static let demoAuthToken = "MockPlivoDemoToken0000000000000000000000"
    static let defaultPort = 8000
    static let defaultSimulationLogSize = 100

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
}

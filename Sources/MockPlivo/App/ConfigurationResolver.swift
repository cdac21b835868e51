import FoundationEssentials
import PlivoSupport

/// Why the configuration is unusable; start-up prints the message and exits non-zero.
struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    let message: String

    var description: String { message }
}

/// Resolves each setting from its flag, else its environment variable, else its default, and checks them.
enum ConfigurationResolver {
    static func resolve(_ flags: ServeCommand, environment: [String: String]) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        func setting(_ flag: String?, _ variable: String) -> String? {
            flag ?? environment[variable].flatMap { $0.isEmpty ? nil : $0 }
        }
        configuration.host = setting(flags.host, "MOCK_PLIVO_HOST") ?? configuration.host
        if let text = setting(flags.port.map(String.init), "MOCK_PLIVO_PORT") {
            guard let port = Int(text), (0...65535).contains(port) else {
                throw ConfigurationError(message: "port must be a number from 0 to 65535, not '\(text)'")
            }
            configuration.port = port
        }
        configuration.databasePath = setting(flags.db, "MOCK_PLIVO_DB") ?? configuration.databasePath
        configuration.fixturesDirectory = setting(flags.fixtures, "MOCK_PLIVO_FIXTURES")
        if let text = setting(flags.logLevel, "MOCK_PLIVO_LOG_LEVEL") {
            guard let level = Logger.Level(name: text) else {
                throw ConfigurationError(message: "log level must be debug, info, warning or error, not '\(text)'")
            }
            configuration.logLevel = level
        }
        if let text = setting(flags.seed.map(String.init), "MOCK_PLIVO_SEED") {
            guard let seed = UInt64(text) else {
                throw ConfigurationError(message: "seed must be a non-negative integer, not '\(text)'")
            }
            configuration.seed = seed
        }
        configuration.portFile = setting(flags.portFile, "MOCK_PLIVO_PORT_FILE")
        if let text = setting(flags.eventLoops.map(String.init), "MOCK_PLIVO_EVENT_LOOPS") {
            guard let count = Int(text), (1...64).contains(count) else {
                throw ConfigurationError(message: "event loops must be a number from 1 to 64, not '\(text)'")
            }
            configuration.eventLoops = count
        }
        if let text = setting(flags.simulationLogSize.map(String.init), "MOCK_PLIVO_SIMULATION_LOG_SIZE") {
            guard let size = Int(text), (1...100_000).contains(size) else {
                throw ConfigurationError(
                    message: "simulation log size must be a number from 1 to 100000, not '\(text)'")
            }
            configuration.simulationLogSize = size
        }
        if let text = setting(flags.journalSize.map(String.init), "MOCK_PLIVO_JOURNAL_SIZE") {
            guard let size = Int(text), (0...1_000_000).contains(size) else {
                throw ConfigurationError(message: "journal size must be a number from 0 to 1000000, not '\(text)'")
            }
            configuration.journalSize = size
        }
        if let text = setting(flags.timeScale, "MOCK_PLIVO_TIME_SCALE") {
            if text == "manual" {
                configuration.manualClock = true
            } else {
                guard let scale = Double(text), scale.isFinite, (0...1000).contains(scale) else {
                    throw ConfigurationError(message: "time scale must be a number from 0 to 1000 or manual, not '\(text)'")
                }
                configuration.timeScale = scale
            }
        }
        configuration.snapshotDirectory = setting(flags.snapshotDir, "MOCK_PLIVO_SNAPSHOT_DIR")
        configuration.fromDatabasePath = setting(flags.fromDB, "MOCK_PLIVO_FROM_DB")
        if let path = configuration.fromDatabasePath, !FileManager.default.isReadableFile(atPath: path) {
            throw ConfigurationError(message: "--from-db file '\(path)' does not exist or cannot be read")
        }
        if let text = setting(flags.allowedHosts, "MOCK_PLIVO_ALLOWED_HOSTS") {
            let names = text.split(separator: ",").map { $0.filter { $0 != " " } }.filter { !$0.isEmpty }
            if let bad = names.first(where: { $0.contains { ":/ @".contains($0) } }) {
                throw ConfigurationError(message: "allowed hosts are names without a scheme or port, not '\(bad)'")
            }
            configuration.allowedHosts = names.map { $0.lowercased() }
        }
        if let text = setting(flags.outboundHosts, "MOCK_PLIVO_OUTBOUND_HOSTS") {
            let names = text.split(separator: ",").map { $0.filter { $0 != " " } }.filter { !$0.isEmpty }
            if names.isEmpty {
                throw ConfigurationError(message: "outbound hosts must name at least one host, or loopback")
            }
            // An IPv6 literal is written bare (::1), with two colons at least; one colon is a port.
            if let bad = names.first(where: { $0.contains { "/ @[]".contains($0) } || $0.count(where: { $0 == ":" }) == 1 }) {
                throw ConfigurationError(message: "outbound hosts are names or addresses without a scheme or port, not '\(bad)'")
            }
            configuration.outboundHosts = names.map { $0.lowercased() }
        }
        if let url = setting(flags.publicURL, "MOCK_PLIVO_PUBLIC_URL") {
            guard URLValidation.isAbsoluteHTTPURL(url), !url.contains("?"), !url.contains("#") else {
                throw ConfigurationError(
                    message: "public URL must be an absolute http or https URL without a query, not '\(url)'")
            }
            configuration.publicURL = url
        }
        let authID = setting(flags.authID, "PLIVO_AUTH_ID")
        let authToken = setting(flags.authToken, "PLIVO_AUTH_TOKEN")
        switch (authID, authToken) {
        case (nil, nil):
            break
        case (let id?, let token?):
            guard AccountIDFormat.isMainAccountID(id) else {
                throw ConfigurationError(
                    message: "auth id must be MA followed by 18 upper-case letters or digits, as Plivo's are: '\(id)'")
            }
            configuration.authID = id
            configuration.authToken = token
            configuration.usesDemoAccount = false
        default:
            throw ConfigurationError(message: "give both an auth id and an auth token (PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN), or neither")
        }
        return configuration
    }
}

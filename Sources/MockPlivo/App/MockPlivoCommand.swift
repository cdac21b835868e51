import ArgumentParser

/// `mock-plivo`: a local Plivo API for tests, demos and CI.
struct MockPlivoCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "mock-plivo",
        abstract: "A local mock of Plivo's REST API and the phone network behind it (calls, messages, numbers, conferences).",
        version: version,
        subcommands: [ServeCommand.self, HealthcheckCommand.self],
        defaultSubcommand: ServeCommand.self)
}

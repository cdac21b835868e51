import ArgumentParser
@testable import MockPlivo
import Testing

@Suite("Control plane: configuration")
struct ControlConfigurationTests {
    private func resolve(_ arguments: [String], _ environment: [String: String] = [:]) throws -> Configuration {
        try ConfigurationResolver.resolve(try ServeCommand.parse(arguments), environment: environment)
    }

    @Test("journal size, snapshot directory and start database come from flags, then the environment")
    func flagsAndEnvironment() throws {
        let defaults = try resolve([])
        #expect(defaults.journalSize == 1000)
        #expect(defaults.snapshotDirectory == nil)
        #expect(defaults.fromDatabasePath == nil)
        let flags = try resolve(["--journal-size", "3", "--snapshot-dir", "/tmp/s", "--from-db", "/tmp/a.sqlite"])
        #expect(flags.journalSize == 3)
        #expect(flags.snapshotDirectory == "/tmp/s")
        #expect(flags.fromDatabasePath == "/tmp/a.sqlite")
        let environment = try resolve([], ["MOCK_PLIVO_JOURNAL_SIZE": "0", "MOCK_PLIVO_SNAPSHOT_DIR": "/tmp/e",
                                           "MOCK_PLIVO_FROM_DB": "/tmp/b.sqlite"])
        #expect(environment.journalSize == 0)
        #expect(environment.snapshotDirectory == "/tmp/e")
        #expect(environment.fromDatabasePath == "/tmp/b.sqlite")
    }

    @Test("a journal size that is not a number from 0 to 1000000 is refused")
    func badJournalSize() {
        #expect(throws: ConfigurationError.self) { try resolve([], ["MOCK_PLIVO_JOURNAL_SIZE": "-1"]) }
        #expect(throws: ConfigurationError.self) { try resolve([], ["MOCK_PLIVO_JOURNAL_SIZE": "lots"]) }
    }
}

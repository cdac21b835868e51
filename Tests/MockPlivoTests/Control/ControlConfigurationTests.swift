import ArgumentParser
import Foundation
import Testing
@testable import MockPlivo

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
        // Any readable file will do for the resolver; opening it as a database happens at start.
        let file = NSTemporaryDirectory() + "mock-plivo-from-db-\(UUID().uuidString).sqlite"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let flags = try resolve(["--journal-size", "3", "--snapshot-dir", "/tmp/s", "--from-db", file])
        #expect(flags.journalSize == 3)
        #expect(flags.snapshotDirectory == "/tmp/s")
        #expect(flags.fromDatabasePath == file)
        let environment = try resolve([], ["MOCK_PLIVO_JOURNAL_SIZE": "0", "MOCK_PLIVO_SNAPSHOT_DIR": "/tmp/e",
                                           "MOCK_PLIVO_FROM_DB": file])
        #expect(environment.journalSize == 0)
        #expect(environment.snapshotDirectory == "/tmp/e")
        #expect(environment.fromDatabasePath == file)
    }

    @Test("a journal size that is not a number from 0 to 1000000 is refused")
    func badJournalSize() {
        #expect(throws: ConfigurationError.self) { try resolve([], ["MOCK_PLIVO_JOURNAL_SIZE": "-1"]) }
        #expect(throws: ConfigurationError.self) { try resolve([], ["MOCK_PLIVO_JOURNAL_SIZE": "lots"]) }
    }

    @Test("a --from-db file that does not exist is refused before start")
    func missingStartDatabase() {
        #expect(throws: ConfigurationError.self) { try resolve(["--from-db", "/nonexistent/mock.sqlite"]) }
    }
}

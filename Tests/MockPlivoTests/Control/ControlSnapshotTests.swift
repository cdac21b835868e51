import Foundation
import Testing
@testable import PlivoStore
@testable import MockPlivo

@Suite("Control plane: snapshots and starting from a database file")
struct ControlSnapshotTests {
    @Test("save, change, restore: the change is gone and the saved state is back")
    func saveChangeRestore() throws {
        let app = try ControlTestApp()
        defer { try? FileManager.default.removeItem(atPath: app.application.control.snapshots.path) }
        let path = "/v1/Account/\(app.admin.authID)/Application/"
        let kept = try app.createApplication(as: app.admin, name: "kept")
        let saved = app.sendAsAdmin("POST", "/__mock/snapshots/baseline")
        #expect(saved.status == 201)
        #expect(try saved.object()["name"] as? String == "baseline")
        #expect((try saved.object()["size_bytes"] as? Int ?? 0) > 0)

        _ = try app.createApplication(as: app.admin, name: "later")
        #expect(app.sendAsAdmin("DELETE", "\(path)\(kept)/").status == 204)

        #expect(app.sendAsAdmin("POST", "/__mock/snapshots/baseline/restore").status == 200)
        let names = try app.sendAsAdmin("GET", path).objects("objects").map { $0["app_name"] as? String }
        #expect(names == ["kept"])
        let listed = try app.sendAsAdmin("GET", "/__mock/snapshots").objects("snapshots")
        #expect(listed.map { $0["name"] as? String } == ["baseline"])
    }

    @Test("unknown or malformed names, and callers other than the main account, are refused")
    func refusals() throws {
        let app = try ControlTestApp()
        defer { try? FileManager.default.removeItem(atPath: app.application.control.snapshots.path) }
        let missing = app.sendAsAdmin("POST", "/__mock/snapshots/nope/restore")
        #expect(missing.status == 404)
        #expect(try missing.object()["error"] as? String == "snapshot nope not found")
        #expect(app.sendAsAdmin("POST", "/__mock/snapshots/..bad").status == 400)
        let minted = try app.mintAccount()
        #expect(app.send("POST", "/__mock/snapshots/mine", as: minted).status == 403)
        #expect(app.send("GET", "/__mock/snapshots", as: minted).status == 200)
        #expect(app.sendAsAdmin("POST", "/__mock/snapshots/gone").status == 201)
        #expect(app.sendAsAdmin("DELETE", "/__mock/snapshots/gone").status == 204)
        #expect(try app.sendAsAdmin("GET", "/__mock/snapshots").objects("snapshots").isEmpty)
    }

    @Test("--from-db starts from a copy of a database file, which is left untouched")
    func startFromDatabase() throws {
        let source = try ControlTestApp()
        defer { try? FileManager.default.removeItem(atPath: source.application.control.snapshots.path) }
        _ = try source.createApplication(as: source.admin, name: "seeded")
        #expect(source.sendAsAdmin("POST", "/__mock/snapshots/start").status == 201)
        let file = source.application.control.snapshots.file(for: "start")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))

        let app = try ControlTestApp(fromDatabase: file)
        let path = "/v1/Account/\(app.admin.authID)/Application/"
        _ = try app.createApplication(as: app.admin, name: "new")
        let names = try app.sendAsAdmin("GET", path).objects("objects").compactMap { $0["app_name"] as? String }
        #expect(names == ["new", "seeded"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }
}

/// A snapshot or `--from-db` file must be one of ours before anything is replaced, and snapshots leave nothing
/// but themselves in their folder.
@Suite("Control plane: what a restore accepts")
struct SnapshotValidationTests {
    /// A fresh directory for one test, removed after it.
    private static func withDirectory<T>(_ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mock-plivo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// Writes a SQLite file made by `script`, in rollback mode so it is a single file.
    private static func makeDatabase(at path: String, _ script: String) throws {
        let database = try SQLiteDatabase.open(path: path)
        try database.executeScript("PRAGMA journal_mode = DELETE; " + script)
    }

    @Test("a file database's snapshot leaves no -wal or -shm file in the folder, saved, restored or started from")
    func snapshotFolderHoldsOnlySnapshots() throws {
        try Self.withDirectory { directory in
            let snapshots = directory + "/snapshots"
            let app = try ControlTestApp(database: directory + "/mock.db", snapshotDirectory: snapshots)
            _ = try app.createApplication(as: app.admin, name: "kept")
            #expect(app.sendAsAdmin("POST", "/__mock/snapshots/baseline").status == 201)
            #expect(try FileManager.default.contentsOfDirectory(atPath: snapshots) == ["baseline.sqlite"])
            #expect(app.sendAsAdmin("POST", "/__mock/snapshots/baseline/restore").status == 200)
            #expect(try FileManager.default.contentsOfDirectory(atPath: snapshots) == ["baseline.sqlite"])
            let started = try ControlTestApp(fromDatabase: snapshots + "/baseline.sqlite")
            let names = try started.sendAsAdmin("GET", "/v1/Account/\(app.admin.authID)/Application/")
                .objects("objects").map { $0["app_name"] as? String }
            #expect(names == ["kept"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: snapshots) == ["baseline.sqlite"])
        }
    }

    /// Files that are not ours, each with what the refusal says about it.
    private static func unusableFiles() -> [(String, (String) throws -> Void, String)] {
        [
            ("empty", { path in _ = FileManager.default.createFile(atPath: path, contents: Data()) }, "it is empty"),
            ("junk", { path in _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x41, count: 4096)) },
             "it is not a SQLite database"),
            ("foreign", { path in try makeDatabase(at: path, "CREATE TABLE users (id INTEGER)") },
             "it has no mock-plivo schema version (PRAGMA user_version is 0)"),
            ("newer", { path in
                try makeDatabase(at: path, "CREATE TABLE accounts (x); PRAGMA user_version = \(Schema.currentVersion + 1)")
            }, "its schema version \(Schema.currentVersion + 1) is newer than this build's (\(Schema.currentVersion)); use a newer mock-plivo"),
            ("partial", { path in
                try makeDatabase(at: path, "CREATE TABLE accounts (x); PRAGMA user_version = \(Schema.currentVersion)")
            }, "it lacks the tables applications, endpoints, incoming_carriers, numbers, row_counts, messages, handsets, calls, "
                + "recordings"),
        ]
    }

    @Test("a restore from a file that is not one of ours is refused, naming why, and nothing changes")
    func restoreRefusesForeignFiles() throws {
        try Self.withDirectory { directory in
            let app = try ControlTestApp(snapshotDirectory: directory)
            let path = "/v1/Account/\(app.admin.authID)/Application/"
            _ = try app.createApplication(as: app.admin, name: "kept")
            for (name, make, reason) in Self.unusableFiles() {
                try make(directory + "/\(name).sqlite")
                let refused = app.sendAsAdmin("POST", "/__mock/snapshots/\(name)/restore")
                #expect(refused.status == 400, "\(name)")
                #expect(try refused.object()["error"] as? String == "snapshot \(name) cannot be restored: \(reason)")
                let names = try app.sendAsAdmin("GET", path).objects("objects").map { $0["app_name"] as? String }
                #expect(names == ["kept"], "\(name)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { $0.hasSuffix(".sqlite") })
        }
    }

    @Test("--from-db refuses a file that is not one of ours, saying why")
    func startRefusesForeignFiles() throws {
        try Self.withDirectory { directory in
            for (name, make, reason) in Self.unusableFiles() {
                let file = directory + "/\(name).sqlite"
                try make(file)
                #expect(performing: { _ = try ControlTestApp(fromDatabase: file) }, throws: { error in
                    "\(error)" == "--from-db file '\(file)' cannot be used: \(reason)"
                })
            }
        }
    }
}

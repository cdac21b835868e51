import Foundation
import Testing
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

import HTTPServerKit
import PlivoStore

/// Named restore points of the whole database, taken with SQLite's backup API into the snapshot directory
/// (`--snapshot-dir`). They cover every account, so only the configured main account may take, restore or
/// delete them; any account may list them.
struct SnapshotHandlers: Sendable {
    let store: any ControlStore
    let plane: ControlPlane

    /// `POST /__mock/snapshots/{name}` → 201 `{"message": "saved", "name", "size_bytes"}`; an existing snapshot
    /// of that name is replaced.
    func save(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try ControlCaller(context: context, plane: plane).requireAdministrator(to: "take snapshots")
        let name = try validName(context)
        let file: String
        do {
            file = try plane.snapshots.prepareFile(for: name)
        } catch {
            throw PlivoError(.internalServerError, "cannot create snapshot directory \(plane.snapshots.path)")
        }
        try store.backup(to: file)
        let size = plane.snapshots.list().first { $0.name == name }?.sizeBytes ?? 0
        return PlivoResponse.json(.created) { json in
            json.object { object in
                object.member("message", "saved")
                object.member("name", name)
                object.member("size_bytes", size)
            }
        }
    }

    /// `POST /__mock/snapshots/{name}/restore` → 200 `{"message": "restored", "name"}`, or 404; 400 naming why, with
    /// nothing changed, when the file is not a mock-plivo database this build can read. The configured main
    /// account is kept usable with its current token even if the snapshot predates it.
    func restore(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try ControlCaller(context: context, plane: plane).requireAdministrator(to: "restore snapshots")
        let name = try existingName(context)
        let token = try store.account(authID: plane.mainAccountID)?.authToken
        do {
            try store.restore(from: plane.snapshots.file(for: name))
        } catch StoreError.unusableDatabase(_, let reason) {
            throw PlivoError(.badRequest, "snapshot \(name) cannot be restored: \(reason)")
        }
        if let token { _ = try store.ensureMainAccount(authID: plane.mainAccountID, authToken: token) }
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("message", "restored")
                object.member("name", name)
            }
        }
    }

    /// `GET /__mock/snapshots` → 200 `{"directory", "snapshots": [{"name", "size_bytes"}…]}` by name.
    func list(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        _ = try ControlCaller(context: context, plane: plane)
        let snapshots = plane.snapshots.list()
        return PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("directory", plane.snapshots.path)
                object.key("snapshots")
                object.array { array in
                    for snapshot in snapshots {
                        array.object { item in
                            item.member("name", snapshot.name)
                            item.member("size_bytes", snapshot.sizeBytes)
                        }
                    }
                }
            }
        }
    }

    /// `DELETE /__mock/snapshots/{name}` → 204, or 404.
    func delete(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        try ControlCaller(context: context, plane: plane).requireAdministrator(to: "delete snapshots")
        let name = try existingName(context)
        do {
            try plane.snapshots.remove(name)
        } catch {
            throw PlivoError(.internalServerError, "cannot delete snapshot \(name)")
        }
        return PlivoResponse.noContent()
    }

    private func validName(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        let name = context.parameters["name"] ?? ""
        guard SnapshotDirectory.isValidName(name) else {
            throw PlivoError.invalid("name", "must be 1 to 64 letters, digits, '-', '_' or '.', not starting with '.'")
        }
        return name
    }

    private func existingName(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        let name = try validName(context)
        guard plane.snapshots.exists(name) else { throw PlivoError(.notFound, "snapshot \(name) not found") }
        return name
    }
}

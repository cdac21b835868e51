import Testing
@testable import MockPlivo
@testable import PlivoStore
@testable import PlivoSupport

/// Recordings go where calls go: per-account resets, account and subaccount deletion, snapshots.
@Suite("Recordings in resets, deletions and snapshots")
struct RecordingLifecycleTests {
    @Test("Resetting a subaccount drops its recordings only; resetting the main account drops them all")
    func resets() throws {
        let client = try RouterClient()
        let sub = try client.makeSubaccount()
        client.storeRecording("main-rec")
        client.storeRecording("sub-rec", subaccountID: sub.authID)
        try client.application.store.resetAccount(authID: sub.authID)
        #expect(try client.list("Recording/").objects.compactMap { $0["recording_id"]?.stringValue } == ["main-rec"])
        client.storeRecording("again")
        try client.application.store.resetAccount(authID: client.authID)
        #expect(try client.list("Recording/").total == 0)
        #expect(client.get("Recording/again/").status == 404)
    }

    @Test("Deleting a subaccount deletes its recordings, as its calls, with or without cascade", arguments: [true, false])
    func subaccountDeletion(cascade: Bool) throws {
        let client = try RouterClient()
        let sub = try client.makeSubaccount()
        client.storeRecording("main-rec")
        client.storeRecording("sub-rec", subaccountID: sub.authID)
        #expect(client.delete("Subaccount/\(sub.authID)/", json: ["cascade": cascade]).status == 204)
        let list = try client.list("Recording/")
        #expect(list.total == 1)
        #expect(list.objects.compactMap { $0["recording_id"]?.stringValue } == ["main-rec"])
    }

    @Test("Deleting a main account deletes its recordings, and the whole store's reset all of them")
    func mainAccountDeletion() throws {
        let app = try ControlTestApp()
        let account = try app.mintAccount()
        let store = app.application.store
        func record(_ id: String, _ accountID: String) throws {
            var writes = EngineWrites()
            writes.recordings = [StoredRecording(
                recordingID: id, accountID: accountID, subaccountID: nil, callUUID: "call", conferenceName: nil,
                kind: "call", format: "mp3", from: "1", to: "2", startTime: 0, endTime: 1_000_000, addTime: 1_000_000,
                storageRate: .zero)]
            try store.apply(writes)
        }
        try record("theirs", account.authID)
        try record("ours", Configuration.demoAuthID)
        try store.deleteMainAccount(authID: account.authID)
        #expect(try store.recording(id: "theirs", in: AccountScope(mainAccountID: account.authID)) == nil)
        #expect(try store.recording(id: "ours", in: AccountScope(mainAccountID: Configuration.demoAuthID)) != nil)
        try store.resetAll()
        #expect(try store.listRecordings(RecordingQuery(), in: AccountScope(mainAccountID: Configuration.demoAuthID))
            .totalCount == 0)
    }

    @Test("A snapshot keeps recordings; restoring it brings a deleted one back")
    func snapshots() throws {
        let client = try RouterClient()
        client.storeRecording("rec")
        #expect(client.post("/__mock/snapshots/with-recording/").status == 201)
        #expect(client.delete("Recording/rec/").status == 204)
        #expect(client.post("/__mock/snapshots/with-recording/restore/").status == 200)
        #expect(client.get("Recording/rec/").status == 200)
        #expect(try client.list("Recording/").total == 1)
    }
}

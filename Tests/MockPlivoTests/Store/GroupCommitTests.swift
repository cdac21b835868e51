import Glibc
import Primitives
import Synchronization
import Testing
@testable import MockPlivo
@testable import PlivoStore

/// Writes that find another thread writing are queued and committed by it (``SQLiteStore/writeWithoutWaiting``).
@Suite("Group commit")
struct GroupCommitTests {
    @Test("A create that finds another thread writing is queued, then committed by that thread")
    func queuedCreateIsCommittedByTheWriter() throws {
        let fixture = try StoreFixture()
        let writer = BlockedWriter(store: fixture.store, scope: fixture.main)
        let outcome = try fixture.store.createApplicationWithoutWaiting(
            ApplicationDraft(appName: "queued", answerURL: "https://example.com/q"), in: fixture.main)
        guard case .queued(let ticket) = outcome else {
            Issue.record("expected the create to be queued")
            return
        }
        #expect(ticket.result == nil)
        writer.release()

        let queued = try #require(try ticket.result?.get())
        #expect(try fixture.store.application(id: queued, in: fixture.main)?.appName == "queued")
        let first = try #require(try writer.outcome.withLock { $0 }?.get())
        #expect(try fixture.store.application(id: first.appID, in: fixture.main)?.appName == "writer")
        #expect(try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).totalCount == 2)
    }

    @Test("A queued write that fails is undone alone; the others in its batch, before and after it, commit once")
    func aFailureIsUndoneAlone() throws {
        let fixture = try StoreFixture()
        let writer = BlockedWriter(store: fixture.store, scope: fixture.main)
        var bad = ApplicationDraft(appName: "bad", answerURL: "https://example.com/bad")
        bad.subaccountID = "SANOTASUBACCOUNT0001"
        var good = ApplicationDraft(appName: "good", answerURL: "https://example.com/good")
        good.defaultNumberApp = true
        let passing = try fixture.store.createApplicationWithoutWaiting(good, in: fixture.main)
        let failing = try fixture.store.createApplicationWithoutWaiting(bad, in: fixture.main)
        let after = try fixture.store.createApplicationWithoutWaiting(
            ApplicationDraft(appName: "after", answerURL: "https://example.com/after"), in: fixture.main)
        guard case .queued(let failed) = failing, case .queued(let succeeded) = passing, case .queued(let later) = after
        else {
            Issue.record("expected the three creates to be queued")
            return
        }
        let delivered = Mutex<[String]>([])
        failed.onCompletion { result in delivered.withLock { $0.append("failed: \(result)") } }
        writer.release()

        #expect(throws: StoreError.invalidReference(parameter: "subaccount", value: "SANOTASUBACCOUNT0001")) {
            try failed.result?.get()
        }
        #expect(delivered.withLock { $0.count } == 1)
        let app = try #require(try succeeded.result?.get())
        let laterID = try #require(try later.result?.get())
        #expect(try fixture.store.application(id: laterID, in: fixture.main)?.appName == "after")
        let page = try fixture.store.listApplications(ApplicationQuery(), in: fixture.main)
        #expect(page.items.map(\.appName) == ["after", "good", "writer"])
        #expect(page.totalCount == 3, "the failed create is not counted, the others once each")
        #expect(try fixture.store.application(id: app, in: fixture.main)?.defaultNumberApp == true)
    }

    @Test("With no one writing, the caller writes and gets its committed application's id")
    func uncontendedCreateCommitsAtOnce() throws {
        let fixture = try StoreFixture()
        let outcome = try fixture.store.createApplicationWithoutWaiting(
            ApplicationDraft(appName: "direct", answerURL: "https://example.com/d"), in: fixture.main)
        guard case .committed(let appID) = outcome else {
            Issue.record("expected a committed create")
            return
        }
        #expect(try fixture.store.application(id: appID, in: fixture.main)?.appName == "direct")
        var bad = ApplicationDraft(appName: "bad", answerURL: "https://example.com/bad")
        bad.subaccountID = "SANOTASUBACCOUNT0001"
        #expect(throws: StoreError.self) { try fixture.store.createApplicationWithoutWaiting(bad, in: fixture.main) }
        #expect(try fixture.store.listApplications(ApplicationQuery(), in: fixture.main).totalCount == 1)
    }

    @Test("Many threads creating at once: every create is answered, committed once, with a distinct id")
    func concurrentCreatesAllLand() async throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let scope = fixture.main
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let draft = ApplicationDraft(appName: "app\(index)", answerURL: "https://example.com/")
                    switch try store.createApplicationWithoutWaiting(draft, in: scope) {
                    case .committed(let appID):
                        return appID
                    case .queued(let ticket):
                        return try await withCheckedThrowingContinuation { continuation in
                            ticket.onCompletion { continuation.resume(with: $0) }
                        }
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(ids.count == 200 && Set(ids).count == 200)
        #expect(try store.listApplications(ApplicationQuery(), in: scope).totalCount == 200)
    }
}

@Suite("Write tickets")
struct WriteTicketTests {
    @Test("A handler registered before or after completion gets the outcome exactly once")
    func deliversOnce() {
        let early = WriteTicket<Int>()
        let calls = Mutex<[Int]>([])
        early.onCompletion { result in calls.withLock { $0.append((try? result.get()) ?? -1) } }
        #expect(calls.withLock { $0 }.isEmpty)
        early.complete(.success(1))
        early.complete(.success(2))   // only the first completion counts
        #expect(calls.withLock { $0 } == [1] && (try? early.result?.get()) == 1)

        let late = WriteTicket<Int>()
        late.complete(.failure(.storage("disk full")))
        late.onCompletion { result in calls.withLock { $0.append((try? result.get()) ?? -1) } }
        #expect(calls.withLock { $0 } == [1, -1])
    }
}

/// An event loop's writes: collected while it serves a batch, committed together when the batch ends.
@Suite("Writes collected per event-loop batch")
struct LoopWriteBatchTests {
    @Test("On a collecting thread, creates wait for the batch's end, then all commit; other threads write at once")
    func collectedUntilBatchEnd() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let scope = fixture.main
        let outcome = LockedValue<(queued: Int, seenBefore: Int, seenAfter: Int, delivered: Int)?>(nil)
        let delivered = LockedValue(0)
        let started = DetachedThread.start {
            SQLiteStore.collectWritesOnThisThread()
            var queued = 0
            for index in 0..<5 {
                let draft = ApplicationDraft(appName: "batched-\(index)", answerURL: "https://example.com/a")
                if case .queued(let ticket) = try? store.createApplicationWithoutWaiting(draft, in: scope) {
                    queued += 1
                    ticket.onCompletion { if case .success = $0 { delivered.withLock { $0 += 1 } } }
                }
            }
            let before = (try? store.listApplications(ApplicationQuery(), in: scope).totalCount) ?? -1
            SQLiteStore.commitWritesOfThisThread()
            let after = (try? store.listApplications(ApplicationQuery(), in: scope).totalCount) ?? -1
            outcome.withLock { $0 = (queued, before, after, delivered.withLock { $0 }) }
        }
        try #require(started)
        var result = outcome.withLock { $0 }
        for _ in 0..<2000 where result == nil {
            usleep(5000)
            result = outcome.withLock { $0 }
        }
        let seen = try #require(result)
        #expect(seen.queued == 5)
        #expect(seen.seenBefore == 0)
        #expect(seen.seenAfter == 5)
        #expect(seen.delivered == 5)
        // This test's own thread does not collect: its create is committed before it returns.
        guard case .committed = try store.createApplicationWithoutWaiting(
            ApplicationDraft(appName: "direct", answerURL: "https://example.com/a"), in: scope)
        else { Issue.record("a thread that does not collect wrote through the batch"); return }
    }
}

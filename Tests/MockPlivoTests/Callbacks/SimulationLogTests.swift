import Foundation
import Testing
@testable import MockPlivo

extension CallbackTests {
    @Suite struct SimulationLogTests {
        static func record(_ id: String) -> SimulationRecord {
            SimulationRecord(
                id: id, kind: .message, applicationID: "1", accountID: "MA", subaccountID: nil, callUUID: nil,
                messageUUID: id, outcome: .delivered,
                hangupCause: nil, callbacks: [], startedAt: Date(timeIntervalSince1970: 0),
                finishedAt: Date(timeIntervalSince1970: 0))
        }

        @Test("Lists records newest first")

        func listsRecordsNewestFirst() {
            let log = SimulationLog(capacity: 3)
            ["a", "b"].forEach { log.append(Self.record($0)) }
            #expect(log.list().map(\.id) == ["b", "a"])
        }

        @Test("Evicts the oldest record when full")

        func evictsTheOldestRecordWhenFull() {
            let log = SimulationLog(capacity: 3)
            ["a", "b", "c", "d", "e"].forEach { log.append(Self.record($0)) }
            #expect(log.list().map(\.id) == ["e", "d", "c"])
            #expect(log.record(id: "b") == nil)
            #expect(log.record(id: "c")?.id == "c")
        }

        @Test("Keeps at least one record")

        func keepsAtLeastOneRecord() {
            let log = SimulationLog(capacity: 0)
            ["a", "b"].forEach { log.append(Self.record($0)) }
            #expect(log.capacity == 1)
            #expect(log.list().map(\.id) == ["b"])
        }

        @Test("Takes appends from many threads at once")

        func takesAppendsFromManyThreadsAtOnce() async {
            let log = SimulationLog(capacity: 50)
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<200 {
                    group.addTask { log.append(Self.record(String(index))) }
                }
            }
            #expect(log.list().count == 50)
            #expect(Set(log.list().map(\.id)).count == 50)
        }
    }
}

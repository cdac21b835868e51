import Foundation
import Testing
@testable import CallEngine
@testable import MockPlivo
@testable import PlivoCatalog

@Suite("The engine's store: one change that cannot be kept does not lose the others of its round")
struct EngineStoreIsolationTests {
    @Test("A CDR of a deleted account fails alone; the other account's CDR in the same round is kept")
    func failingChangeIsIsolated() throws {
        let client = try RouterClient()
        let time = SimulatedTime(secondsSince1970: 1_700_000_000)
        func record(_ uuid: String, account: String) -> EngineChange {
            .callCompleted(CallRecord(
                callUUID: uuid, requestUUID: uuid, parentCallUUID: nil, accountID: account, subaccountID: nil,
                direction: "outbound", from: "14155550100", to: "14155550199", status: .completed, initiatedAt: time,
                answeredAt: time, endedAt: time + .seconds(3), duration: 3, billedDuration: 60, rate: .zero,
                amount: .zero, cause: .endOfXML))
        }
        client.application.engine.store.apply([
            record("11111111-1111-4111-8111-111111111111", account: "MAGONEGONEGONEGONE00"),
            record("22222222-2222-4222-8222-222222222222", account: client.authID),
        ])
        #expect(client.get("Call/22222222-2222-4222-8222-222222222222/").status == 200)
        #expect(client.get("Call/11111111-1111-4111-8111-111111111111/").status == 404)
    }
}

@testable import PlivoStore

/// Rows of every listed kind in bulk, written through the store as the API and the engine write them.
extension StoreFixture {
    func makeApplications(_ count: Int, named name: String = "app", in scope: AccountScope? = nil) throws {
        for index in 0..<count { try makeApplication("\(name)\(index)", in: scope) }
    }

    func makeEndpoints(_ count: Int, named name: String = "desk", in scope: AccountScope? = nil) throws {
        for index in 0..<count { try makeEndpoint("\(name)\(index)x", in: scope) }
    }

    func makeSubaccounts(_ count: Int) throws {
        for index in 0..<count { _ = try makeSubaccount(name: "sub\(index)") }
    }

    func makeCarriers(_ count: Int, in scope: AccountScope? = nil) throws {
        for index in 0..<count {
            _ = try store.createCarrier(name: "carrier\(index)", ipSet: "10.0.0.1", in: scope ?? main)
        }
    }

    /// Adds `numbers` from a new carrier of the scope; with `alias`, each is given it.
    func addNumbers(_ numbers: [String], alias: String? = nil, in scope: AccountScope? = nil) throws {
        let scope = scope ?? main
        let carrier = try store.createCarrier(name: "bulk", ipSet: "10.0.0.2", in: scope)
        _ = try store.addCarrierNumbers(
            CarrierNumbers(numbers: numbers, carrierID: carrier.carrierID, region: "test"), in: scope)
        if let alias {
            for number in numbers {
                _ = try store.updateNumber(number, changes: NumberChanges(alias: alias), in: scope)
            }
        }
    }

    /// `count` received messages, `name`-prefixed uuids, one a second from `time`.
    func storeMessages(_ count: Int, named name: String = "m", errorCode: String? = nil, time: Int64 = 1_000_000,
                       in scope: AccountScope? = nil) throws {
        let scope = scope ?? main
        var writes = EngineWrites()
        writes.receivedMessages = (0..<count).map { index in
            StoredMessage(
                uuid: "\(name)-\(index)", accountID: scope.mainAccountID, subaccountID: scope.subaccountID,
                direction: "inbound", state: errorCode == nil ? "received" : "failed", type: "sms",
                from: "14155550100", to: "14155550199", text: "hi", units: 1, totalRate: .zero, totalAmount: .zero,
                errorCode: errorCode, messageTime: time + Int64(index) * 1_000_000, sentTime: nil,
                updatedTime: time, powerpackUUID: nil)
        }
        try store.apply(writes)
    }

    /// `count` CDRs, `name`-prefixed uuids, ending one a second from `time`.
    func storeCalls(_ count: Int, named name: String = "c", from: String = "14155550100", to: String = "14155550199",
                    parent: String? = nil, time: Int64 = 1_000_000, in scope: AccountScope? = nil) throws {
        let scope = scope ?? main
        var writes = EngineWrites()
        writes.endedCalls = (0..<count).map { index in
            let end = time + Int64(index) * 1_000_000
            return StoredCall(
                callUUID: "\(name)-\(index)", requestUUID: nil, parentCallUUID: parent, accountID: scope.mainAccountID,
                subaccountID: scope.subaccountID, direction: "outbound", from: from, to: to, status: "completed",
                initiationTime: end, answerTime: end, endTime: end, duration: 1, billedDuration: 60,
                totalRate: .zero, totalAmount: .zero, hangupCause: "NORMAL_CLEARING",
                hangupCauseName: "End Of XML Instructions", hangupCauseCode: 4010, hangupSource: "Plivo")
        }
        try store.apply(writes)
    }

    /// `count` recordings of the call `callUUID`, `name`-prefixed ids, added one a second from `time`.
    func storeRecordings(_ count: Int, named name: String = "r", callUUID: String = "call", time: Int64 = 1_000_000,
                         in scope: AccountScope? = nil) throws {
        let scope = scope ?? main
        var writes = EngineWrites()
        writes.recordings = (0..<count).map { index in
            let added = time + Int64(index) * 1_000_000
            return StoredRecording(
                recordingID: "\(name)-\(index)", accountID: scope.mainAccountID, subaccountID: scope.subaccountID,
                callUUID: callUUID, conferenceName: nil, kind: "call", format: "mp3", from: "1", to: "2",
                startTime: added - 1_000_000, endTime: added, addTime: added, storageRate: .zero)
        }
        try store.apply(writes)
    }
}

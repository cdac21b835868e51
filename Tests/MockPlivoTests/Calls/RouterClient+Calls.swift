import Foundation
import Testing
@testable import CallEngine
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// Makes a call through the API and returns the request UUIDs of its 201.
    func makeCall(_ body: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let response = post("Call/", json: body)
        #expect(response.status == 201, "\(response.text)", sourceLocation: sourceLocation)
        if let uuid = response.string("request_uuid") { return [uuid] }
        return try #require(response["request_uuid"]?.arrayValue, sourceLocation: sourceLocation).compactMap(\.stringValue)
    }

    /// Places a call from 14155550100 to `to` whose answer XML is at `answerURL`, moves a manual clock to its answer
    /// (4 s) and waits until the engine has run the XML it fetched; returns the call's UUID.
    func answeredCall(
        to: String = "14155550199", answerURL: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let uuid = try #require(
            try makeCall(["from": "14155550100", "to": to, "answer_url": answerURL], sourceLocation: sourceLocation)
                .first, sourceLocation: sourceLocation)
        advance(by: 4)
        awaitTraceEvent(uuid, "xml", sourceLocation: sourceLocation)
        return uuid
    }

    /// The CDR of `uuid`, once the call has ended (the engine is idle while a request is out to a user's server,
    /// so this polls, for up to 10 s).
    func cdr(_ uuid: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> RouterResponse {
        for _ in 0..<1_000 {
            let response = get("Call/\(uuid)/")
            if response.status == 200 { return response }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Issue.record("no CDR for \(uuid)", sourceLocation: sourceLocation)
        return get("Call/\(uuid)/")
    }

    /// Moves a manual clock on and waits for the engine.
    func advance(by seconds: Double) {
        application.engine.manualPace?.advance(by: .milliseconds(Int64(seconds * 1000)))
        application.engine.loop.waitUntilIdle()
    }

    /// The entries of `uuid`'s trace, as the control API serves them.
    func traceEntries(_ uuid: String) -> [JSONValue] {
        get("/__mock/Account/\(authID)/Trace/\(uuid)/")["entries"]?.arrayValue ?? []
    }

    /// The first entry of `uuid`'s trace named `event`, once it is there: the engine traces the answer to a
    /// request it made when that answer comes back, which a manual clock does not wait for (polls for up to 5 s).
    func traceEntry(_ uuid: String, _ event: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue? {
        for _ in 0..<500 {
            if let entry = traceEntries(uuid).first(where: { $0["event"]?.stringValue == event }) { return entry }
            Thread.sleep(forTimeInterval: 0.01)
        }
        Issue.record("no \(event) in the trace of \(uuid)", sourceLocation: sourceLocation)
        return nil
    }
}

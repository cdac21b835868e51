import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// Makes a call whose answer URL holds it for ten minutes and moves the clock to its answer (1 s dialling,
    /// 3 s ringing); returns its UUID once its XML is running.
    func answeredCall(_ receiver: CallbackReceiver, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        receiver.reply(to: "/held", with: .respond(status: 200, body: "<Response><Wait length=\"600\"/></Response>"))
        let uuid = try #require(try makeCall([
            "from": "14155550100", "to": "14155550199", "answer_url": receiver.url("/held"),
            "hangup_url": receiver.url("/hangup"),
        ], sourceLocation: sourceLocation).first, sourceLocation: sourceLocation)
        advance(by: 4)
        _ = receiver.requests(atLeast: 1)
        return uuid
    }

    /// The entries of a call's trace whose event starts with one of `prefixes`: event and details.
    func liveTraceEntries(_ uuid: String, _ prefixes: [String] = ["live", "digits"]) -> [(event: String, details: [String: String])] {
        let entries = get("/__mock/Account/\(authID)/Trace/\(uuid)/")["entries"]?.arrayValue ?? []
        return entries.compactMap { entry in
            guard let event = entry["event"]?.stringValue, prefixes.contains(where: event.hasPrefix) else { return nil }
            var details: [String: String] = [:]
            if case .object(let object)? = entry["details"] {
                for (name, value) in object { details[name] = value.stringValue }
            }
            return (event, details)
        }
    }

    func liveTraceEvents(_ uuid: String, _ prefixes: [String] = ["live", "digits"]) -> [String] {
        liveTraceEntries(uuid, prefixes).map(\.event)
    }
}

import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// Calls `count` handsets (14155550201, …202, …) whose answer XML is at `answerURL`, on a manual clock, and
    /// waits until each call's trace has `event` (by default, until each is in the room). The call UUIDs, in order.
    func callMembers(
        _ count: Int, answerURL: String, hangupURL: String? = nil, until event: String = "Conference entered",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        var uuids: [String] = []
        for index in 1...count {
            var body: [String: Any] = ["from": "14155550100", "to": "1415555020\(index)", "answer_url": answerURL]
            if let hangupURL { body["hangup_url"] = hangupURL }
            uuids.append(try #require(try makeCall(body, sourceLocation: sourceLocation).first, sourceLocation: sourceLocation))
        }
        advance(by: 5)
        for uuid in uuids { awaitTraceEvent(uuid, event, sourceLocation: sourceLocation) }
        return uuids
    }

    /// The members of the room `name` as `GET …/Conference/{name}/` shows them.
    func members(_ name: String) -> [JSONValue] {
        get("Conference/\(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)/")["members"]?.arrayValue ?? []
    }
}

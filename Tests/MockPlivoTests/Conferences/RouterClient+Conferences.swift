import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// Calls `count` handsets (14155550201, …202, …) whose answer XML is at `answerURL`, on a manual clock, one
    /// after another: each is placed, answered 4 s later, and has `event` in its trace (by default, it is in the
    /// room) before the next is placed, 5 s after it. Answer XML fetched at one simulated time arrives in the
    /// network's order, so calls placed together would join in any order. The clock ends at 5 s × `count`; the
    /// call UUIDs come in order.
    func callMembers(
        _ count: Int, answerURL: String, hangupURL: String? = nil, until event: String = "Conference entered",
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        var uuids: [String] = []
        for index in 1...count {
            var body: [String: Any] = ["from": "14155550100", "to": "1415555020\(index)", "answer_url": answerURL]
            if let hangupURL { body["hangup_url"] = hangupURL }
            let uuid = try #require(try makeCall(body, sourceLocation: sourceLocation).first, sourceLocation: sourceLocation)
            advance(by: 5)
            awaitTraceEvent(uuid, event, sourceLocation: sourceLocation)
            uuids.append(uuid)
        }
        return uuids
    }

    /// The members of the room `name` as `GET …/Conference/{name}/` shows them.
    func members(_ name: String) -> [JSONValue] {
        get("Conference/\(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)/")["members"]?.arrayValue ?? []
    }
}

import Foundation
@testable import HTTPServerKit

/// What a test sees of an answer: status, headers, body, or that the connection was dropped.
struct ControlTestResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    var dropped: Bool

    init(status: Int, headers: [(name: String, value: String)], body: [UInt8], dropped: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.dropped = dropped
    }

    init(_ response: HTTPResponse) {
        self.init(status: response.status.code, headers: response.headers.map { ($0.name, $0.value) },
                  body: response.body, dropped: response.dropsConnection)
    }

    static let droppedConnection = ControlTestResponse(status: 0, headers: [], body: [], dropped: true)

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw ControlTestError("not a JSON object: \(text)")
        }
        return object
    }

    /// The array under `key` of the body's object, as objects.
    func objects(_ key: String) throws -> [[String: Any]] {
        try object()[key] as? [[String: Any]] ?? []
    }
}

import Foundation
import Testing
@testable import PlivoSupport

/// Compares a response with the plivo-python fixture of its operation (`Tests/PlivoFixtures/`), key by key: every
/// key the fixture has must be in the response, with a value of the same JSON type, recursively (arrays compare
/// their elements with the fixture's first). A `null` in the fixture accepts any value, since it stands for a
/// field that may be null; the response may have keys the fixture lacks (other captures show them). A response may
/// have `null` where the fixture has a value only for the keys a test names as nullable (a list's `next` on its
/// last page, say), so a field the mock never fills cannot hide behind a null.
enum FixtureShape {
    /// Nullable in every list: the links of the first and last pages.
    static let pageLinks: Set<String> = ["next", "previous"]

    static func fixture(_ name: String) throws -> JSONValue {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("PlivoFixtures")
        let data = try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The differences between `response` and the fixture `name`, as `path: problem` lines; empty when they agree.
    static func differences(_ response: JSONValue?, from name: String, nullable: Set<String> = pageLinks) throws
        -> [String] {
        guard let response else { return ["$: the response is not JSON"] }
        var problems: [String] = []
        compare(response, try fixture(name), path: "$", nullable: nullable, into: &problems)
        return problems
    }

    /// Records an issue for each difference.
    static func expectSameShape(
        _ response: JSONValue?, as name: String, nullable: Set<String> = pageLinks,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for problem in try differences(response, from: name, nullable: nullable) {
            Issue.record("\(name): \(problem)", sourceLocation: sourceLocation)
        }
    }

    private static func compare(
        _ actual: JSONValue, _ expected: JSONValue, path: String, key: String = "", nullable: Set<String>,
        into problems: inout [String]
    ) {
        switch (actual, expected) {
        case (_, .null):
            return
        case (.null, _) where nullable.contains(key):
            return
        case (.object(let actualObject), .object(let expectedObject)):
            for (key, value) in expectedObject.sorted(by: { $0.key < $1.key }) {
                guard let actualValue = actualObject[key] else {
                    problems.append("\(path).\(key): missing")
                    continue
                }
                compare(actualValue, value, path: "\(path).\(key)", key: key, nullable: nullable, into: &problems)
            }
        case (.array(let actualArray), .array(let expectedArray)):
            guard let model = expectedArray.first else { return }
            for (index, element) in actualArray.enumerated() {
                compare(element, model, path: "\(path)[\(index)]", key: key, nullable: nullable, into: &problems)
            }
        default:
            if kind(actual) != kind(expected) {
                problems.append("\(path): \(kind(actual)) where the fixture has \(kind(expected))")
            }
        }
    }

    private static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

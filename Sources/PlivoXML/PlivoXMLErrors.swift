/// Why a document was refused: every error the parser could find, in document order, and the warnings beside them.
///
/// A malformed document stops at its first XML error (XML 1.0 §1.2 makes well-formedness errors fatal), so
/// `errors` then holds one entry; a well-formed document is validated to the end and lists every problem.
public struct PlivoXMLErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var errors: [PlivoXMLError]
    public var warnings: [PlivoXMLError]

    public init(errors: [PlivoXMLError], warnings: [PlivoXMLError] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    public var description: String {
        (errors + warnings).map(\.description).joined(separator: "\n")
    }
}

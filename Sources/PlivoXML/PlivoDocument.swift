/// A validated Plivo XML document: the children of `<Response>`, in order, with every default applied.
public struct PlivoDocument: Sendable, Equatable {
    public var verbs: [PlivoVerb]
    /// What the parser ignored but a call trace should show: unknown attributes (unless
    /// `PlivoXMLOptions.unknownAttributes` is `.reject`) and skipped unknown elements.
    public var warnings: [PlivoXMLError]

    public init(verbs: [PlivoVerb], warnings: [PlivoXMLError] = []) {
        self.verbs = verbs
        self.warnings = warnings
    }

    static let rootName = "Response"
}

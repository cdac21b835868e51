/// Bounds the reader enforces before it builds anything large. Each is checked as the document is read, so a
/// hostile body costs at most these amounts of work and memory.
public struct PlivoXMLLimits: Sendable, Equatable {
    /// Plivo documents a 100 KB maximum for an XML document (docs/plivo-xml.md, "Limits"); the mock refuses
    /// larger bodies rather than guess how Plivo would cut them.
    public var maxDocumentBytes: Int = 102_400
    /// Nesting depth, counting `<Response>` as 1. The deepest documented shape, Response/PreAnswer/GetDigits/Speak,
    /// uses 4 and leaves 28 levels for SSML; the bound also bounds the grammar's recursion.
    public var maxDepth: Int = 32
    /// Elements in the document, SSML tags included. Far above any call flow (a few dozen verbs), far below what
    /// 100 KB of `<a/>` could declare (25,600).
    public var maxElements: Int = 10_000
    /// Attributes on one element. The largest Plivo element, MultiPartyCall, defines 35.
    public var maxAttributesPerElement: Int = 64

    public init() {}
}

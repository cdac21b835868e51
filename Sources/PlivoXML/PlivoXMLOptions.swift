/// How strict the parser is where Plivo's own behaviour is undocumented. The defaults follow the mock notes in
/// docs/plivo-xml.md: run what Plivo's SDK builders emit, report what Plivo would silently drop.
public struct PlivoXMLOptions: Sendable, Equatable {
    public enum UnknownAttributes: Sendable, Equatable {
        /// Ignore the attribute and list it in `PlivoDocument.warnings`: Plivo's open-source engine ignored
        /// unknown attributes, so a document that runs on Plivo must not fail here.
        case warn
        /// Refuse the document: catches typos such as `finishonkey` that Plivo would ignore.
        case reject
    }

    public enum UnknownElements: Sendable, Equatable {
        /// Refuse the document, as Plivo's engine does ("Unrecognized Element"; `<Reject/>` observed as 8011).
        case reject
        /// Drop the element with a warning (Plivo was once observed ignoring a top-level `<Say>`).
        case skip
    }

    public enum Nesting: Sendable, Equatable {
        /// The union of what Plivo's docs and its SDK builders allow: SDK output must run.
        case sdkBuilders
        /// Only what Plivo's docs list (no `<Wait>` in `<GetDigits>`, no `<GetDigits>` in `<PreAnswer>`, ...).
        case documented
    }

    public var limits = PlivoXMLLimits()
    public var unknownAttributes = UnknownAttributes.warn
    public var unknownElements = UnknownElements.reject
    public var nesting = Nesting.sdkBuilders

    public init() {}

    public static let `default` = PlivoXMLOptions()
}

/// A Plivo XML element the grammar reads into a typed value.
///
/// `init(reading:)` never fails: it reads every attribute it knows through `ElementReader`, which reports bad
/// values to the document's diagnostics and hands back the default, so one pass finds every error. The
/// attributes an init asks for are the element's allowed attributes; any other is reported as unknown
/// afterwards, so the list of allowed attributes cannot drift from the code that reads them.
protocol PlivoElement: Sendable, Equatable {
    /// The element name, exactly as written in XML.
    static var name: String { get }
    init(reading element: inout ElementReader)
}

/// An element that may stand as a verb (in `<Response>`, or in a parent that takes verbs).
protocol VerbElement: PlivoElement {
    var verb: PlivoVerb { get }
}

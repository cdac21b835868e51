/// Reads one element for a `PlivoElement`: attributes by name, text, children. Every problem goes to the
/// document's `Diagnostics` with this element's path, and every lookup records the name as a known attribute.
struct ElementReader {
    let element: XMLElement
    /// `Response/GetDigits[2]/Speak`: the element's place, for error messages.
    let path: String
    let diagnostics: Diagnostics
    /// Attribute names the element's init asked for: its allowed attributes.
    private(set) var knownAttributes: Set<String> = []

    init(element: XMLElement, path: String, diagnostics: Diagnostics) {
        self.element = element
        self.path = path
        self.diagnostics = diagnostics
    }

    var name: String { element.name }
    var options: PlivoXMLOptions { diagnostics.options }

    /// The attribute `name` as written, and the note that the element knows it.
    mutating func attribute(_ name: String) -> XMLAttribute? {
        knownAttributes.insert(name)
        return element.attribute(name)
    }

    /// Attributes some SDK builder emits but that change nothing the mock simulates (Java's `legs` on Speak,
    /// Node's `beep` on Conference): accepted, not read.
    mutating func accept(_ names: String...) {
        knownAttributes.formUnion(names)
    }

    mutating func accept(contentsOf names: [String]) {
        knownAttributes.formUnion(names)
    }

    func report(_ kind: PlivoXMLError.Kind, _ message: String, attribute: XMLAttribute? = nil, at node: XMLElement? = nil) {
        diagnostics.error(makeError(kind, message, attribute: attribute, at: node))
    }

    func makeError(_ kind: PlivoXMLError.Kind, _ message: String, attribute: XMLAttribute? = nil, at node: XMLElement? = nil)
        -> PlivoXMLError
    {
        let place = attribute?.position ?? (node ?? element).position
        return PlivoXMLError(kind: kind, path: path, attribute: attribute?.name, line: place.line, column: place.column,
                             message: "\(name): \(message)")
    }

    /// Reports the attributes the init did not ask for, as warnings or errors per `PlivoXMLOptions`.
    func reportUnknownAttributes() {
        for attribute in element.attributes where !knownAttributes.contains(attribute.name) {
            var message = "unknown attribute \(attribute.name)"
            if let intended = knownAttributes.first(where: { $0.lowercased() == attribute.name.lowercased() }) {
                message += " (did you mean \(intended)?)"
            }
            let problem = makeError(.unknownAttribute, message, attribute: attribute)
            switch options.unknownAttributes {
            case .warn: diagnostics.warning(problem)
            case .reject: diagnostics.error(problem)
            }
        }
    }

    /// For elements that take no attributes at all, whatever the options say (PreAnswer: Plivo's engine refused
    /// any attribute on it).
    mutating func refuseAllAttributes() {
        for attribute in element.attributes {
            knownAttributes.insert(attribute.name)
            report(.unknownAttribute, "takes no attributes, got \(attribute.name)", attribute: attribute)
        }
    }
}

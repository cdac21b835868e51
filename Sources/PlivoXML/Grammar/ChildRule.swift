/// One kind of child a parent element takes, and how to read it.
struct ChildRule<Child>: Sendable {
    let name: String
    /// Listed in Plivo's docs. False for children only SDK builders emit (`<Wait>` in `<GetDigits>`), which
    /// `PlivoXMLOptions.Nesting.documented` refuses.
    let documented: Bool
    /// Nil when the child is reported rather than kept (an unsupported element).
    let read: @Sendable (inout ElementReader) -> Child?
}

extension ChildRule where Child == PlivoVerb {
    static func verb(_ type: any VerbElement.Type, documented: Bool = true) -> ChildRule {
        ChildRule(name: type.name, documented: documented) { reader in
            type.init(reading: &reader).verb
        }
    }

    /// An element Plivo defines that the mock recognises but does not run.
    static func unsupported(_ name: String, reason: String) -> ChildRule {
        ChildRule(name: name, documented: true) { reader in
            reader.report(.unsupportedElement, "not supported by MockPlivo: \(reason)")
            // Refused whole: warning about its attributes as well would only bury the one error that matters.
            reader.accept(contentsOf: reader.element.attributes.map(\.name))
            return nil
        }
    }
}

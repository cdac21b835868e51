/// An element of the tree `XMLReader` builds: name, attributes in document order, children in document order.
struct XMLElement: Equatable, Sendable {
    var name: String
    var attributes: [XMLAttribute]
    var children: [XMLNode]
    /// Where the element's `<` is.
    var position: SourcePosition

    init(name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = [], position: SourcePosition = .start) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.position = position
    }

    /// The element's own text, without that of its child elements.
    var text: String {
        var text = ""
        for case .text(let piece) in children {
            text += piece
        }
        return text
    }

    var elements: [XMLElement] {
        children.compactMap { child in
            if case .element(let element) = child { element } else { nil }
        }
    }

    func attribute(_ name: String) -> XMLAttribute? {
        attributes.first { $0.name == name }
    }
}

/// A child of an element. Comments and processing instructions are dropped by the reader, and the text on either
/// side of them (CDATA included) arrives as one `.text` node.
enum XMLNode: Equatable, Sendable {
    case element(XMLElement)
    case text(String)
}

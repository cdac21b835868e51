/// One problem found in a Plivo XML document: what kind it is, where it is, and a sentence a call trace can show.
///
/// `message` names the element (`GetDigits: attribute numDigits must be an integer from 1 to 99, got "abc"`);
/// `path` says which one, counting same-named siblings from 1 when there are several (`Response/GetDigits[2]/Speak`).
/// Problems found before any element exists (bytes, encoding, the prolog) have an empty path.
public struct PlivoXMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A bound of `PlivoXMLLimits` was passed: document size, depth, element or attribute count.
        case limitExceeded
        /// Not UTF-8, or a declaration naming another encoding.
        case invalidEncoding
        /// Not well-formed XML 1.0 (mismatched tags, a bare `&`, text after the root, ...).
        case malformedXML
        /// A DOCTYPE with an internal subset: refused so that no entity can expand.
        case doctypeRefused
        /// The root element is not `<Response>`.
        case wrongRoot
        /// An element Plivo does not define (`<Say>`, `<speak>`).
        case unknownElement
        /// An element Plivo defines but the mock does not run (`<MultiPartyCall>`).
        case unsupportedElement
        /// A known element inside a parent that does not take it.
        case misplacedElement
        /// An attribute the element does not define.
        case unknownAttribute
        /// A required attribute is absent or empty.
        case missingAttribute
        /// An attribute value of the wrong type, out of range or not in the allowed set.
        case invalidAttributeValue
        /// Attributes (or attributes and content) that are valid alone but not together.
        case conflictingAttributes
        /// The element needs text content (a URL, a number, words to speak) and has none.
        case missingText
        /// The element's text content is not what it must be (a URL that is not http(s), letters in a number).
        case invalidText
        /// Text where only child elements (or nothing) may stand.
        case unexpectedText
        /// A parent without a child it needs (`<Dial>` without `<Number>` or `<User>`).
        case missingChild
    }

    public var kind: Kind
    public var path: String
    /// The attribute at fault, if the problem is an attribute's.
    public var attribute: String?
    /// 1-based; columns count Unicode scalars.
    public var line: Int
    public var column: Int
    public var message: String

    public init(kind: Kind, path: String, attribute: String? = nil, line: Int, column: Int, message: String) {
        self.kind = kind
        self.path = path
        self.attribute = attribute
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = path.isEmpty ? "" : "\(path) "
        return "\(place)(line \(line), column \(column)): \(message)"
    }
}

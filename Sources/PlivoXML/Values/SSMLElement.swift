/// An SSML tag inside `<Speak>` (`<break time="500ms"/>`, `<prosody rate="slow">...</prosody>`), with its
/// attributes as written. Tag names, attribute names and nesting are checked; values are Amazon Polly's to
/// judge, as no Plivo SDK checks them either.
public struct SSMLElement: Sendable, Equatable {
    public var name: String
    public var attributes: [NameValuePair]
    public var content: [SpeakContent]

    public init(name: String, attributes: [NameValuePair] = [], content: [SpeakContent] = []) {
        self.name = name
        self.attributes = attributes
        self.content = content
    }

    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    init(reading element: inout ElementReader) {
        name = element.name
        let rule = Self.grammar[name] ?? Rule(attributes: [], children: [])
        var attributes: [NameValuePair] = []
        for written in element.element.attributes where rule.attributes.contains(written.name) {
            if let value = element.string(written.name) {
                attributes.append(NameValuePair(name: written.name, value: value))
            }
        }
        element.accept(contentsOf: rule.attributes)
        self.attributes = attributes
        content = Self.content(of: &element, allowing: rule.children)
    }

    /// Text and tags in written order; `tags` are the SSML tags allowed at this level.
    static func content(of element: inout ElementReader, allowing tags: [String]) -> [SpeakContent] {
        let rules = tags.map { tag in
            ChildRule<SpeakContent>(name: tag, documented: true) { reader in .ssml(SSMLElement(reading: &reader)) }
        }
        return element.mixedContent(rules) { .text($0) }
    }
}

import Testing

@testable import PlivoXML

extension XMLElement {
    /// A compact one-line picture of the tree for table tests: `Speak(voice=MAN){"Hi ",break," there"}`.
    var rendered: String {
        var text = name
        if !attributes.isEmpty {
            text += "(" + attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",") + ")"
        }
        if !children.isEmpty {
            text += "{" + children.map(\.rendered).joined(separator: ",") + "}"
        }
        return text
    }
}

extension XMLNode {
    var rendered: String {
        switch self {
        case .element(let element): element.rendered
        case .text(let text): text.debugDescription
        }
    }
}

/// The tree of `xml`, rendered; the reader's error text when it is refused.
func readTree(_ xml: String, limits: PlivoXMLLimits = PlivoXMLLimits()) -> String {
    readTree(Array(xml.utf8), limits: limits)
}

func readTree(_ bytes: [UInt8], limits: PlivoXMLLimits = PlivoXMLLimits()) -> String {
    do {
        return try XMLReader.read(bytes, limits: limits).rendered
    } catch {
        return "error: \(error.description)"
    }
}

/// The error refusing `xml`, or nil (and a recorded issue) when the reader accepts it.
func readError(_ xml: String, limits: PlivoXMLLimits = PlivoXMLLimits()) -> PlivoXMLError? {
    readError(Array(xml.utf8), limits: limits)
}

func readError(_ bytes: [UInt8], limits: PlivoXMLLimits = PlivoXMLLimits()) -> PlivoXMLError? {
    do {
        let root = try XMLReader.read(bytes, limits: limits)
        Issue.record("expected the reader to refuse the document, got \(root.rendered)")
        return nil
    } catch {
        return error
    }
}

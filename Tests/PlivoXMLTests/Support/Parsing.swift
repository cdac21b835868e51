import Testing

@testable import PlivoXML

/// Parses `xml`, which must be valid: a failure throws the errors, which fails the test with their text.
func parsed(_ xml: String, options: PlivoXMLOptions = .default) throws -> PlivoDocument {
    try PlivoXMLParser.parse(xml, options: options).get()
}

/// The one verb of `<Response>…</Response>` built around `body`, as `type`.
func single<Element: VerbElement>(_ type: Element.Type, _ body: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Element {
    let document = try parsed("<Response>\(body)</Response>")
    try #require(document.verbs.count == 1, sourceLocation: sourceLocation)
    return try #require(document.verbs[0].payload as? Element, sourceLocation: sourceLocation)
}

/// The errors refusing `xml`; empty (and a recorded issue) when it parses.
func errors(_ xml: String, options: PlivoXMLOptions = .default, sourceLocation: SourceLocation = #_sourceLocation) -> [PlivoXMLError] {
    switch PlivoXMLParser.parse(xml, options: options) {
    case .success:
        Issue.record("expected the document to be refused", sourceLocation: sourceLocation)
        return []
    case .failure(let problems):
        return problems.errors
    }
}

/// The messages of the errors refusing `<Response>body</Response>`.
func messages(_ body: String, options: PlivoXMLOptions = .default, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    errors("<Response>\(body)</Response>", options: options, sourceLocation: sourceLocation).map(\.message)
}

extension PlivoVerb {
    /// The element inside the case, for tests that look at one kind of verb.
    var payload: any VerbElement {
        switch self {
        case .speak(let element): element
        case .play(let element): element
        case .wait(let element): element
        case .preAnswer(let element): element
        case .redirect(let element): element
        case .hangup(let element): element
        case .dtmf(let element): element
        case .message(let element): element
        case .getDigits(let element): element
        case .getInput(let element): element
        case .record(let element): element
        case .dial(let element): element
        case .conference(let element): element
        case .stream(let element): element
        }
    }
}

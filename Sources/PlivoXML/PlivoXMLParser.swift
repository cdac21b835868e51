/// The module's entry point: a response body in, a validated document or every error found out.
///
/// ```swift
/// switch PlivoXMLParser.parse(body) {
/// case .success(let document):
///     for verb in document.verbs { ... }          // document.warnings lists ignored attributes
/// case .failure(let problems):
///     trace(problems.errors.map(\.description))   // fallback URL, then hangup 8011
/// }
/// ```
///
/// It returns a `Result` rather than throwing so that callers see in the type that failure carries a list,
/// and can keep it as a value in a call trace. Parsing is pure: no I/O, no shared state, safe from any thread.
public enum PlivoXMLParser {
    public static func parse(_ bytes: [UInt8], options: PlivoXMLOptions = .default) -> Result<PlivoDocument, PlivoXMLErrors> {
        let root: XMLElement
        do {
            root = try XMLReader.read(bytes, limits: options.limits)
        } catch {
            return .failure(PlivoXMLErrors(errors: [error]))
        }
        let diagnostics = Diagnostics(options: options)
        let verbs = readResponse(root, diagnostics: diagnostics)
        guard diagnostics.errors.isEmpty else {
            return .failure(PlivoXMLErrors(errors: diagnostics.sortedErrors, warnings: diagnostics.sortedWarnings))
        }
        return .success(PlivoDocument(verbs: verbs, warnings: diagnostics.sortedWarnings))
    }

    /// The same, for a document held as a string (tests, fixtures).
    public static func parse(_ text: String, options: PlivoXMLOptions = .default) -> Result<PlivoDocument, PlivoXMLErrors> {
        parse(Array(text.utf8), options: options)
    }

    private static func readResponse(_ root: XMLElement, diagnostics: Diagnostics) -> [PlivoVerb] {
        guard root.name == PlivoDocument.rootName else {
            diagnostics.error(PlivoXMLError(
                kind: .wrongRoot, path: root.name, line: root.position.line, column: root.position.column,
                message: "the root element must be <Response>, got <\(root.name)>"))
            return []
        }
        var reader = ElementReader(element: root, path: root.name, diagnostics: diagnostics)
        let verbs = reader.children(PlivoVerb.responseRules)
        reader.reportUnknownAttributes()
        return verbs
    }
}

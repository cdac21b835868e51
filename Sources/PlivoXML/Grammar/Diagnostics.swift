/// Where the readers of one document put what they find. A class because nested `ElementReader`s, one per
/// element, all write to the same lists; it lives for one `parse` call on one thread.
final class Diagnostics {
    let options: PlivoXMLOptions
    private(set) var errors: [PlivoXMLError] = []
    private(set) var warnings: [PlivoXMLError] = []

    init(options: PlivoXMLOptions) {
        self.options = options
    }

    func error(_ error: PlivoXMLError) {
        errors.append(error)
    }

    func warning(_ warning: PlivoXMLError) {
        warnings.append(warning)
    }

    /// Errors in document order: readers report an element's attributes before its children and its unknown
    /// attributes after them, and a trace reads best top to bottom. Ties keep the order they were found in.
    var sortedErrors: [PlivoXMLError] { Self.inDocumentOrder(errors) }
    var sortedWarnings: [PlivoXMLError] { Self.inDocumentOrder(warnings) }

    private static func inDocumentOrder(_ list: [PlivoXMLError]) -> [PlivoXMLError] {
        list.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }
}

import HTTPServerKit
import OutboundHTTP
import PlivoSupport

/// What the signatures and the GET callbacks need of a callback URL beyond its parts: its query read as Python
/// reads it, and parameters appended to it.
extension CallbackURL {
    /// The query as `parse_qs(query, keep_blank_values=True)` reads it: decoded names, each with its values
    /// in order of appearance (`+` is a space, a pair without `=` has an empty value).
    var queryValues: [String: [String]] {
        var values: [String: [String]] = [:]
        for pair in FormURLEncoding.decode(query) {
            values[pair.name, default: []].append(pair.value)
        }
        return values
    }

    /// The URL to request for a GET callback: the callback parameters appended to any query the user put in
    /// the URL, percent-encoded; the fragment is never sent.
    func addingQuery(_ parameters: [String: String]) -> String {
        let encoded = FormURLEncoding.encode(parameters.sortedByCodePoint.map { ($0.key, $0.value) })
        let mergedQuery = [query, encoded].filter { !$0.isEmpty }.joined(separator: "&")
        return base + (mergedQuery.isEmpty ? "" : "?" + mergedQuery)
    }
}

extension Dictionary where Key == String {
    /// Entries sorted by key in Unicode code point order, which is what Python's `sorted` does on `str` and
    /// therefore what the signatures are computed over.
    var sortedByCodePoint: [(key: String, value: Value)] {
        sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
    }
}

extension Array where Element == String {
    /// Values sorted in Unicode code point order, as Python's `sorted` orders a list of `str`.
    var sortedByCodePoint: [String] {
        sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }
}

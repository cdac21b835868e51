import HTTPServerKit
import PlivoSupport

/// A callback URL split the way Python's `urllib.parse.urlsplit` splits it, because Plivo's signatures are defined
/// by the SDKs in those terms (`docs/callbacks.md`): the signed base is
/// `scheme://netloc + path`, with any port and user info kept and the query and fragment dropped.
struct CallbackURL: Sendable, Equatable {
    /// Lower-cased, as `urlsplit` returns it.
    var scheme: String
    /// Everything between `//` and the path: user info, host and port, verbatim.
    var netloc: String
    var path: String
    /// The raw query, without `?`, still percent-encoded.
    var query: String
    var fragment: String

    init(_ text: String) {
        var rest = Substring(text)
        scheme = ""
        // urlsplit takes a scheme only when it starts with a letter and is made of letters, digits, "+-.".
        if let colon = rest.firstIndex(of: ":"), colon != rest.startIndex,
            rest[rest.startIndex].isASCII, rest[rest.startIndex].isLetter,
            rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        {
            scheme = rest[..<colon].lowercased()
            rest = rest[rest.index(after: colon)...]
        }
        netloc = ""
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(where: { "/?#".contains($0) }) ?? rest.endIndex
            netloc = String(rest[..<end])
            rest = rest[end...]
        }
        fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        query = ""
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        path = String(rest)
    }

    /// `scheme://netloc/path`, the part of the URL both signature versions sign.
    var base: String { "\(scheme)://\(netloc)\(path)" }

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

    /// The URL as given, minus the fragment, which HTTP clients never send.
    var withoutFragment: String { base + (query.isEmpty ? "" : "?" + query) }
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

/// A callback URL split the way Python's `urllib.parse.urlsplit` splits it, because Plivo's signatures are defined
/// by the SDKs in those terms (`docs/callbacks.md`): the signed base is
/// `scheme://netloc + path`, with any port and user info kept and the query and fragment dropped.
package struct CallbackURL: Sendable, Equatable {
    /// Lower-cased, as `urlsplit` returns it.
    package var scheme: String
    /// Everything between `//` and the path: user info, host and port, verbatim.
    package var netloc: String
    package var path: String
    /// The raw query, without `?`, still percent-encoded.
    package var query: String
    package var fragment: String

    package init(_ text: String) {
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
    package var base: String { "\(scheme)://\(netloc)\(path)" }

    /// The URL as given, minus the fragment, which HTTP clients never send.
    package var withoutFragment: String { base + (query.isEmpty ? "" : "?" + query) }
}

/// The part of a file a `Range` header asks for (RFC 9110 §14.2), resolved against the file's length: what a
/// browser's `<audio>` sends to seek in a recording.
///
/// One range only. A header the server may ignore is ignored (§14.2: another unit, a syntax error, and here
/// several ranges, which would need a multipart answer) and the whole file is sent; a well-formed range that
/// starts past the end is unsatisfiable (416).
enum ByteRange: Equatable {
    case whole
    case partial(Range<Int>)
    case unsatisfiable

    init(header: String?, length: Int) {
        guard let header, header.hasPrefix("bytes="), !header.contains(",") else {
            self = .whole
            return
        }
        let spec = header.dropFirst("bytes=".count).filter { $0 != " " }
        guard let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash]
        let last = spec[spec.index(after: dash)...]
        func number(_ text: Substring) -> Int? {
            text.isEmpty || !text.allSatisfy(\.isASCII) ? nil : Int(text)
        }
        if first.isEmpty {
            // `-n`: the last n bytes (§14.1.2); a suffix of 0 bytes selects nothing.
            guard let suffix = number(last) else {
                self = .whole
                return
            }
            self = suffix == 0 || length == 0 ? .unsatisfiable : .partial(max(0, length - suffix)..<length)
            return
        }
        guard let start = number(first) else {
            self = .whole
            return
        }
        let end: Int
        if last.isEmpty {
            end = length - 1
        } else {
            guard let given = number(last), given >= start else {
                self = .whole
                return
            }
            end = min(given, length - 1)
        }
        self = start < length ? .partial(start..<(end + 1)) : .unsatisfiable
    }
}

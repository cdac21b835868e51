/// The URL check Plivo applies to answer, hangup, fallback and message URLs: absolute, `http` or `https`, with a host.
enum URLValidation {
    static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else if lowered.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else {
            return false
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@").last.map { $0.split(separator: ":").first ?? "" } ?? ""
        guard !host.isEmpty || authority.hasPrefix("[") else { return false }
        return !text.contains { $0 == " " || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }
    }
}

extension String {
    /// Whether this path is `prefix` itself or below it: `/console` and `/console/apps`, not `/consoles`.
    /// Allocation-free, since middleware asks it of every request.
    package func isPath(under prefix: String) -> Bool {
        guard hasPrefix(prefix) else { return false }
        let length = prefix.utf8.count
        return utf8.count == length || utf8[utf8.index(utf8.startIndex, offsetBy: length)] == UInt8(ascii: "/")
    }
}

extension StringProtocol {
    /// Without the whitespace at both ends. The standard library has no trim; Foundation's is out of bounds here.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    /// At most `limit` characters, with an ellipsis when cut: for quoting user text in error messages.
    func clipped(to limit: Int = 40) -> String {
        count <= limit ? String(self) : String(prefix(limit)) + "…"
    }
}

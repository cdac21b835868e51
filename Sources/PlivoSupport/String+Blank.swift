extension StringProtocol {
    /// Empty, or only whitespace: what a required name or alias must not be.
    package var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// Without leading and trailing whitespace: an item of a comma-separated list as people type them.
    package var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}

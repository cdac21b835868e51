extension String {
    /// Empty, or only whitespace: what a required name or alias must not be.
    package var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

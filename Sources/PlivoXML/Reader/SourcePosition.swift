/// A place in the document: 1-based line, and 1-based column counted in Unicode scalars.
struct SourcePosition: Equatable, Sendable {
    var line: Int
    var column: Int

    static let start = SourcePosition(line: 1, column: 1)
}

/// Joining and splitting slash-separated file paths, which is all the app does with paths: `NSString`'s path
/// methods live in full Foundation, which the executable does not link (see README, "Memory").
package enum FilePaths {
    /// `directory/name`, with one slash between them whatever `directory` ends with.
    package static func join(_ directory: String, _ name: String) -> String {
        guard !directory.isEmpty else { return name }
        var trimmed = Substring(directory)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return trimmed == "/" ? "/" + name : trimmed + "/" + name
    }

    /// The part after the last slash, ignoring trailing slashes, as `NSString.lastPathComponent` gives it.
    package static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard trimmed != "/" else { return "/" }
        return String(trimmed.split(separator: "/", omittingEmptySubsequences: false).last ?? trimmed)
    }
}

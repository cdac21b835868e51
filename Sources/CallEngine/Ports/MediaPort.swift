/// How the engine learns how long an audio file plays (`<Play>`): the port fetches the URL and reads the
/// length from the file's header. Never blocks; `completion` runs on the port's thread.
public protocol MediaPort: Sendable {
    /// The length of one play of the file at `url`, fetched on `account`'s connections; a failure says why
    /// (unreachable, not audio) in words for the call's trace.
    func audioLength(of url: String, account: String, completion: @escaping @Sendable (Result<SimulatedDuration, MediaError>) -> Void)
}

/// Why an audio file's length is unknown.
public struct MediaError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file could not be fetched: Plivo skips the `<Play>`.
        case unreachable
        /// It was fetched but its length cannot be read from it: the engine plays the documented default.
        case unknownLength
    }

    public var kind: Kind
    public var message: String
    public var description: String { message }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

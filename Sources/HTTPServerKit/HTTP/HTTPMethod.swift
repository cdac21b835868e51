/// An HTTP request method. Open: any token the client sends is kept verbatim (RFC 9110 §9.1 makes methods
/// case-sensitive), with constants for the common ones.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Creates a method from its token, exactly as sent.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a method from its token, exactly as sent.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static let get = HTTPMethod("GET")
    public static let head = HTTPMethod("HEAD")
    public static let post = HTTPMethod("POST")
    public static let put = HTTPMethod("PUT")
    public static let patch = HTTPMethod("PATCH")
    public static let delete = HTTPMethod("DELETE")
    public static let options = HTTPMethod("OPTIONS")
}

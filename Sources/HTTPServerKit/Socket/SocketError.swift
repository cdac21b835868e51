#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, with the call's name and `errno`, so a log line says what the kernel refused.
public struct SocketError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The system call that failed, e.g. `"bind"`.
    public let call: String
    /// The `errno` it left.
    public let code: Int32

    /// Captures the current `errno` for `call`.
    public static func makeFailed(_ call: String) -> SocketError {
        SocketError(call: call, code: errno)
    }

    /// A failure with an explicit code (for `getaddrinfo`, which reports its own codes).
    public init(call: String, code: Int32) {
        self.call = call
        self.code = code
    }

    public var description: String {
        let message = call == "getaddrinfo" ? String(cString: gai_strerror(code)) : String(cString: strerror(code))
        return "\(call) failed: \(message) (\(code))"
    }
}

#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// An IPv4 or IPv6 peer address, printable as `127.0.0.1:80` or `[::1]:80`.
struct SocketAddress: CustomStringConvertible, Sendable {
    let host: String
    let port: Int

    init(_ storage: sockaddr_storage) {
        var storage = storage
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        switch Int32(storage.ss_family) {
        case AF_INET:
            let address = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee } }
            var raw = address.sin_addr
            inet_ntop(AF_INET, &raw, &text, socklen_t(text.count))
            host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            port = Int(UInt16(bigEndian: address.sin_port))
        case AF_INET6:
            let address = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee } }
            var raw = address.sin6_addr
            inet_ntop(AF_INET6, &raw, &text, socklen_t(text.count))
            host = "[" + String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) + "]"
            port = Int(UInt16(bigEndian: address.sin6_port))
        default:
            host = "unknown"
            port = 0
        }
    }

    var description: String { "\(host):\(port)" }
}

#if canImport(Glibc)
    import Glibc
#endif

/// An IPv4 or IPv6 socket address, as connect(2) takes it.
package struct SocketAddress: Sendable {
    var storage = sockaddr_storage()
    var length: socklen_t = 0

    var family: Int32 { Int32(storage.ss_family) }

    /// Copies the address `address` points to.
    init(copying address: UnsafePointer<sockaddr>, length: socklen_t) {
        self.length = min(length, socklen_t(MemoryLayout<sockaddr_storage>.size))
        withUnsafeMutableBytes(of: &storage) { target in
            target.copyMemory(from: UnsafeRawBufferPointer(start: address, count: Int(self.length)))
        }
    }

    /// The address of a numeric IPv4 or IPv6 literal (no scope id), or nil for anything else; inet_pton(3) only
    /// parses, it never asks anyone.
    package static func numeric(_ host: String, port: Int) -> SocketAddress? {
        var ipv4 = sockaddr_in()
        if inet_pton(AF_INET, host, &ipv4.sin_addr) == 1 {
            ipv4.sin_family = sa_family_t(AF_INET)
            ipv4.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
            return withUnsafePointer(to: &ipv4) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    SocketAddress(copying: $0, length: socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
        var ipv6 = sockaddr_in6()
        if inet_pton(AF_INET6, host, &ipv6.sin6_addr) == 1 {
            ipv6.sin6_family = sa_family_t(AF_INET6)
            ipv6.sin6_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
            return withUnsafePointer(to: &ipv6) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    SocketAddress(copying: $0, length: socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
        return nil
    }

    /// The addresses `host` has without a lookup: a numeric literal, or `localhost`, which always means the loopback
    /// interface (RFC 6761 §6.3): IPv4 first, where local servers mostly listen, then IPv6. Nil for other names.
    static func withoutLookup(_ host: String, port: Int) -> [SocketAddress]? {
        if let address = numeric(host, port: port) { return [address] }
        guard host.lowercased() == "localhost" || host.lowercased() == "localhost." else { return nil }
        return [numeric("127.0.0.1", port: port)!, numeric("::1", port: port)!]
    }

    /// Every address getaddrinfo(3) gives `host`, in its order. Blocks for as long as the resolver takes, which
    /// nothing bounds: called on a helper thread only.
    package static func resolve(_ host: String, port: Int) -> Result<[SocketAddress], CallbackTransportError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else {
            let reason = status == EAI_SYSTEM ? String(cString: strerror(errno)) : String(cString: gai_strerror(status))
            return .failure(.cannotConnect("cannot resolve \(host): \(reason)"))
        }
        defer { freeaddrinfo(list) }
        var addresses: [SocketAddress] = []
        var entry = list
        while let info = entry?.pointee {
            entry = info.ai_next
            guard let address = info.ai_addr, info.ai_family == AF_INET || info.ai_family == AF_INET6 else { continue }
            addresses.append(SocketAddress(copying: address, length: info.ai_addrlen))
        }
        guard !addresses.isEmpty else { return .failure(.cannotConnect("cannot resolve \(host): no address")) }
        return .success(addresses)
    }
}

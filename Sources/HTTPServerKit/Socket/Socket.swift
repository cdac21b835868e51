#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// Thin, checked wrappers over the socket system calls the server needs. Every failing call throws a
/// ``SocketError`` naming it; `EAGAIN` is reported as a value, since non-blocking sockets hit it all the time.
enum Socket {
    /// Outcome of a non-blocking read or write.
    enum IOResult: Equatable {
        case bytes(Int)
        case wouldBlock
        case closed
    }

    /// Creates a non-blocking listening socket on `host:port` (IPv4 or IPv6 literal, or a name); port 0 picks a
    /// free port, which ``localPort(of:)`` reads back.
    static func makeListening(host: String, port: Int, backlog: Int32) throws(SocketError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else { throw SocketError(call: "getaddrinfo", code: status) }
        defer { freeaddrinfo(list) }

        let fd = socket(first.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .makeFailed("socket") }
        do throws(SocketError) {
            try setOption(fd, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
            guard bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else { throw .makeFailed("bind") }
            guard listen(fd, backlog) == 0 else { throw .makeFailed("listen") }
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// The port the kernel bound `fd` to.
    static func localPort(of fd: Int32) throws(SocketError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard status == 0 else { throw .makeFailed("getsockname") }
        return SocketAddress(storage).port
    }

    /// Accepts one pending connection as a non-blocking socket with `TCP_NODELAY`, or nil when none is pending.
    static func accept(_ listener: Int32) throws(SocketError) -> (fd: Int32, address: SocketAddress)? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let fd = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                clinux_accept4(listener, $0, &length, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
            }
        }
        guard fd >= 0 else {
            // ECONNABORTED: the peer gave up while queued; EINTR: retry on the next wake-up.
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == ECONNABORTED || errno == EINTR { return nil }
            throw .makeFailed("accept4")
        }
        // Responses are written whole; Nagle would only delay the last segment of each.
        try? setOption(fd, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
        return (fd, SocketAddress(storage))
    }

    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SocketError) -> IOResult {
        while true {
            let count = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if count > 0 { return .bytes(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case ECONNRESET, ETIMEDOUT: return .closed
            default: throw .makeFailed("read")
            }
        }
    }

    /// Sends with `MSG_NOSIGNAL`, so a peer that went away gives `EPIPE` here instead of killing the process.
    static func send(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SocketError) -> IOResult {
        while true {
            let count = Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .bytes(count) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case EPIPE, ECONNRESET: return .closed
            default: throw .makeFailed("send")
            }
        }
    }

    static func setOption(_ fd: Int32, level: Int32, name: Int32, value: Int32) throws(SocketError) {
        var value = value
        guard setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw .makeFailed("setsockopt")
        }
    }
}

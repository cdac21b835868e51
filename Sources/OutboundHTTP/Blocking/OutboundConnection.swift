#if canImport(Glibc)
    import Glibc
#endif

/// One outbound TCP connection whose every step (connect, send, receive) ends by a shared deadline: a
/// non-blocking socket waited on with poll(2), so a server that stops answering costs the time left and no more.
///
/// Blocking: meant for a thread the caller owns, never Swift's cooperative pool. Not `Sendable`: one thread uses
/// it from connect to close. ``OutboundHTTPClient`` is the client MockPlivo uses; this one is kept for
/// ``exchange(_:to:timeout:maxResponseBytes:)``, the benchmark's baseline.
package final class OutboundConnection {
    private let descriptor: Int32
    let deadline: ContinuousClock.Instant

    /// Resolves `host` and connects to the first of its addresses that accepts, in getaddrinfo(3)'s order
    /// (`localhost` may be `::1` first and `127.0.0.1` next).
    ///
    /// Name resolution itself cannot be bounded by `deadline`: getaddrinfo has no timeout of its own.
    init(host: String, port: Int, deadline: ContinuousClock.Instant) throws(CallbackTransportError) {
        self.deadline = deadline
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else {
            let reason = status == EAI_SYSTEM ? String(cString: strerror(errno)) : String(cString: gai_strerror(status))
            throw .cannotConnect("cannot resolve \(host): \(reason)")
        }
        defer { freeaddrinfo(list) }

        var lastError = "no address"
        var candidate = list
        while let address = candidate?.pointee {
            candidate = address.ai_next
            let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
            let descriptor = socket(address.ai_family, flags, 0)
            guard descriptor >= 0 else {
                lastError = "socket: " + String(cString: strerror(errno))
                continue
            }
            do throws(CallbackTransportError) {
                if let error = try Self.connect(descriptor, to: address, deadline: deadline) {
                    lastError = String(cString: strerror(error))
                    close(descriptor)
                    continue
                }
            } catch {
                close(descriptor)
                throw error
            }
            var one: Int32 = 1
            // The request is written whole; Nagle would only hold back its last segment.
            _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            self.descriptor = descriptor
            return
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        throw .cannotConnect("\(shownHost):\(port): \(lastError)")
    }

    deinit {
        close(descriptor)
    }

    /// Writes all of `bytes`.
    func send(_ bytes: [UInt8]) throws(CallbackTransportError) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if count >= 0 {
                sent += count
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: try Self.wait(descriptor, for: Int16(POLLOUT), until: deadline)
            default: throw .failed("sending the request failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Reads what has arrived into `buffer`, waiting for at least one byte; 0 when the server closed.
    func receive(into buffer: inout [UInt8]) throws(CallbackTransportError) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count >= 0 { return count }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: try Self.wait(descriptor, for: Int16(POLLIN), until: deadline)
            case ECONNRESET: throw .failed("the server reset the connection")
            default: throw .failed("reading the response failed: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Starts a non-blocking connect and waits for its outcome: nil once connected, else the errno that refused it.
    private static func connect(_ descriptor: Int32, to address: addrinfo, deadline: ContinuousClock.Instant)
        throws(CallbackTransportError) -> Int32?
    {
        if Glibc.connect(descriptor, address.ai_addr, address.ai_addrlen) == 0 { return nil }
        guard errno == EINPROGRESS || errno == EINTR else { return errno }
        // The outcome of a connect in progress is the socket's pending error once it is writable (connect(2)).
        try wait(descriptor, for: Int16(POLLOUT), until: deadline)
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length) == 0 else { return errno }
        return error == 0 ? nil : error
    }

    /// Waits until `descriptor` is ready for `events` (or has an error or hang-up to report), or throws
    /// `.timedOut` at the deadline.
    private static func wait(_ descriptor: Int32, for events: Int16, until deadline: ContinuousClock.Instant)
        throws(CallbackTransportError)
    {
        while true {
            let left = deadline - .now
            guard left > .zero else { throw .timedOut }
            let (seconds, attoseconds) = left.components
            // Rounded up, so that a wait never ends a hair before the deadline and spins.
            let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, Int32(clamping: milliseconds))
            if ready > 0 { return }
            if ready < 0 && errno != EINTR {
                throw .failed("poll failed: \(String(cString: strerror(errno)))")
            }
        }
    }
}

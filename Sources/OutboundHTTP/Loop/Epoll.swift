#if canImport(Glibc)
    import CLinuxShims
    import Glibc
#endif

/// An epoll instance plus an eventfd that other threads write to wake it: HTTPServerKit's loop's, trimmed to what
/// a client needs (no listening socket). Level-triggered, as there: the loop keeps each socket's interest exact.
final class Epoll {
    struct Event {
        let token: UInt64
        let readable: Bool
        let writable: Bool
    }

    /// The token reported for the wake-up eventfd; connections' tokens start at 1.
    static let wakeToken: UInt64 = 0

    private let fd: Int32
    private let wakeFD: Int32
    private var events: [epoll_event]

    init(capacity: Int = 256) throws(CallbackTransportError) {
        fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw Self.failure("epoll_create1") }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else {
            let error = Self.failure("eventfd")
            close(fd)
            throw error
        }
        events = Array(repeating: epoll_event(), count: capacity)
        var event = Self.makeEvent(token: Self.wakeToken, readable: true, writable: false)
        guard epoll_ctl(fd, EPOLL_CTL_ADD, wakeFD, &event) == 0 else {
            let error = Self.failure("epoll_ctl(ADD)")
            close(wakeFD)
            close(fd)
            throw error
        }
    }

    deinit {
        close(wakeFD)
        close(fd)
    }

    /// Watches `socket`; false when the kernel refuses (the reason is in `errno`).
    func add(_ socket: Int32, token: UInt64, readable: Bool, writable: Bool) -> Bool {
        var event = Self.makeEvent(token: token, readable: readable, writable: writable)
        return epoll_ctl(fd, EPOLL_CTL_ADD, socket, &event) == 0
    }

    func modify(_ socket: Int32, token: UInt64, readable: Bool, writable: Bool) {
        var event = Self.makeEvent(token: token, readable: readable, writable: writable)
        _ = epoll_ctl(fd, EPOLL_CTL_MOD, socket, &event)
    }

    func remove(_ socket: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(fd, EPOLL_CTL_DEL, socket, &event)
    }

    /// Waits up to `timeoutMilliseconds` (-1: until something happens) and fills `ready`, reusing its storage.
    /// Wake-ups are drained and reported once, before the loop reads its mailbox.
    func wait(timeoutMilliseconds: Int32, into ready: inout [Event]) throws(CallbackTransportError) {
        let count = events.withUnsafeMutableBufferPointer {
            epoll_wait(fd, $0.baseAddress, Int32($0.count), timeoutMilliseconds)
        }
        ready.removeAll(keepingCapacity: true)
        if count < 0 {
            if errno == EINTR { return }
            throw Self.failure("epoll_wait")
        }
        for index in 0..<Int(count) {
            let flags = events[index].events
            let token = events[index].data.u64
            if token == Self.wakeToken {
                var value: UInt64 = 0
                _ = read(wakeFD, &value, 8)
            }
            // An error or hang-up is reported as both: whichever the socket waits for, its next call says what.
            let trouble = flags & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0
            ready.append(Event(
                token: token,
                readable: trouble || flags & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue) != 0,
                writable: trouble || flags & EPOLLOUT.rawValue != 0))
        }
    }

    /// Wakes the loop from any thread.
    func wake() {
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    private static func makeEvent(token: UInt64, readable: Bool, writable: Bool) -> epoll_event {
        var event = epoll_event()
        event.events = (readable ? EPOLLIN.rawValue | EPOLLRDHUP.rawValue : 0) | (writable ? EPOLLOUT.rawValue : 0)
        event.data.u64 = token
        return event
    }

    private static func failure(_ call: String) -> CallbackTransportError {
        .failed("\(call) failed: \(String(cString: strerror(errno)))")
    }
}

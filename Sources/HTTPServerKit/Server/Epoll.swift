#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// An epoll instance plus an eventfd that other threads write to wake it. Level-triggered throughout: the loop
/// keeps each socket's interest set exact, so a readable socket is reported until read, which keeps the logic
/// simple and correct.
final class Epoll {
    struct Event {
        let token: UInt64
        let readable: Bool
        let writable: Bool
        let hangup: Bool
    }

    /// The token reported for the wake-up eventfd.
    static let wakeToken: UInt64 = 0
    /// The token reported for the shared listening socket.
    static let listenerToken: UInt64 = 1

    private let fd: Int32
    private let wakeFD: Int32
    // `@exclusivity(unchecked)`: used by the loop's thread only, once per wait; see `Connection`.
    @exclusivity(unchecked) private var events: [epoll_event]

    init(capacity: Int = 256) throws(SocketError) {
        fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw .makeFailed("epoll_create1") }
        wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard wakeFD >= 0 else {
            close(fd)
            throw .makeFailed("eventfd")
        }
        events = Array(repeating: epoll_event(), count: capacity)
        try add(wakeFD, token: Self.wakeToken, readable: true, writable: false)
    }

    deinit {
        close(wakeFD)
        close(fd)
    }

    func add(_ socket: Int32, token: UInt64, readable: Bool, writable: Bool, exclusive: Bool = false) throws(SocketError) {
        var event = Self.makeEvent(token: token, readable: readable, writable: writable)
        // EPOLLEXCLUSIVE may be combined only with EPOLLIN/EPOLLOUT (epoll_ctl(2)), so no EPOLLRDHUP here.
        if exclusive { event.events = EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue }
        guard epoll_ctl(fd, EPOLL_CTL_ADD, socket, &event) == 0 else { throw .makeFailed("epoll_ctl(ADD)") }
    }

    func modify(_ socket: Int32, token: UInt64, readable: Bool, writable: Bool) throws(SocketError) {
        var event = Self.makeEvent(token: token, readable: readable, writable: writable)
        guard epoll_ctl(fd, EPOLL_CTL_MOD, socket, &event) == 0 else { throw .makeFailed("epoll_ctl(MOD)") }
    }

    func remove(_ socket: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(fd, EPOLL_CTL_DEL, socket, &event)
    }

    /// Waits up to `timeoutMilliseconds` and fills `ready` with what is ready (reusing its storage, as this runs
    /// once per loop iteration); wake-ups are drained and reported once.
    func wait(timeoutMilliseconds: Int32, into ready: inout [Event]) throws(SocketError) {
        let count = events.withUnsafeMutableBufferPointer { epoll_wait(fd, $0.baseAddress, Int32($0.count), timeoutMilliseconds) }
        ready.removeAll(keepingCapacity: true)
        if count < 0 {
            if errno == EINTR { return }
            throw .makeFailed("epoll_wait")
        }
        for index in 0..<Int(count) {
            let flags = events[index].events
            let token = events[index].data.u64
            if token == Self.wakeToken {
                var value: UInt64 = 0
                _ = read(wakeFD, &value, 8)
            }
            ready.append(Event(
                token: token,
                readable: flags & (EPOLLIN.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0,
                writable: flags & EPOLLOUT.rawValue != 0,
                hangup: flags & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0))
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
}

#if canImport(Glibc)
    import CLinuxShims
    import Glibc
#endif
import DequeModule
import Dispatch
import Primitives
import Synchronization

/// The thread, epoll set and state behind one ``OutboundHTTPClient``; see there for the concurrency model.
///
/// Everything but the mailbox, the two counters and `finished` is confined to the loop's own thread, which is
/// why the class is `@unchecked Sendable`: other threads only ever call `post`.
final class ClientLoop: @unchecked Sendable {
    /// A request as `send` hands it over, already parsed and serialized on the sender's thread.
    struct Submission: Sendable {
        /// Kept for https only, which libcurl writes itself; http needs only `wireBytes`.
        var request: CallbackRequest?
        var target: CallbackTarget
        var pool: String
        var wireBytes: [UInt8]
        var deadline: MonotonicInstant
        var maxResponseBytes: Int
        var completion: @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void
    }

    /// A host name and port to resolve: the cache key.
    struct Name: Hashable, Sendable {
        var host: String
        var port: Int
    }

    enum Message: Sendable {
        case submit(Submission)
        /// A request refused before it could be queued (its URL): completed on the loop, as every request is.
        case refuse(
            @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void, CallbackTransportError)
        case resolved(Name, Result<[SocketAddress], CallbackTransportError>)
        case secureFinished(UInt64, PoolKey, Result<CallbackHTTPResponse, CallbackTransportError>)
        case shutdown
    }

    enum Timer {
        case exchange(UInt64)
        case idle(UInt64)
    }

    enum NameState {
        /// A helper thread is resolving it; these pools wait for the answer.
        case resolving([HostPool])
        case resolved([SocketAddress], until: MonotonicInstant)
    }

    private struct Mailbox {
        var messages: [Message] = []
        var isClosed = false
    }

    let configuration: OutboundHTTPClient.Configuration
    let epoll: Epoll
    private let mailbox = LockedValue(Mailbox())
    /// Left when the loop's thread has failed its last request and ended.
    let finished = DispatchGroup()
    let openConnections = Atomic<Int>(0)
    let connectionsOpened = Atomic<Int>(0)
    private let thread = LockedValue<pthread_t?>(nil)
    let resolverThreads: HelperThreads
    let secureThreads: HelperThreads

    // Loop-confined state.
    var now = MonotonicInstant.now
    var nextID: UInt64 = 1
    var exchanges: [UInt64: PendingExchange] = [:]
    var pools: [PoolKey: HostPool] = [:]
    var connections: [UInt64: ClientConnection] = [:]
    var timers = TimerHeap<Timer>()
    var names: [Name: NameState] = [:]
    /// Pools whose queue may move: pumped once each at the end of the loop's turn, never from inside a handler.
    var poolsToPump: [HostPool] = []
    var secureRotation = Deque<HostPool>()
    var secureNeedsPump = false
    var secureRunning = 0
    var secureRunningByPool: [String: Int] = [:]
    var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    private var stopping = false

    init(configuration: OutboundHTTPClient.Configuration) throws(CallbackTransportError) {
        self.configuration = configuration
        epoll = try Epoll()
        resolverThreads = HelperThreads(name: "outbound-dns", maximumThreads: configuration.resolverThreadCount)
        secureThreads = HelperThreads(name: "outbound-tls", maximumThreads: configuration.secureThreadCount)
    }

    /// Starts the loop's thread.
    func start() throws(CallbackTransportError) {
        finished.enter()
        let started = DetachedThread.start { [self] in
            _ = clinux_set_thread_name(pthread_self(), "outbound-http")
            run()
            finished.leave()
        }
        guard started else {
            finished.leave()
            throw .failed("the callback client could not start its thread")
        }
    }

    /// Hands a message to the loop from any thread; false once the loop has shut down.
    @discardableResult
    func post(_ message: Message) -> Bool {
        let (taken, needsWake) = mailbox.withLock { mailbox in
            guard !mailbox.isClosed else { return (false, false) }
            mailbox.messages.append(message)
            return (true, mailbox.messages.count == 1)
        }
        // One wake per batch: a mailbox that was not empty has a wake pending already (see HTTPServerKit's loop).
        if needsWake { epoll.wake() }
        return taken
    }

    /// True on the loop's own thread, where waiting for the loop to end would wait forever.
    var isCurrentThread: Bool {
        thread.withLock { $0.map { pthread_equal($0, pthread_self()) != 0 } ?? false }
    }

    private func run() {
        thread.withLock { $0 = pthread_self() }
        var events: [Epoll.Event] = []
        events.reserveCapacity(256)
        while !stopping {
            do {
                try epoll.wait(timeoutMilliseconds: waitTimeout(), into: &events)
            } catch {
                break
            }
            now = .now
            for event in events {
                if event.token == Epoll.wakeToken {
                    drainMailbox()
                } else if let connection = connections[event.token] {
                    handle(event, on: connection)
                }
            }
            fireTimers()
            runScheduledPumps()
        }
        shutDownNow()
    }

    /// Until the earliest timer, rounded up so that a wait never ends a hair early and spins; -1 with none.
    private func waitTimeout() -> Int32 {
        guard let deadline = timers.nextDeadline else { return -1 }
        let nanoseconds = deadline.nanoseconds(since: .now)
        guard nanoseconds > 0 else { return 0 }
        return Int32(clamping: (nanoseconds + 999_999) / 1_000_000)
    }

    private func drainMailbox() {
        let messages = mailbox.withLock { mailbox in
            defer { mailbox.messages.removeAll() }
            return mailbox.messages
        }
        for message in messages {
            switch message {
            case .submit(let submission): accept(submission)
            case .refuse(let completion, let error): completion(.failure(error))
            case .resolved(let name, let result): resolved(name, result)
            case .secureFinished(let id, let key, let result): secureFinished(id, key: key, result)
            case .shutdown: stopping = true
            }
        }
    }

    /// Refuses further messages, then fails every request still pending, in the order they came, and closes
    /// every connection. Results of https exchanges still in libcurl are dropped when they come back.
    private func shutDownNow() {
        let leftovers = mailbox.withLock { mailbox in
            mailbox.isClosed = true
            defer { mailbox.messages.removeAll() }
            return mailbox.messages
        }
        for connection in connections.values where connection.fd >= 0 {
            epoll.remove(connection.fd)
            Glibc.close(connection.fd)
            connection.fd = -1
        }
        openConnections.store(0, ordering: .relaxed)
        connections = [:]
        pools = [:]
        poolsToPump = []
        secureRotation = []
        names = [:]
        let pending = exchanges.values.sorted { $0.id < $1.id }
        exchanges = [:]
        for exchange in pending {
            exchange.completion(.failure(.shutDown))
        }
        for message in leftovers {
            switch message {
            case .submit(let submission): submission.completion(.failure(.shutDown))
            case .refuse(let completion, let error): completion(.failure(error))
            case .resolved, .secureFinished, .shutdown: break
            }
        }
    }
}

extension CallbackTransportError {
    /// What every request pending at ``OutboundHTTPClient/shutdown()``, or sent after it, fails with.
    package static let shutDown = CallbackTransportError.failed("the callback client has shut down")
}

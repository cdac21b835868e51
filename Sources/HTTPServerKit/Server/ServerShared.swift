#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Primitives
import Synchronization

/// What every event loop of one server shares: configuration, responder, the listening socket, and the counts of
/// open connections, in all and per client address.
final class ServerShared: Sendable {
    /// What admitting a connection requires besides counting it.
    enum Admission: Equatable {
        /// Counted in; close an idle connection for `reclaim`, if given.
        case admitted(reclaim: IdleReclaim?)
        /// Every slot is taken: make room first, or refuse.
        case full
    }

    /// Why an idle connection is to be closed, which says whose.
    enum IdleReclaim: Equatable, Sendable {
        /// This client address holds more than ``HTTPServerConfiguration/maxIdleConnectionsPerClient``: one of its own.
        case overClientBound(String)
        /// Fewer than ``HTTPServerConfiguration/reservedConnections`` slots are free: one of the client address that
        /// holds the most connections.
        case reserve
        /// Every slot is taken and a new connection waits: likewise.
        case fullServer
    }

    private struct Counts {
        var total = 0
        var perClient: [String: Int] = [:]
    }

    let configuration: HTTPServerConfiguration
    let responder: any HTTPResponder
    let listener: Int32
    let log: @Sendable (String) -> Void
    /// How often loops check timeouts: a quarter of the shortest timeout, between 10 ms and 1 s.
    let sweepInterval: Duration
    // Taken per accepted and per closed connection only, never per request.
    private let counts = LockedValue(Counts())
    /// ``HTTPServerConfiguration/reservedConnections``, at most a tenth of the slots: a server configured for a
    /// handful of connections (a test) keeps them all usable.
    private let reserve: Int
    private let draining = Atomic<Bool>(false)

    init(
        configuration: HTTPServerConfiguration, responder: any HTTPResponder, listener: Int32,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.configuration = configuration
        self.responder = responder
        self.listener = listener
        self.log = log
        reserve = max(0, min(configuration.reservedConnections, configuration.maxConnections / 10))
        let shortest = min(
            configuration.idleTimeout, configuration.headerTimeout, configuration.bodyTimeout,
            configuration.requestTimeout)
        sweepInterval = min(max(shortest / 4, .milliseconds(10)), .seconds(1))
    }

    var isDraining: Bool { draining.load(ordering: .relaxed) }

    func startDraining() { draining.store(true, ordering: .relaxed) }

    var connectionCount: Int { counts.withLock { $0.total } }

    /// Counts a new connection from `client` unless every slot is taken, and says what room to make for it.
    func admit(client: String) -> Admission {
        counts.withLock { counts in
            guard counts.total < configuration.maxConnections else { return .full }
            let held = counts.perClient[client, default: 0]
            counts.total += 1
            counts.perClient[client] = held + 1
            if held >= configuration.maxIdleConnectionsPerClient { return .admitted(reclaim: .overClientBound(client)) }
            if counts.total > configuration.maxConnections - reserve {
                return .admitted(reclaim: .reserve)
            }
            return .admitted(reclaim: nil)
        }
    }

    /// Takes a connection of `client` out of the counts for a loop about to close it to make room, if `reason`
    /// still holds: the client is over its bound, or the reserve is in use. Claiming under the lock keeps two
    /// loops from both closing a connection for the same missing slot.
    func claimRoom(_ reason: IdleReclaim, closing client: String) -> Bool {
        counts.withLock { counts in
            let held = counts.perClient[client, default: 0]
            switch reason {
            case .overClientBound(let over):
                guard over == client, held > configuration.maxIdleConnectionsPerClient else { return false }
            case .reserve:
                guard counts.total > configuration.maxConnections - reserve, held > 0 else { return false }
            case .fullServer:
                guard counts.total >= configuration.maxConnections, held > 0 else { return false }
            }
            counts.total -= 1
            counts.perClient[client] = held > 1 ? held - 1 : nil
            return true
        }
    }

    /// The client addresses holding more connections than ``HTTPServerConfiguration/maxIdleConnectionsPerClient``.
    func clientsOverIdleBound() -> [String] {
        counts.withLock { counts in
            counts.perClient.filter { $0.value > configuration.maxIdleConnectionsPerClient }.map(\.key)
        }
    }

    /// Whether fewer than the reserved slots are free.
    var isUsingReserve: Bool {
        counts.withLock { $0.total > configuration.maxConnections - reserve }
    }

    func releaseConnection(client: String) {
        counts.withLock { counts in
            counts.total -= 1
            let held = counts.perClient[client, default: 1] - 1
            counts.perClient[client] = held > 0 ? held : nil
        }
    }

    /// Runs `body` with how many connections each client address holds.
    func withClientCounts<T>(_ body: ([String: Int]) -> T) -> T {
        counts.withLock { body($0.perClient) }
    }
}

#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Synchronization

/// What every event loop of one server shares: configuration, responder, the listening socket and two counters.
final class ServerShared: Sendable {
    let configuration: HTTPServerConfiguration
    let responder: any HTTPResponder
    let listener: Int32
    let log: @Sendable (String) -> Void
    /// How often loops check timeouts: a quarter of the shortest timeout, between 10 ms and 1 s.
    let sweepInterval: Duration
    private let openConnections = Atomic<Int>(0)
    private let draining = Atomic<Bool>(false)

    init(
        configuration: HTTPServerConfiguration, responder: any HTTPResponder, listener: Int32,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.configuration = configuration
        self.responder = responder
        self.listener = listener
        self.log = log
        let shortest = min(configuration.idleTimeout, configuration.headerTimeout, configuration.bodyTimeout)
        sweepInterval = min(max(shortest / 4, .milliseconds(10)), .seconds(1))
    }

    var isDraining: Bool { draining.load(ordering: .relaxed) }

    func startDraining() { draining.store(true, ordering: .relaxed) }

    var connectionCount: Int { openConnections.load(ordering: .relaxed) }

    /// Counts a new connection unless the limit is reached.
    func reserveConnection() -> Bool {
        let count = openConnections.wrappingAdd(1, ordering: .relaxed).newValue
        if count > configuration.maxConnections {
            openConnections.wrappingSubtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func releaseConnection() {
        openConnections.wrappingSubtract(1, ordering: .relaxed)
    }
}

import DequeModule
import Primitives

/// The connections and the queue of one ``PoolKey``. Loop-confined.
///
/// For http, `open` counts connections connecting, busy or idle; for https, exchanges running in libcurl (which
/// opens a connection of its own for each). Either way at most ``OutboundHTTPClient/Configuration/maxConnectionsPerHost``.
final class HostPool {
    let key: PoolKey
    /// The addresses known without a lookup (a numeric host or `localhost`); nil when the name must be resolved.
    let fixedAddresses: [SocketAddress]?
    /// Exchange ids in arrival order. Entries of exchanges that timed out while waiting stay until they reach the
    /// front, where they are skipped; `waitingCount` counts the live ones, which the queue bound applies to.
    var waiting = Deque<UInt64>()
    var waitingCount = 0
    /// Kept-alive connections, the most recently used last (reused first: the least likely to have been closed).
    var idle: [ClientConnection] = []
    var open = 0
    /// The index, in the address list, of the address the last connection reached: tried first next time.
    var preferredAddress = 0
    /// Whether the pool is in the loop's https rotation.
    var inSecureRotation = false
    /// Whether the pool is among those to pump at the end of the loop's turn.
    var isPumpScheduled = false

    init(key: PoolKey) {
        self.key = key
        fixedAddresses = key.isSecure ? nil : SocketAddress.withoutLookup(key.host, port: key.port)
    }

    /// The first live waiting exchange, dropping dead entries in front of it.
    func firstWaiting(in exchanges: [UInt64: PendingExchange]) -> PendingExchange? {
        while let id = waiting.first {
            if let exchange = exchanges[id], case .waiting = exchange.stage { return exchange }
            waiting.removeFirst()
        }
        return nil
    }

    /// Takes the first live waiting exchange out of the queue.
    func popWaiting(in exchanges: [UInt64: PendingExchange]) -> PendingExchange? {
        guard let exchange = firstWaiting(in: exchanges) else { return nil }
        waiting.removeFirst()
        waitingCount -= 1
        return exchange
    }

    /// Nothing open, nothing waiting: the pool can be forgotten.
    var isUnused: Bool { open == 0 && waitingCount == 0 }
}

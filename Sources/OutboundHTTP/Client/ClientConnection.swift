import Primitives

/// One http connection of a ``HostPool``. Loop-confined.
final class ClientConnection {
    enum State {
        /// A non-blocking connect is under way, for this exchange.
        case connecting(UInt64)
        /// Carrying this exchange: writing it, or reading its response.
        case active(UInt64)
        /// Kept alive between exchanges, watched for the server closing it.
        case idle
    }

    let id: UInt64
    unowned let pool: HostPool
    var fd: Int32 = -1
    var state: State
    /// The addresses to try, preferred first, and how far connecting has got through them.
    let candidates: [SocketAddress]
    /// Where `candidates` starts in the pool's address list, to remember which address worked.
    let firstCandidate: Int
    var nextCandidate = 0
    var lastConnectError = "no address"

    var output: [UInt8] = []
    var outputStart = 0
    var parser = CallbackResponseParser(maxBodyBytes: 0)
    /// A byte of the current exchange's response has arrived: a failure now is not a stale connection's.
    var receivedResponseBytes = false
    var completedExchanges = 0
    var interest: (read: Bool, write: Bool) = (false, false)
    /// When it last became idle, and whether an idle timer is in the heap for it.
    var idleSince = MonotonicInstant.now
    var idleTimerArmed = false

    init(id: UInt64, pool: HostPool, exchange: UInt64, candidates: [SocketAddress], firstCandidate: Int) {
        self.id = id
        self.pool = pool
        self.state = .connecting(exchange)
        self.candidates = candidates
        self.firstCandidate = firstCandidate
    }

    var hasPendingOutput: Bool { outputStart < output.count }

    /// The exchange the connection is carrying or connecting for.
    var exchangeID: UInt64? {
        switch state {
        case .connecting(let id), .active(let id): id
        case .idle: nil
        }
    }
}

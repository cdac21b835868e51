import DequeModule
import Primitives

/// Sends callbacks one after another, each once the one before it has been answered: what keeps a message's
/// status reports in order (queued before sent before delivered) at the user's server, even when the engine
/// issues them at the same moment (`--time-scale 0`) and the port sends on many connections at once.
///
/// Nothing waits on it: a send while one is in flight joins a queue, and each completion sends the next.
final class CallbackSequence: Sendable {
    private let port: any CallbackPort
    private let state = LockedValue<(inFlight: Bool, waiting: Deque<Pending>)>((false, []))

    private struct Pending: Sendable {
        var callback: EngineCallback
        var completion: @Sendable (CallbackExchange) -> Void
    }

    init(port: any CallbackPort) {
        self.port = port
    }

    func send(_ callback: EngineCallback, completion: @escaping @Sendable (CallbackExchange) -> Void) {
        let pending = Pending(callback: callback, completion: completion)
        let sendNow = state.withLock { state -> Bool in
            guard !state.inFlight else {
                state.waiting.append(pending)
                return false
            }
            state.inFlight = true
            return true
        }
        if sendNow { start(pending) }
    }

    private func start(_ pending: Pending) {
        port.send(pending.callback) { [self] exchange in
            pending.completion(exchange)
            let next = state.withLock { state -> Pending? in
                guard let next = state.waiting.popFirst() else {
                    state.inFlight = false
                    return nil
                }
                return next
            }
            if let next { start(next) }
        }
    }
}

import Primitives

/// The outcome of a write that was queued behind another thread's
/// (see ``SQLiteStore/writeWithoutWaiting(invalidating:_:)``), delivered once that thread has committed it, or
/// failed it.
package final class WriteTicket<Value: Sendable>: Sendable {
    private enum State {
        case waiting((@Sendable (Result<Value, StoreError>) -> Void)?)
        case done(Result<Value, StoreError>)
    }

    private let state = LockedValue(State.waiting(nil))

    package init() {}

    /// Delivers `result` to the handler registered with ``onCompletion(_:)``, now or when it registers.
    /// Only the first call counts.
    package func complete(_ result: Result<Value, StoreError>) {
        let handler: (@Sendable (Result<Value, StoreError>) -> Void)? = state.withLock { state in
            guard case .waiting(let handler) = state else { return nil }
            state = .done(result)
            return handler
        }
        handler?(result)
    }

    /// Runs `handler` with the outcome: at once if it is known, else on the thread that completes the ticket.
    package func onCompletion(_ handler: @escaping @Sendable (Result<Value, StoreError>) -> Void) {
        let known: Result<Value, StoreError>? = state.withLock { state in
            switch state {
            case .done(let result): return result
            case .waiting: state = .waiting(handler); return nil
            }
        }
        if let known { handler(known) }
    }

    /// The outcome if it is known already.
    package var result: Result<Value, StoreError>? {
        state.withLock { state in
            if case .done(let result) = state { return result }
            return nil
        }
    }
}

/// What ``SQLiteStore/writeWithoutWaiting(invalidating:_:)`` returns: the committed value, when the calling thread
/// did the writing, or a ticket for a write another thread will commit.
package enum WriteOutcome<Value: Sendable>: Sendable {
    case committed(Value)
    case queued(WriteTicket<Value>)
}

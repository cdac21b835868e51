import DequeModule
import Primitives

/// The traces of the most recent messages and calls, kept in memory and bounded: the oldest trace goes when the
/// book is full, and one trace keeps at most ``maxEntries`` entries, so a long run's memory stays flat.
public final class TraceBook: Sendable {
    public let capacity: Int
    /// Entries kept per trace; later ones are counted but dropped (a call stuck in a loop of redirects).
    public static let maxEntries = 500
    private let state: LockedValue<State>

    private struct State {
        var traces: [String: Trace] = [:]
        var order = Deque<String>()
    }

    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
        state = LockedValue(State())
    }

    /// Starts a trace, replacing one with the same id.
    public func open(_ trace: Trace) {
        state.withLock { state in
            if state.traces.updateValue(trace, forKey: trace.id) == nil {
                state.order.append(trace.id)
                while state.order.count > capacity, let oldest = state.order.popFirst() {
                    state.traces[oldest] = nil
                }
            }
        }
    }

    /// Adds an entry to the trace `id`, if it is still kept.
    public func append(_ entry: Trace.Entry, to id: String) {
        state.withLock { state in
            guard state.traces[id] != nil, state.traces[id]!.entries.count < Self.maxEntries else { return }
            state.traces[id]!.entries.append(entry)
        }
    }

    public func trace(id: String) -> Trace? {
        state.withLock { $0.traces[id] }
    }

    /// The kept traces `include` picks, newest first.
    public func traces(where include: (Trace) -> Bool) -> [Trace] {
        state.withLock { state in state.order.reversed().compactMap { state.traces[$0] }.filter(include) }
    }

    /// Forgets the traces `remove` picks (a reset of everything, or of one account).
    public func removeAll(where remove: (Trace) -> Bool) {
        state.withLock { state in
            state.order.removeAll { id in
                guard let trace = state.traces[id], remove(trace) else { return false }
                state.traces[id] = nil
                return true
            }
        }
    }
}

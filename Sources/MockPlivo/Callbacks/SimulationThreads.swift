import Dispatch

/// Where simulations run when the caller cannot block: a concurrent dispatch queue, whose worker threads
/// belong to libdispatch and not to Swift concurrency's cooperative pool, so blocking them on network I/O
/// starves no task.
enum SimulationThreads {
    private static let queue = DispatchQueue(label: "MockPlivo.simulations", attributes: .concurrent)

    /// Runs `work` on a simulation thread and hands its result to `completion` on that thread.
    static func run<T: Sendable>(
        _ work: @escaping @Sendable () -> T, completion: @escaping @Sendable (T) -> Void
    ) {
        queue.async { completion(work()) }
    }

    /// Runs `work` on a simulation thread and suspends, without blocking, until it returns.
    static func value<T: Sendable>(of work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            run(work) { continuation.resume(returning: $0) }
        }
    }
}

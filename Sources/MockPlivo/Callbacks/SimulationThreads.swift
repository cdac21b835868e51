import DequeModule
import Dispatch
import HTTPServerKit
import PlivoSupport
import Primitives

/// Where simulations run when the caller cannot block: a small elastic pool of dedicated threads.
///
/// A simulation spends its life blocked on network I/O (up to three callback timeouts), so it must not run on
/// Swift concurrency's cooperative pool, and not on libdispatch's either: on Linux, libdispatch cannot see that
/// a worker is blocked on a semaphore and keeps its pool near the core count, so a few hung callback servers
/// would stall every other simulation (and anything else queued there). Threads are started on demand, up to
/// `maximumThreads`; beyond that work waits in FIFO order, and an idle thread exits at once.
final class SimulationThreads: Sendable {
    /// The pool the simulators use unless given another.
    static let shared = SimulationThreads(maximumThreads: 32)

    private struct State {
        var running = 0
        /// Waiting jobs, oldest first.
        var pending = Deque<@Sendable () -> Void>()
    }

    let maximumThreads: Int
    private let state = LockedValue(State())

    init(maximumThreads: Int) {
        self.maximumThreads = max(maximumThreads, 1)
    }

    /// Runs `work` on a pool thread and hands its result to `completion` on that thread.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T, completion: @escaping @Sendable (T) -> Void) {
        let job: @Sendable () -> Void = { completion(work()) }
        let startThread = state.withLock { state -> Bool in
            guard state.running < maximumThreads else {
                state.pending.append(job)
                return false
            }
            state.running += 1
            return true
        }
        guard startThread else { return }
        if !DetachedThread.start({ [self] in drain(startingWith: job) }) {
            // No thread to be had: run on libdispatch's pool rather than lose the work. It may wait there behind
            // other blocked work, but it will run, and the next job tries for a thread of its own again.
            DispatchQueue.global().async { [self] in drain(startingWith: job) }
        }
    }

    /// Runs throwing `work` on a pool thread and hands its result, value or error, to `completion` on that thread.
    func run<T: Sendable, Failure: Error>(
        catching work: @escaping @Sendable () throws(Failure) -> T,
        completion: @escaping @Sendable (Result<T, Failure>) -> Void
    ) {
        run({ Result(catching: work) }, completion: completion)
    }

    /// Runs throwing `work` on a pool thread and suspends, without blocking, until it returns or throws.
    func value<T: Sendable, Failure: Error>(
        catching work: @escaping @Sendable () throws(Failure) -> T
    ) async throws(Failure) -> T {
        try await value(of: { Result(catching: work) }).get()
    }

    /// Runs `work` on a pool thread and suspends, without blocking, until it returns.
    func value<T: Sendable>(of work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            run(work) { continuation.resume(returning: $0) }
        }
    }

    /// Runs `job`, then whatever is waiting, and gives the thread back when the queue is empty.
    private func drain(startingWith job: @escaping @Sendable () -> Void) {
        var next: (@Sendable () -> Void)? = job
        while let current = next {
            current()
            next = state.withLock { state in
                guard let job = state.pending.popFirst() else {
                    state.running -= 1
                    return nil
                }
                return job
            }
        }
    }
}

#if canImport(Glibc)
    import CLinuxShims
    import Glibc
#endif
import DequeModule
import Dispatch
import Primitives

/// A few dedicated threads for the calls the event loop must never make itself: getaddrinfo(3) and libcurl's
/// blocking `curl_easy_perform`. Started on demand up to `maximumThreads`, each exits as soon as nothing waits;
/// beyond the bound, jobs wait in FIFO order. A process that makes only numeric-address http callbacks starts none.
final class HelperThreads: Sendable {
    private struct State {
        var running = 0
        var pending = Deque<@Sendable () -> Void>()
    }

    /// The threads' name, as `top -H` and `/proc/PID/task/*/comm` show it (15 bytes at most).
    let name: String
    let maximumThreads: Int
    private let state = LockedValue(State())

    init(name: String, maximumThreads: Int) {
        self.name = String(name.prefix(15))
        self.maximumThreads = max(maximumThreads, 1)
    }

    /// Runs `job` on one of the threads, now if one is free or can be started, else after those queued before it.
    func run(_ job: @escaping @Sendable () -> Void) {
        let startThread = state.withLock { state -> Bool in
            guard state.running < maximumThreads else {
                state.pending.append(job)
                return false
            }
            state.running += 1
            return true
        }
        guard startThread else { return }
        let name = name
        let started = DetachedThread.start { [self] in
            _ = clinux_set_thread_name(pthread_self(), name)
            drain(startingWith: job)
        }
        if !started {
            // No thread to be had (the process is at its limit): libdispatch's pool rather than losing the job.
            DispatchQueue.global().async { [self] in drain(startingWith: job) }
        }
    }

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

#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Dispatch

/// Plain POSIX threads for the event loops: each loop owns its thread for its whole life, which Swift's
/// cooperative pool must never be asked to provide.
///
/// Threads are created detached and report their end through a `DispatchGroup`. `pthread_join` may be called
/// once per thread only: a second join (a repeated `stop()`, or `stop()` racing `waitUntilStopped()`) names a
/// thread whose identity glibc has already handed to a new thread, and waits for that one instead.
enum LoopThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Starts a detached thread running `run`; `finished` is entered now and left when `run` returns.
    static func spawn(name: String, finished: DispatchGroup, _ run: @escaping @Sendable () -> Void) throws(SocketError) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        finished.enter()
        var thread = pthread_t()
        let name = String(name.prefix(15))  // the kernel's limit for a thread name
        let context = Unmanaged.passRetained(Body {
            // Named from inside: a detached thread's handle may be stale by the time pthread_create returns.
            _ = clinux_set_thread_name(pthread_self(), name)
            run()
            finished.leave()
        }).toOpaque()
        let status = pthread_create(&thread, &attributes, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            body.run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            finished.leave()
            throw SocketError(call: "pthread_create", code: status)
        }
    }
}

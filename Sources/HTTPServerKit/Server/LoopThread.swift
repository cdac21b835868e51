#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// Plain POSIX threads for the event loops: each loop owns its thread for its whole life, which Swift's
/// cooperative pool must never be asked to provide.
enum LoopThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    static func spawn(name: String, _ run: @escaping @Sendable () -> Void) throws(SocketError) -> pthread_t {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Body(run)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
            body.run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            throw SocketError(call: "pthread_create", code: status)
        }
        _ = clinux_set_thread_name(thread, String(name.prefix(15)))
        return thread
    }

    /// Waits for `thread` to end; joining an already joined thread is a no-op here.
    static func join(_ thread: pthread_t) {
        _ = pthread_join(thread, nil)
    }
}

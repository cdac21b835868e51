#if canImport(Glibc)
    import Glibc
#endif

/// A detached POSIX thread for work that blocks: Foundation's `Thread` lives in full Foundation, which the
/// executable does not link (README, "Memory"), and the cooperative pool must never be asked to block.
package enum DetachedThread {
    private final class Body {
        package let run: () -> Void
        package init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Starts a thread running `run`. False when the system refuses one (`pthread_create` failed, usually
    /// `EAGAIN` at the process's thread limit); `run` is then never called.
    package static func start(_ run: @escaping @Sendable () -> Void) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Body(run)).toOpaque()
        let status = pthread_create(
            &thread, &attributes,
            { context in
                Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            return false
        }
        return true
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// One object per thread, behind a `pthread_key_t`: what an event loop keeps for itself between the requests of
/// one batch (the store's collected writes, the log's collected lines), so that code running on the loop finds it
/// without being told which thread it runs on.
///
/// Why not `@TaskLocal`: these belong to a thread, not to a task, and are read where no task exists. The object
/// lives until its thread ends; `threadDidEnd` then runs on that thread (say, to hand over what it still holds)
/// before the object is released.
package final class ThreadLocalReference<Object: AnyObject>: Sendable {
    private let key = ThreadLocalSlot.makeKey()
    private let threadDidEnd: @Sendable (Object) -> Void

    /// A key for objects of this kind; keep it for the life of the process (a key is never deleted).
    package init(threadDidEnd: @escaping @Sendable (Object) -> Void = { _ in }) {
        self.threadDidEnd = threadDidEnd
    }

    /// This thread's object, if it has one.
    package var current: Object? {
        guard let pointer = pthread_getspecific(key) else { return nil }
        let slot = Unmanaged<ThreadLocalSlot>.fromOpaque(pointer).takeUnretainedValue()
        return unsafeDowncast(slot.object, to: Object.self)
    }

    /// Gives this thread `make()`'s object, unless it has one already. Should the key's slot not take it (no memory
    /// for it), the thread goes on without: `current` stays nil, and its callers do their work at once, as on any
    /// thread that never installed one.
    package func install(_ make: () -> Object) {
        guard pthread_getspecific(key) == nil else { return }
        let object = make()
        let threadDidEnd = threadDidEnd
        let slot = Unmanaged.passRetained(ThreadLocalSlot(object: object, threadDidEnd: { threadDidEnd(object) }))
        if pthread_setspecific(key, slot.toOpaque()) != 0 { slot.release() }
    }
}

/// What a ``ThreadLocalReference``'s key holds for a thread: the object and what to do when the thread ends. Not
/// generic, because the key's destructor is a C function, and a C function cannot capture a generic parameter.
private final class ThreadLocalSlot {
    let object: AnyObject
    let threadDidEnd: () -> Void

    init(object: AnyObject, threadDidEnd: @escaping () -> Void) {
        self.object = object
        self.threadDidEnd = threadDidEnd
    }

    /// A new key whose destructor runs the slot's `threadDidEnd`, then releases it.
    static func makeKey() -> pthread_key_t {
        var key = pthread_key_t()
        let code = pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<ThreadLocalSlot>.fromOpaque(pointer).takeRetainedValue().threadDidEnd()
        }
        precondition(code == 0, "pthread_key_create failed: \(code)")
        return key
    }
}

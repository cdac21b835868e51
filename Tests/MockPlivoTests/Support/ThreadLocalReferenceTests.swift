import Dispatch
import Testing
import Primitives

/// The per-thread object under the store's collected writes and the log's collected lines: one per thread, the
/// first install kept, and the end-of-thread work run once the thread ends.
@Suite("Thread-local reference")
struct ThreadLocalReferenceTests {
    private final class Counter: Sendable {
        let id: Int
        init(id: Int) { self.id = id }
    }

    @Test("Each thread sees only its own object; a second install keeps the first; its end runs at thread exit")
    func perThread() throws {
        let ended = LockedValue<[Int]>([])
        let threadEnded = DispatchSemaphore(value: 0)
        // A key lives as long as the process (there are at most 1,024): this test makes one, once per run.
        let reference = ThreadLocalReference<Counter> { counter in
            ended.withLock { $0.append(counter.id) }
            threadEnded.signal()
        }
        let seen = LockedValue<[String]>([])
        let done = DispatchSemaphore(value: 0)
        for id in [1, 2] {
            let started = DetachedThread.start {
                let before = reference.current?.id
                reference.install { Counter(id: id) }
                reference.install { Counter(id: id * 10) }
                let after = reference.current?.id
                seen.withLock { $0.append("\(id): \(before.map(String.init) ?? "none") then \(after ?? 0)") }
                done.signal()
            }
            try #require(started)
            done.wait()
        }
        #expect(seen.withLock { $0 } == ["1: none then 1", "2: none then 2"])
        #expect(reference.current == nil)  // this thread never installed one
        // The end-of-thread work runs after the thread's body returns.
        for _ in 0..<2 { #expect(threadEnded.wait(timeout: .now() + .seconds(10)) == .success) }
        #expect(ended.withLock { $0.sorted() } == [1, 2])
    }
}

import Foundation
import Synchronization
import Testing
@testable import MockPlivo
@testable import PlivoSupport

extension CallbackTests {
    /// The pool simulations run on, and the timestamp format their parameters use.
    @Suite struct SimulationThreadsTests {
        @Test("Runs more jobs than threads and finishes them all")
        func runsMoreJobsThanThreadsAndFinishesThemAll() async {
            let pool = SimulationThreads(maximumThreads: 2)
            let results = await withTaskGroup(of: Int.self, returning: [Int].self) { group in
                for index in 0..<20 {
                    group.addTask { await pool.value { index * index } }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.sorted() == (0..<20).map { $0 * $0 })
        }

        /// Beyond its threads, work waits its turn: first queued, first run, across the backlog's compactions.
        @Test("Runs waiting jobs in the order they came")
        func runsWaitingJobsInTheOrderTheyCame() async {
            let pool = SimulationThreads(maximumThreads: 1)
            let gate = DispatchSemaphore(value: 0)
            let order = Mutex<[Int]>([])
            async let first: Void = pool.value { _ = gate.wait(timeout: .now() + 10) }
            // The one thread is now (or soon) held by `first`; these queue behind it.
            try? await Task.sleep(for: .milliseconds(50))
            for index in 0..<200 {
                pool.run({ order.withLock { $0.append(index) } }, completion: { _ in })
            }
            gate.signal()
            await first
            await pool.value { order.withLock { $0.append(200) } }   // queued last, so it runs last
            #expect(order.withLock { $0 } == Array(0...200))
        }

        /// Jobs may block, as simulations do: one waiting for another must not stall the pool while it has
        /// threads to spare.
        @Test("Lets a blocked job wait for another one")
        func letsABlockedJobWaitForAnotherOne() async {
            let pool = SimulationThreads(maximumThreads: 2)
            let released = DispatchSemaphore(value: 0)
            async let waiter: Bool = pool.value { released.wait(timeout: .now() + 10) == .success }
            let releaser: Bool = await pool.value {
                released.signal()
                return true
            }
            #expect(await waiter)
            #expect(releaser)
        }

        @Test("Formats timestamps as Plivo does in UTC")

        func formatsTimestampsAsPlivoDoesInUTC() {
            let date = Date(timeIntervalSince1970: 1_586_345_673.238_707)
            #expect(PlivoTimestamp.string(from: date) == "2020-04-08 11:34:33")
            #expect(PlivoTimestamp.string(from: date, microseconds: true).hasPrefix("2020-04-08 11:34:33.2387"))
        }
    }
}

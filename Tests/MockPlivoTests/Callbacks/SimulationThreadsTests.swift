import Foundation
import Synchronization
import Testing

@testable import MockPlivo

extension CallbackTests {
    /// The pool simulations run on, and the timestamp format their parameters use.
    @Suite struct SimulationThreadsTests {
        @Test func runsMoreJobsThanThreadsAndFinishesThemAll() async {
            let pool = SimulationThreads(maximumThreads: 2)
            let results = await withTaskGroup(of: Int.self, returning: [Int].self) { group in
                for index in 0..<20 {
                    group.addTask { await pool.value { index * index } }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.sorted() == (0..<20).map { $0 * $0 })
        }

        /// Jobs may block, as simulations do: one waiting for another must not stall the pool while it has
        /// threads to spare.
        @Test func letsABlockedJobWaitForAnotherOne() async {
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

        @Test func formatsTimestampsAsPlivoDoesInUTC() {
            let date = Date(timeIntervalSince1970: 1_586_345_673.238_707)
            #expect(PlivoTimestamp.string(from: date) == "2020-04-08 11:34:33")
            #expect(PlivoTimestamp.string(from: date, microseconds: true).hasPrefix("2020-04-08 11:34:33.2387"))
        }
    }
}

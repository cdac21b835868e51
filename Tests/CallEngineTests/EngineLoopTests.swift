import Primitives
import Testing
@testable import CallEngine

@Suite("Engine loop: simulated time and fairness")
struct EngineLoopTests {
    @Test("Jobs run when the clock reaches their time, each at its own simulated time")
    func runsAtSimulatedTime() {
        let harness = EngineHarness()
        defer { harness.engine.stop() }
        let seen = LockedValue<[Int64]>([])
        harness.engine.post(account: "A") { turn in
            seen.withLock { $0.append((turn.time - EngineHarness.origin).milliseconds) }
            turn.schedule(after: .seconds(5)) { turn in
                seen.withLock { $0.append((turn.time - EngineHarness.origin).milliseconds) }
                turn.schedule(after: .milliseconds(1500)) { turn in
                    seen.withLock { $0.append((turn.time - EngineHarness.origin).milliseconds) }
                }
            }
        }
        harness.engine.waitUntilIdle()
        #expect(seen.withLock { $0 } == [0])
        harness.advance(by: .seconds(4))
        #expect(seen.withLock { $0 } == [0])
        harness.advance(by: .seconds(1))
        #expect(seen.withLock { $0 } == [0, 5000])
        harness.advance(by: .seconds(10))
        #expect(seen.withLock { $0 } == [0, 5000, 6500])
        #expect(harness.engine.now == EngineHarness.origin + .seconds(15))
    }

    @Test("An account that floods the engine does not hold up another's work")
    func accountsTakeTurns() {
        let engine = EngineLoop(pace: ScaledPace(origin: EngineHarness.origin, timeScale: 0))
        let order = LockedValue<[String]>([])
        // The loop is held in a first job while the rest is posted, so both accounts' work is ready in one round.
        let (holding, gate) = (Doorbell(), Doorbell())
        engine.post(account: "gate") { _ in
            holding.ring()
            gate.wait(upTo: .seconds(10))
        }
        defer { engine.stop() }
        holding.wait(upTo: .seconds(10))
        for index in 0..<500 { engine.post(account: "flood") { _ in order.withLock { $0.append("flood\(index)") } } }
        engine.post(account: "quiet") { _ in order.withLock { $0.append("quiet") } }
        gate.ring()
        engine.waitUntilIdle()
        let position = order.withLock { $0.firstIndex(of: "quiet") }
        #expect(order.withLock { $0.count } == 501)
        #expect(position.map { $0 <= EngineLoop.batchPerAccount } == true, "quiet ran at \(position ?? -1)")
    }

    @Test("With time scale 0 everything runs at once, in order, and the present follows the last job")
    func timeScaleZero() {
        let engine = EngineLoop(pace: ScaledPace(origin: EngineHarness.origin, timeScale: 0))
        _ = engine.start()
        defer { engine.stop() }
        let times = LockedValue<[Int64]>([])
        engine.post(account: "A") { turn in
            turn.schedule(after: .seconds(3600)) { turn in times.withLock { $0.append((turn.time - EngineHarness.origin).microseconds) } }
            turn.schedule(after: .seconds(60)) { turn in times.withLock { $0.append((turn.time - EngineHarness.origin).microseconds) } }
        }
        #expect(engine.waitUntilIdle())
        #expect(times.withLock { $0 } == [60_000_000, 3_600_000_000])
        #expect(engine.now == EngineHarness.origin + .seconds(3600))
    }
}

import Testing
@testable import MockPlivo
@testable import PlivoSupport

@Suite("Application id sequence")
struct ApplicationIDSequenceTests {
    private static let second: UInt64 = 1_796_300_000

    @Test("A second's ten million ids are all different and all in that second; the next id borrows the next one")
    func aSecondIsAPermutation() {
        var sequence = ApplicationIDSequence(key: 0xDEC0_DE)
        let perSecond = Int(ApplicationIDSequence.perSecond)
        var seen = [UInt64](repeating: 0, count: perSecond / 64 + 1)
        var outside = 0, repeated = 0   // counted, not expected one by one: ten million #expects take minutes
        for _ in 0..<perSecond {
            let id = sequence.next(now: Self.second)
            guard id / UInt64(perSecond) == Self.second else { outside += 1; continue }
            let low = Int(id % UInt64(perSecond))
            if seen[low / 64] & 1 << (low % 64) != 0 { repeated += 1 }
            seen[low / 64] |= 1 << (low % 64)
        }
        #expect(outside == 0 && repeated == 0)
        #expect(sequence.next(now: Self.second) / UInt64(perSecond) == Self.second + 1)
    }

    @Test("Neighbouring ids do not count up: a thousand from one second are out of order, by steps that hardly repeat")
    func idsDoNotLookSequential() {
        var sequence = ApplicationIDSequence(key: 42)
        let ids = (0..<1_000).map { _ in sequence.next(now: Self.second) }
        #expect(ids != ids.sorted())
        // Steps between neighbours spread over the second's range, rather than repeating one stride.
        let steps = Set(zip(ids, ids.dropFirst()).map { Int64(bitPattern: $1 &- $0) })
        #expect(steps.count > 990)
        #expect(ids.allSatisfy { String($0).count == 17 })
    }

    @Test("Ids follow the clock forward, never back, and a clock before 2001 still gives 17 digits")
    func followsTheClockForwardOnly() {
        var sequence = ApplicationIDSequence(key: 7)
        let perSecond = UInt64(ApplicationIDSequence.perSecond)
        #expect(sequence.next(now: Self.second) / perSecond == Self.second)
        #expect(sequence.next(now: Self.second + 5) / perSecond == Self.second + 5)
        #expect(sequence.next(now: Self.second) / perSecond == Self.second + 5)

        var early = ApplicationIDSequence(key: 7)
        #expect(String(early.next(now: 12)).count == 17)
    }

    @Test("Two keys shuffle the same second differently")
    func keysDiffer() {
        var first = ApplicationIDSequence(key: 1)
        var second = ApplicationIDSequence(key: 2)
        let a = (0..<100).map { _ in first.next(now: Self.second) }
        let b = (0..<100).map { _ in second.next(now: Self.second) }
        #expect(a != b)
    }
}

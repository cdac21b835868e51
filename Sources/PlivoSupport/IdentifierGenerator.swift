import FoundationEssentials
import Primitives
import Synchronization

/// Makes every identifier the mock hands out: app ids, endpoint ids, `SA…` auth ids, tokens, username suffixes,
/// password salts and version-1 UUIDs for `api_id`.
///
/// Random from the system generator by default. Given a seed, it runs SplitMix64 and a synthetic UUID clock, so
/// the same seed and the same sequence of requests give the same identifiers (`--seed N`).
package final class IdentifierGenerator: Sendable {
    private struct State: RandomNumberGenerator {
        package var random: SeedableRandom
        package var applicationIDs = ApplicationIDSequence(key: 0)

        package mutating func next() -> UInt64 { random.next() }
    }

    private static let upperAlphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    /// Offset between the UUID epoch (1582-10-15) and the Unix epoch, in 100-ns ticks (RFC 9562 §5.1).
    private static let gregorianOffset: UInt64 = 0x01B2_1DD2_1381_4000
    /// Where a seeded clock starts: 2025-01-01T00:00:00Z, so seeded api_ids and app_ids still look recent.
    private static let seededUnixSeconds: UInt64 = 1_735_689_600
    private static let seededEpoch: UInt64 = seededUnixSeconds * 10_000_000 + gregorianOffset

    private let state: LockedValue<State>
    package let isSeeded: Bool
    /// 100-ns ticks since 1582-10-15, the UUID v1 clock; kept strictly increasing so ids never repeat. An atomic
    /// rather than part of `state`: every response draws an api_id, and two loops took turns on that lock.
    private let lastUUIDTime: Atomic<UInt64>
    private let clockSequence: UInt16
    private let node: UInt64

    package init(seed: UInt64? = nil) {
        var initial = State(random: SeedableRandom(seeded: seed.map(SplitMix64.init(seed:))))
        clockSequence = UInt16.random(in: 0...0x3FFF, using: &initial)
        // A random node with the multicast bit set, so it can never collide with a real MAC (RFC 9562 §6.10).
        node = UInt64.random(in: 0...0xFFFF_FFFF_FFFF, using: &initial) | 0x0100_0000_0000
        initial.applicationIDs = ApplicationIDSequence(key: initial.next())
        lastUUIDTime = Atomic(seed == nil ? 0 : IdentifierGenerator.seededEpoch)
        state = LockedValue(initial)
        isSeeded = seed != nil
    }

    /// 17 digits, first one 1–9, like every app_id in Plivo's captures: the Unix second, then seven shuffled
    /// digits (``ApplicationIDSequence``). Seeded runs stay in a synthetic second, so the ids repeat run to run.
    package func makeApplicationID() -> String {
        let now = isSeeded ? IdentifierGenerator.seededUnixSeconds : UInt64(max(0, Date().timeIntervalSince1970))
        return String(state.withLock { $0.applicationIDs.next(now: now) })
    }

    /// 14 digits, first one 1–9, like `"32866729519064"`.
    package func makeEndpointID() -> String {
        String(state.withLock { UInt64.random(in: 10_000_000_000_000...99_999_999_999_999, using: &$0) })
    }

    /// 17 digits, first one 1–9: an incoming carrier's id (Plivo documents it as a numeric string).
    package func makeCarrierID() -> String {
        String(state.withLock { UInt64.random(in: 10_000_000_000_000_000...99_999_999_999_999_999, using: &$0) })
    }

    /// `SA` + 18 upper-case letters/digits: the form the SDKs validate.
    package func makeSubaccountAuthID() -> String {
        "SA" + makeString(length: 18, from: IdentifierGenerator.upperAlphanumerics)
    }

    /// `MA` + 18 upper-case letters/digits, for a generated demo main account.
    package func makeMainAccountAuthID() -> String {
        "MA" + makeString(length: 18, from: IdentifierGenerator.upperAlphanumerics)
    }

    /// 40 letters and digits, the length of Plivo's auth tokens.
    package func makeAuthToken() -> String {
        makeString(length: 40, from: IdentifierGenerator.alphanumerics)
    }

    package func makeSalt(byteCount: Int = 16) -> [UInt8] {
        state.withLock { rng in (0..<byteCount).map { _ in UInt8.random(in: 0...255, using: &rng) } }
    }

    /// A version-1 (time-based) UUID string such as `874df593-5049-11eb-8445-0242ac110003`, as Plivo's api_ids.
    package func makeUUID() -> String {
        let now = isSeeded ? 0 : UInt64(Date().timeIntervalSince1970 * 10_000_000) + IdentifierGenerator.gregorianOffset
        let time = nextUUIDTime(now: now)
        let timeLow = UInt64(UInt32(truncatingIfNeeded: time))
        let timeMid = UInt64(UInt16(truncatingIfNeeded: time >> 32))
        let timeHighAndVersion = UInt64(UInt16(truncatingIfNeeded: time >> 48) & 0x0FFF | 0x1000)
        let clockSequenceAndVariant = UInt64(clockSequence & 0x3FFF | 0x8000)
        // Formatted straight into the string's storage: this runs for every response (each has a fresh api_id).
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            func write(_ value: UInt64, digits: Int) {
                if position > 0 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                    buffer[position] = Self.hexDigit(UInt8(truncatingIfNeeded: value >> UInt64(shift) & 0xF))
                    position += 1
                }
            }
            write(timeLow, digits: 8)
            write(timeMid, digits: 4)
            write(timeHighAndVersion, digits: 4)
            write(clockSequenceAndVariant, digits: 4)
            write(node, digits: 12)
            return position
        }
    }

    /// A version-4 (random) UUID such as `5b40a428-bfc7-4daf-9d06-726c558bf3b8`, as Plivo's message and call
    /// UUIDs; drawn from the seeded generator, so a seeded run repeats them.
    package func makeRandomUUID() -> String {
        let (high, low) = state.withLock { ($0.next(), $0.next()) }
        let versioned = high & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000
        let variant = low & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        let hex = { (value: UInt64, digits: Int) -> String in
            let text = String(value, radix: 16)
            return String(repeating: "0", count: digits - text.count) + text
        }
        return hex(versioned >> 32, 8) + "-" + hex(versioned >> 16 & 0xFFFF, 4) + "-" + hex(versioned & 0xFFFF, 4) + "-"
            + hex(variant >> 48, 4) + "-" + hex(variant & 0xFFFF_FFFF_FFFF, 12)
    }

    /// The UUID clock's next tick: `now`, or one past the last tick handed out if that is later. Seeded runs pass
    /// 0 and so advance a synthetic clock; real runs follow the wall clock but never go backwards.
    private func nextUUIDTime(now: UInt64) -> UInt64 {
        var last = lastUUIDTime.load(ordering: .relaxed)
        while true {
            let next = max(now, last + 1)
            let (exchanged, current) = lastUUIDTime.compareExchange(expected: last, desired: next, ordering: .relaxed)
            if exchanged { return next }
            last = current
        }
    }

    private func makeString(length: Int, from alphabet: [UInt8]) -> String {
        let bytes = state.withLock { rng in
            (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-case hex for 0...15; arithmetic, as a `static let` table costs a `swift_once` call per digit on Linux.
    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
    }

}

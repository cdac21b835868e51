/// SplitMix64 (Steele, Lea & Flood, 2014): a tiny, fast, well-mixed generator, used when `--seed` asks for
/// reproducible identifiers. Not cryptographic; unseeded runs use the system generator instead.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The finaliser: every input bit moves about half the output bits. Also a keyed hash where one is needed.
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A keyed bijection on `0..<domain`: a balanced Feistel network on the smallest even number of bits that covers
/// the domain, with cycle-walking to stay inside it (Black & Rogaway, "Ciphers with Arbitrary Finite Domains").
///
/// The inventory takes the images of 0, 1, 2, ... as a block's subscriber numbers: they are distinct by
/// construction (no rejection of duplicates, no set), look scattered rather than consecutive, and depend only on
/// the key.
struct FeistelPermutation {
    private let domain: UInt64
    private let halfBits: UInt64
    private let halfMask: UInt64
    private let roundKeys: [UInt64]

    /// - Precondition: `1 <= domain <= 2^62`.
    init(domain: UInt64, key: UInt64) {
        precondition(domain >= 1 && domain <= 1 << 62, "domain out of range")
        var bits: UInt64 = 2
        while (1 << bits) < domain { bits += 2 }
        self.domain = domain
        self.halfBits = bits / 2
        self.halfMask = (1 << (bits / 2)) - 1
        self.roundKeys = (0..<4).map { StableHash.mix(key &+ UInt64($0) &* 0x632b_e59b_d9b4_e019) }
    }

    /// The image of `value`, itself below `domain`.
    /// - Precondition: `value < domain`.
    func apply(_ value: UInt64) -> UInt64 {
        precondition(value < domain, "value outside the domain")
        var result = encrypt(value)
        // Cycle-walking: each step is a bijection on the full power of two, and the domain covers at least a
        // quarter of it, so a value below `domain` comes back in a few steps on average.
        while result >= domain { result = encrypt(result) }
        return result
    }

    private func encrypt(_ value: UInt64) -> UInt64 {
        var left = value >> halfBits
        var right = value & halfMask
        for key in roundKeys {
            (left, right) = (right, left ^ (StableHash.mix(right ^ key) & halfMask))
        }
        return (left << halfBits) | right
    }
}

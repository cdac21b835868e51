/// Hashes and mixers whose output is the same on every run, machine and Swift version, which `Hasher` is not
/// (it is seeded per process). Every derived value in the catalog goes through these.
enum StableHash {
    /// 64-bit FNV-1a over the UTF-8 bytes (http://www.isthe.com/chongo/tech/comp/fnv/).
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The SplitMix64 finalizer (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", 2014):
    /// a bijection on 64 bits that spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

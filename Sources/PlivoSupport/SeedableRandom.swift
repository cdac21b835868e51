/// SplitMix64 when `--seed` asks for reproducible runs, the kernel's CSPRNG (``BufferedSystemRandom``) otherwise:
/// the one switch between them, for the identifier generator and the fault rules' probability draws.
package struct SeedableRandom: RandomNumberGenerator {
    private var seeded: SplitMix64?
    private var system = BufferedSystemRandom()

    package init(seeded: SplitMix64?) {
        self.seeded = seeded
    }

    package mutating func next() -> UInt64 {
        if seeded != nil { return seeded!.next() }
        return system.next()
    }
}

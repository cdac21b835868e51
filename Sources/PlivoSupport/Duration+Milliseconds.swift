extension Duration {
    /// Milliseconds at microsecond resolution, as the access log and the journal report request times.
    package var milliseconds: Double {
        Double(components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000) / 1000
    }
}

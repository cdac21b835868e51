/// The state of the test control plane besides the database: the request journal, the fault rules, the snapshot
/// directory, and who the configured main account is (the one allowed the calls that touch everyone).
struct ControlPlane: Sendable {
    let mainAccountID: String
    let journal: RequestJournal
    let faults: FaultRules
    let snapshots: SnapshotDirectory

    init(configuration: Configuration) {
        mainAccountID = configuration.authID
        journal = RequestJournal(capacity: configuration.journalSize)
        faults = FaultRules(seed: configuration.seed)
        snapshots = SnapshotDirectory(path: configuration.snapshotDirectory ?? SnapshotDirectory.makeTemporaryPath())
    }
}

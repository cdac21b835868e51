/// The state of the test control plane besides the database: the request journal, the fault rules, the records of
/// simulated calls and messages, the snapshot directory, and who the configured main account is (the one allowed the calls that touch everyone).
struct ControlPlane: Sendable {
    let mainAccountID: String
    let journal: RequestJournal
    let faults: FaultRules
    let snapshots: SnapshotDirectory
    let simulations: SimulationLog

    init(configuration: Configuration) {
        mainAccountID = configuration.authID
        journal = RequestJournal(capacity: configuration.journalSize)
        faults = FaultRules(seed: configuration.seed)
        simulations = SimulationLog(capacity: configuration.simulationLogSize)
        snapshots = SnapshotDirectory(path: configuration.snapshotDirectory ?? SnapshotDirectory.makeTemporaryPath())
    }
}

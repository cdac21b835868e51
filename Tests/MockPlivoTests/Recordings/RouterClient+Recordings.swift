import Testing
@testable import CallEngine
@testable import MockPlivo
@testable import PlivoSupport

extension RouterClient {
    /// 2025-01-01T00:00:00Z: where a seeded client's engine clock starts (``Configuration/seededClockEpoch``).
    static let clockOrigin = SimulatedTime(secondsSince1970: Configuration.seededClockEpoch)

    /// Hands the store a finished recording as the engine does (`.recordingCompleted`, through the engine's store
    /// port, in a transaction of its own), ending `endedAt` after ``clockOrigin`` and lasting `seconds`.
    @discardableResult
    func storeRecording(
        _ id: String, callUUID: String = "c0ffee00-0000-4000-8000-000000000001", subaccountID: String? = nil,
        kind: RecordingRecord.Kind = .call, format: RecordingRecord.Format = .mp3, conferenceName: String? = nil,
        endedAt: SimulatedDuration = .zero, seconds: Double = 7.56, from: String? = "14155550100",
        to: String? = "14155550199"
    ) -> RecordingRecord {
        let end = Self.clockOrigin + endedAt
        let recording = RecordingRecord(
            recordingID: id, accountID: Self.mainAuthID, subaccountID: subaccountID, callUUID: callUUID,
            conferenceName: conferenceName, kind: kind, format: format,
            startedAt: end + SimulatedDuration(microseconds: -Int64((seconds * 1_000_000).rounded())), endedAt: end,
            from: from, to: to)
        application.engine.store.apply([.recordingCompleted(recording)])
        return recording
    }
}

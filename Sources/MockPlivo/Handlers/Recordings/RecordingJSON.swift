import CallEngine
import PlivoCatalog
import PlivoStore
import PlivoSupport

/// The Recording object as Plivo returns it (plivo-python's `recordingGetResponse.json` and
/// `recordingListFromFilterResponse.json`): keys in alphabetical order, the same keys for call and conference
/// recordings, times and durations as Plivo prints them, storage worked out at `now` (`docs/recordings.md`).
enum RecordingJSON {
    /// One recording; `apiID` only for `GET …/Recording/{id}/`, as the list's objects have none.
    static func write(
        _ recording: StoredRecording, authID: String, apiID: String?, url: String, now: SimulatedTime,
        into json: inout JSONWriter
    ) {
        let startMS = milliseconds(recording.startTime)
        let endMS = milliseconds(recording.endTime)
        let rounded = RecordingStorage.roundedSeconds(microseconds: recording.duration)
        let monthly = RecordingStorage.monthlyAmount(
            rate: recording.storageRate, roundedSeconds: rounded, addedAt: recording.addTime, now: now.microseconds)
        json.object { object in
            object.member("add_time", SimulatedTime(microseconds: recording.addTime).plivoTextWithZone)
            if let apiID { object.member("api_id", apiID) }
            object.member("call_uuid", recording.callUUID)
            // Plivo's captures show "" for a call recording (its docs say null; the SDKs read either).
            object.member("conference_name", recording.conferenceName ?? "")
            object.member("from_number", caller(recording.from))
            object.member("monthly_recording_storage_amount", number(monthly))
            object.member("recording_duration_ms", decimals(endMS - startMS))
            object.member("recording_end_ms", decimals(endMS))
            object.member("recording_format", recording.format)
            object.member("recording_id", recording.recordingID)
            object.member("recording_start_ms", decimals(startMS))
            object.member(
                "recording_storage_duration",
                RecordingStorage.storageDays(addedAt: recording.addTime, now: now.microseconds))
            object.member("recording_storage_rate", number(recording.storageRate))
            object.member("recording_type", recording.kind)
            object.member("recording_url", url)
            object.member("resource_uri", "/v1/Account/\(authID)/Recording/\(recording.recordingID)/")
            object.member("rounded_recording_duration", rounded)
            object.member("to_number", recording.to)
        }
    }

    /// Whole milliseconds since the epoch, rounded down: Plivo's are whole, and a duration printed as the
    /// difference of the two printed ends always agrees with them.
    private static func milliseconds(_ microseconds: Int64) -> Int64 {
        microseconds >= 0 ? microseconds / 1_000 : (microseconds - 999) / 1_000
    }

    /// `"7560.00000"`: Plivo prints milliseconds with five decimals.
    private static func decimals(_ milliseconds: Int64) -> String {
        "\(milliseconds).00000"
    }

    /// The storage figures are JSON numbers in every capture (`0.0004`), unlike the Call object's amounts. A
    /// Money's units over 100,000 prints its shortest form, so 40 units is 0.0004, as captured.
    private static func number(_ amount: Money) -> Double {
        Double(amount.units) / Double(Money.unitsPerDollar)
    }

    /// As for CDRs: Plivo prints the caller with `+` (`"+919768368717"`) and the callee as it was dialled.
    private static func caller(_ from: String) -> String {
        from.first?.isNumber == true ? "+" + from : from
    }
}

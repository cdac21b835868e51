/// The simulated durations the engine gives what it cannot measure (`docs/calls.md`, "Time"). One value, so a
/// test or a future flag can change them together.
public struct CallTiming: Sendable, Equatable {
    /// From the API request to the callee's phone ringing.
    public var dialling: SimulatedDuration = .seconds(1)
    /// Speech: 150 words a minute, and at least a second for any `<Speak>`.
    public var perSpokenWord: SimulatedDuration = .milliseconds(400)
    public var shortestSpeech: SimulatedDuration = .seconds(1)
    /// One key of `<DTMF>` or `send_digits`; `w` waits half a second and `W` a second, as Plivo documents.
    public var perTone: SimulatedDuration = .milliseconds(500)
    /// A `<Play>` whose file was fetched but whose length cannot be read from it.
    public var unknownAudioLength: SimulatedDuration = .seconds(5)
    /// The beep before listening (`playBeep`) or recording.
    public var beep: SimulatedDuration = .milliseconds(500)
    /// GetInput's `digitEndTimeout` and `speechEndTimeout` when they are `auto`.
    public var automaticEndTimeout: SimulatedDuration = .seconds(2)
    /// What GetInput reports as `BilledAmount` for speech: cents per started increment (Plivo bills speech
    /// recognition in 15 s increments; the mock reports the charge and does not debit it).
    public var speechRecognitionCentsPerIncrement = 2
    public var speechRecognitionIncrement: SimulatedDuration = .seconds(15)

    public init() {}

    /// How long `text` takes to say once.
    public func speech(_ text: String) -> SimulatedDuration {
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        return max(shortestSpeech, perSpokenWord * Int64(words))
    }

    /// What a transcription costs a minute, reported in its callback (Plivo's published $0.05), not debited.
    public var transcriptionCentsPerMinute = 5

    /// The `transcriptionUrl` request of `recording`: snake_case, as Plivo sends it. The mock cannot hear the
    /// silent file it made, so the text says so.
    func transcription(of recording: RecordingRecord) -> [String: String] {
        let minutes = max(1, (recording.duration.secondsRoundedUp + 59) / 60)
        let cents = Int(minutes) * transcriptionCentsPerMinute
        return [
            "transcription": "(MockPlivo: a simulated recording of \(recording.duration.secondsRoundedUp) s has no words)",
            "transcription_charge": Self.dollars(cents: cents),
            "transcription_rate": Self.dollars(cents: transcriptionCentsPerMinute),
            "duration": String(recording.duration.secondsRoundedUp),
            "call_uuid": recording.callUUID,
            "recording_id": recording.recordingID,
            "error": "",
        ]
    }

    /// Cents as dollars with five decimals, as Plivo prints amounts.
    static func dollars(cents: Int) -> String {
        let text = String(cents)
        let padded = String(repeating: "0", count: max(0, 3 - text.count)) + text
        return "\(padded.dropLast(2)).\(padded.suffix(2))000"
    }

    /// `BilledAmount` for `spoken` of speech, in dollars with five decimals: cents per started increment.
    public func speechRecognitionCharge(for spoken: SimulatedDuration) -> String {
        let increment = speechRecognitionIncrement.microseconds
        let increments = max(1, (spoken.microseconds + increment - 1) / increment)
        return Self.dollars(cents: Int(increments) * speechRecognitionCentsPerIncrement)
    }

    /// How long `digits` take to send: keys, and `w`/`W` pauses.
    public func tones(_ digits: String) -> SimulatedDuration {
        digits.reduce(SimulatedDuration.zero) { total, key in
            switch key {
            case "w": total + .milliseconds(500)
            case "W": total + .seconds(1)
            default: total + perTone
            }
        }
    }
}

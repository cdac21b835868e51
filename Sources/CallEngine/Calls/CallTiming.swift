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

    public init() {}

    /// How long `text` takes to say once.
    public func speech(_ text: String) -> SimulatedDuration {
        let words = text.split(whereSeparator: { $0.isWhitespace }).count
        return max(shortestSpeech, perSpokenWord * Int64(words))
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

/// What a handset does with a call: how it answers a call to it (after ringing a while, or busy, or not at all),
/// how long it stays once the call is up, and (interactive calls) what it keys in.
public struct VoiceBehaviour: Sendable, Equatable {
    public enum Answer: String, Sendable, CaseIterable {
        /// Picks up after ``ringFor``.
        case answer
        /// Busy at once (`USER_BUSY`, 3010).
        case busy
        /// Rings until the caller gives up (the ring timeout: 6010).
        case noAnswer = "no-answer"
        /// Declines after ``ringFor`` (`CALL_REJECTED`, 3020).
        case reject
        /// The network cannot reach it (`NETWORK_OUT_OF_ORDER`, 5000).
        case fail
        /// An answering machine picks up after ``ringFor``: `Machine=true` where machine detection asks.
        case machine
    }

    public var answer: Answer
    /// How long it rings before it answers, rejects or (machine) picks up.
    public var ringFor: SimulatedDuration
    /// How long after answering it hangs up by itself; nil to stay until the other side ends the call.
    public var hangupAfter: SimulatedDuration?
    /// Keys it presses when a GetDigits (or GetInput) waits: one entry per attempt, in order, each
    /// ``digitsAfter`` after the attempt's prompts start; an empty entry presses nothing that time.
    public var digits: [String]
    /// How long after a prompt starts it presses its keys or starts speaking.
    public var digitsAfter: SimulatedDuration
    /// What it says when a GetInput listens for speech: one entry per attempt, as ``digits``. Speech wins over
    /// keys where a GetInput takes both.
    public var speech: [String]
    /// The `SpeechConfidenceScore` its speech is recognised with.
    public var speechConfidence: Double
    /// How long it talks when a `<Record>` records it (a voicemail): then it falls silent, and the recording
    /// ends after Record's silence `timeout`, unless it presses ``recordFinishKey``.
    public var recordTalk: SimulatedDuration
    /// The key it presses once it has said its piece, ending a recording at once; nil to stay silent.
    public var recordFinishKey: Character?

    public init(
        answer: Answer = .answer, ringFor: SimulatedDuration = .seconds(3), hangupAfter: SimulatedDuration? = nil,
        digits: [String] = [], digitsAfter: SimulatedDuration = .seconds(2), speech: [String] = [],
        speechConfidence: Double = 0.9, recordTalk: SimulatedDuration = .seconds(5), recordFinishKey: Character? = nil
    ) {
        self.answer = answer
        self.ringFor = ringFor
        self.hangupAfter = hangupAfter
        self.digits = digits
        self.digitsAfter = digitsAfter
        self.speech = speech
        self.speechConfidence = speechConfidence
        self.recordTalk = recordTalk
        self.recordFinishKey = recordFinishKey
    }
}

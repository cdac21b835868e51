/// `POST …/Call/{call_uuid}/Speak/`: text spoken on an answered call, over whatever its XML is doing
/// (`docs/calls.md`, "Live call control").
public struct LiveSpeak: Sendable, Equatable {
    public var text: String
    /// `WOMAN`, `MAN` or `Polly.<Name>`.
    public var voice: String
    public var language: String
    public var legs: CallLegs
    /// Speaks the text again and again until a stop or the end of the call.
    public var loop: Bool
    /// Only traced: the mock has no audio to mix with.
    public var mix: Bool

    public init(text: String, voice: String, language: String, legs: CallLegs, loop: Bool, mix: Bool) {
        self.text = text
        self.voice = voice
        self.language = language
        self.legs = legs
        self.loop = loop
        self.mix = mix
    }
}

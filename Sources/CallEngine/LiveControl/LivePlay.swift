/// `POST …/Call/{call_uuid}/Play/`: audio files played on an answered call, over whatever its XML is doing
/// (`docs/calls.md`, "Live call control").
public struct LivePlay: Sendable, Equatable {
    /// Played one after another.
    public var urls: [String]
    /// The most it plays (`length`). Without it a play lasts its files' length, or, looping, until stopped.
    public var length: SimulatedDuration?
    public var legs: CallLegs
    /// Plays the files again and again until `length`, a stop or the end of the call.
    public var loop: Bool
    /// Mixed with the call's audio rather than replacing it: the mock has no audio, so it is only traced.
    public var mix: Bool

    public init(urls: [String], length: SimulatedDuration?, legs: CallLegs, loop: Bool, mix: Bool) {
        self.urls = urls
        self.length = length
        self.legs = legs
        self.loop = loop
        self.mix = mix
    }
}

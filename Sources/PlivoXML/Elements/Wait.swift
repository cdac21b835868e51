/// `<Wait>`: pauses the call, or waits for silence or a voicemail beep.
public struct Wait: VerbElement {
    public static let name = "Wait"

    /// Seconds to wait. Default 1.
    public var length: Int
    /// End early once `minSilence` of silence is heard. Default false.
    public var silence: Bool
    /// Milliseconds of silence that end the wait when `silence` is true. Default 2000.
    public var minSilence: Int
    /// End early on a voicemail beep; nil when beep detection is off (the default).
    public var beep: BeepDetection?

    init(reading element: inout ElementReader) {
        length = element.integer("length", in: 1...Int.max, default: 1)
        silence = element.boolean("silence", default: false)
        // Node's builder also accepts the snake_case spelling.
        let camel = element.integer("minSilence", in: 1...Int.max)
        let snake = element.integer("min_silence", in: 1...Int.max)
        if camel != nil, snake != nil {
            element.report(.conflictingAttributes, "give minSilence or min_silence, not both",
                           attribute: element.element.attribute("min_silence"))
        }
        minSilence = camel ?? snake ?? 2000
        beep = BeepDetection.read("beep", from: &element)
        element.refuseContent()
    }

    var verb: PlivoVerb { .wait(self) }
}

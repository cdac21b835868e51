/// `<Play>`: plays an audio file (mp3 or wav) fetched from a URL.
public struct Play: VerbElement {
    public static let name = "Play"

    /// Absolute http(s) URL of the file. The extension is not checked: files are often served by an app.
    public var url: String
    /// Times to play; 0 repeats until the call ends or a key interrupts a prompt. Default 1.
    public var loop: Int

    init(reading element: inout ElementReader) {
        loop = element.integer("loop", in: 0...Int.max, default: 1)
        url = element.requiredURLText()
    }

    var verb: PlivoVerb { .play(self) }
}

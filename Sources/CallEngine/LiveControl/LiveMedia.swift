/// What the live-call API has started on a call and not yet ended: at most one play and one speech (a new one
/// replaces the old, as a new `<Play>` would), and any number of recordings. Lives on ``Call``, engine thread only.
struct LiveMedia {
    /// The two kinds of sound the API plays, one slot each.
    enum Sound: String {
        case play
        case speak
    }

    /// A sound playing: which request started it (a later length lookup for a replaced play must not end the
    /// new one), when, and the timer of its natural end, if it has one yet.
    struct Playing {
        let id: Int
        let startedAt: SimulatedTime
        var end: EngineTimer?
    }

    struct Recording {
        let recording: LiveRecording
        let startedAt: SimulatedTime
        let timeLimit: EngineTimer
    }

    private var sounds: [Sound: Playing] = [:]
    var recordings: [Recording] = []
    private var lastID = 0

    var isEmpty: Bool { sounds.isEmpty && recordings.isEmpty }

    subscript(sound: Sound) -> Playing? {
        get { sounds[sound] }
        set { sounds[sound] = newValue }
    }

    /// A fresh id for a sound about to start.
    mutating func nextID() -> Int {
        lastID += 1
        return lastID
    }

    /// The sounds playing, in a fixed order (for ending them all at once).
    var playing: [Sound] { [Sound.play, .speak].filter { sounds[$0] != nil } }
}

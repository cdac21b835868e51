import CallEngine

/// The bars that run from one trace entry to a later one: a Dial until it ended, a GetDigits' prompts until it
/// listened (or a key interrupted them) and its listening until the input, a recording until it ended, a live
/// play until it ended or was stopped. The later entry stays an instant of its own (``CallTimeline/mark(of:)``),
/// so the drawing still has one item per entry.
extension CallTimeline {
    struct Span {
        var lane: Lane
        var tone: Tone
        var label: String
        /// Whether a later entry ends the bar; the call's end always does.
        var endedBy: (Trace.Entry) -> Bool
        /// The bar's note when it is still running at the end of the axis.
        var running: String
        /// A length known from the start (tones sent by the API): the bar ends then at the latest.
        var planned: SimulatedDuration?
        var recording: RecordingReference?
        /// A Dial: the bar links to the B leg its `Dial answered` names.
        var bridges = false
    }

    /// `GetDigits` for `GetDigits prompts`, and so on: the name the input session traces its steps under.
    static func inputElement(_ event: String) -> String? {
        ["GetDigits", "GetInput"].first { event.hasPrefix("\($0) ") }
    }

    static func span(of entry: Trace.Entry) -> Span? {
        func detail(_ name: String) -> String? { entry.details.first { $0.0 == name }?.1 }
        let event = entry.event
        if let name = inputElement(event) {
            // Either phase ends at the input, at giving up, or when the next attempt starts.
            let outcomes = ["input", "no input", "timed out", "invalid key", "prompts"].map { "\(name) \($0)" }
            if event == "\(name) prompts" {
                let ends = outcomes + ["\(name) listening", "prompts interrupted"]
                let attempt = detail("attempt").map { " (\($0))" } ?? ""
                return Span(lane: .caller, tone: .prompt, label: "\(name) prompts\(attempt)",
                            endedBy: { ends.contains($0.event) }, running: "still prompting now")
            }
            if event == "\(name) listening" {
                return Span(lane: .caller, tone: .listen, label: "listening", endedBy: { outcomes.contains($0.event) },
                            running: "still listening now")
            }
            return nil
        }
        switch event {
        case "Dial":
            let targets = detail("targets").map { " \($0)" } ?? ""
            return Span(lane: .xml, tone: .dial, label: "Dial\(targets)", endedBy: { $0.event == "Dial ended" },
                        running: "still dialling or bridged now", bridges: true)
        case "Record started", "live recording started":
            let ending = event == "Record started" ? "Record ended" : "live recording ended"
            let id = detail("recording_id") ?? ""
            let format = detail("format") ?? detail("file_format") ?? "mp3"
            return Span(
                lane: .audio, tone: .record, label: event == "Record started" ? "Record" : "live recording",
                endedBy: { $0.event == ending && $0.details.contains { $0 == ("recording_id", id) } },
                running: "still recording now", recording: RecordingReference(id: id, format: format))
        case "live play started", "live speak started":
            let sound = event == "live play started" ? "play" : "speak"
            let ends = ["live \(sound) ended", "live \(sound) stopped"]
            return Span(lane: .audio, tone: sound == "play" ? .play : .speak, label: "live \(sound)",
                        endedBy: { ends.contains($0.event) }, running: "still playing now")
        case "digits sent":
            let planned = detail("seconds").flatMap(Double.init).map(SimulatedDuration.init(seconds:))
            return Span(lane: .audio, tone: .dtmf, label: "digits sent \(detail("digits") ?? "")", endedBy: { _ in false },
                        running: "still sending now", planned: planned)
        default:
            return nil
        }
    }

    /// The bar for `span`: from its entry to the first later entry that ends it, the call's end, or now.
    static func bar(
        _ entry: Trace.Entry, _ span: Span, start: SimulatedDuration, later: ArraySlice<Trace.Entry>,
        _ origin: SimulatedTime, _ stop: SimulatedDuration, isOpen: Bool
    ) -> Item {
        let closing = later.firstIndex { span.endedBy($0) || $0.event == "ended" }
        var end = closing.map { later[$0].time - origin } ?? stop
        var note = closing == nil && isOpen ? span.running : nil
        if let planned = span.planned, start + planned < end {
            end = start + planned
            note = nil
        }
        var leg: String?
        if span.bridges {
            let during = later[..<(closing ?? later.endIndex)]
            leg = during.first { $0.event == "Dial answered" }?.details.first { $0.0 == "b_leg" }?.1
        }
        return Item(
            lane: span.lane, tone: span.tone, start: start, end: max(end, start), event: entry.event, label: span.label,
            details: entry.details, note: note, recording: span.recording, leg: leg)
    }
}

import CallEngine

/// A call's trace laid out on its own time axis, in simulated seconds from its first entry: what
/// ``CallTimelineView`` draws. Every trace entry becomes exactly one item, so the drawing leaves nothing out:
///
/// - the call's phases (`queued`, `ringing`, `answered`) become bars that last until the next phase or the end;
/// - verbs that take time (Speak, Play, Wait, DTMF) become bars as long as the trace says they last (`seconds`
///   times `loop`, or `length`), cut where the next step of the XML began or the call ended;
/// - what runs from one entry to a later one (a Dial, a GetDigits' prompts and listening, a recording, a live
///   play) becomes a bar between the two (``CallTimeline/Span``), and the later entry an instant of its own;
/// - requests to the user's server, keys pressed, input submitted, and every other step, are instants.
///
/// Pure: built from a ``Trace`` and the clock's present, so it is tested without a page.
struct CallTimeline: Sendable {
    /// The horizontal bands of the drawing, top to bottom.
    enum Lane: CaseIterable, Sendable {
        /// Phases, the end, and what the API or machine detection did to the call.
        case call
        /// Documents fetched and the verbs they ran, a Dial's bridge among them.
        case xml
        /// What a GetDigits or GetInput asked and heard: prompts, listening, keys and speech, the input.
        case caller
        /// Recordings, and sounds the live-call API played over the XML.
        case audio
        /// Requests to the user's server.
        case server

        var title: String {
            switch self {
            case .call: "call"
            case .xml: "XML"
            case .caller: "caller input"
            case .audio: "recordings, live audio"
            case .server: "your server"
            }
        }

        /// Drawn even with nothing in them, so every timeline has the same frame; the others only when used.
        var isAlwaysShown: Bool { self == .call || self == .xml || self == .server }
    }

    /// What an item is, which picks its colour.
    enum Tone: String, Sendable {
        case queued, ringing, progress, ended
        case speak, play, wait, dtmf, dial, record, prompt, listen
        case step, ok, failed, key, input
    }

    struct Item: Sendable {
        var lane: Lane
        var tone: Tone
        /// From the axis origin.
        var start: SimulatedDuration
        /// Bars only: where the bar ends. Nil for an instant.
        var end: SimulatedDuration?
        /// The trace entry's event: `queued`, `Speak`, `callback answer`.
        var event: String
        /// What the drawing writes on the item: `queued`, `Speak`, `answer 200`.
        var label: String
        /// The trace entry's details, as the trace has them.
        var details: [(String, String)]
        /// Why a bar is shorter than the trace planned, or that it lasted until the end.
        var note: String?
        /// Instants only: how far down the lane it sits, so that close instants do not cover each other.
        var level = 0
        var exchange: CallbackExchange?
        /// The recording a bar stands for, whose file the page plays when the store has it.
        var recording: RecordingReference?
        /// The call an item leads to: the B leg a Dial bridged.
        var leg: String?

        var isBar: Bool { end != nil }
    }

    /// The time of the first entry.
    var origin: SimulatedTime
    /// How long the axis is: to the end of the call, or to now for a call that has not ended. At least a second,
    /// so that a call refused at once still has a scale.
    var length: SimulatedDuration
    /// The items, in time order (the trace's order among equal times).
    var items: [Item]
    /// The call has no `ended` entry yet: its last phase runs to now.
    var isOpen: Bool

    /// A recording named by the trace: its id and format (`mp3`, `wav`).
    struct RecordingReference: Sendable, Equatable {
        var id: String
        var format: String
    }

    /// The lanes drawn, top to bottom.
    var lanes: [Lane]

    /// Levels an instant may be pushed down to; beyond them, instants share the least crowded one.
    static let maxLevel = 4
    /// Levels bars that overlap in a lane may take (a recording under a live play); beyond them, they share.
    static let maxBarLevel = 1
    /// The share of the axis (in hundredths) a character of an instant's label is taken to cover, for stacking:
    /// the axis is about 60em wide and a character about half an em.
    static let characterWidth = 0.9

    private static let phases: [String: (Tone, String)] = [
        "queued": (.queued, "queued"), "ringing": (.ringing, "ringing"), "answered": (.progress, "in progress"),
    ]
    private static let verbs: [String: Tone] = ["Speak": .speak, "Play": .play, "Wait": .wait, "DTMF": .dtmf]

    /// Lays out `trace`; `now` is where a call that has not ended stops for now.
    init(trace: Trace, now: SimulatedTime) {
        // The trace is in the order entries were recorded; a callback's entry is recorded when its answer comes,
        // with the time it was made, so order by time (stable) before drawing.
        let entries = trace.entries.enumerated()
            .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
        let origin = entries.first?.time ?? now
        let endedAt = entries.first { $0.event == "ended" }?.time
        isOpen = endedAt == nil
        let last = endedAt ?? max(now, entries.last?.time ?? now)
        self.origin = origin
        length = max(last - origin, .seconds(1))
        let stop = last - origin

        var items: [Item] = []
        for (index, entry) in entries.enumerated() {
            let start = entry.time - origin
            let later = entries[(index + 1)...]
            if let exchange = entry.exchange {
                items.append(Item(
                    lane: .server, tone: exchange.succeeded ? .ok : .failed, start: start, end: nil, event: entry.event,
                    label: "\(exchange.callback.kind) \(exchange.status.map(String.init) ?? "error")",
                    details: entry.details, exchange: exchange))
            } else if let (tone, label) = Self.phases[entry.event] {
                let next = later.first { Self.phases[$0.event] != nil || $0.event == "ended" }
                let end = next.map { $0.time - origin } ?? stop
                items.append(Item(
                    lane: .call, tone: tone, start: start, end: end, event: entry.event, label: label, details: entry.details,
                    note: next == nil && isOpen ? "still \(label) now" : nil))
            } else if let tone = Self.verbs[entry.event] {
                items.append(Self.verb(entry, tone: tone, start: start, later: later, origin, stop))
            } else if let span = Self.span(of: entry) {
                items.append(Self.bar(entry, span, start: start, later: later, origin, stop, isOpen: isOpen))
            } else {
                let mark = Self.mark(of: entry)
                items.append(Item(
                    lane: mark.lane, tone: mark.tone, start: start, end: nil, event: entry.event, label: mark.label,
                    details: entry.details, leg: mark.leg))
            }
        }
        self.items = items
        lanes = Lane.allCases.filter { lane in lane.isAlwaysShown || items.contains { $0.lane == lane } }
        stackBars()
        stackInstants()
    }

    /// Events about the call as a whole rather than its XML.
    static func isCallEvent(_ event: String) -> Bool {
        event == "ended" || event.hasSuffix("by the API") || event.hasPrefix("machine detection")
    }

    /// A verb's bar: its planned length from the trace (`seconds` × `loop`, or `length`; `loop` 0 runs until the
    /// call ends), cut where the next XML step began (a transfer, a redirect) or the call ended.
    private static func verb(
        _ entry: Trace.Entry, tone: Tone, start: SimulatedDuration, later: ArraySlice<Trace.Entry>,
        _ origin: SimulatedTime, _ stop: SimulatedDuration
    ) -> Item {
        func detail(_ name: String) -> String? { entry.details.first { $0.0 == name }?.1 }
        let once = (detail("seconds") ?? detail("length")).flatMap(Double.init).map(SimulatedDuration.init(seconds:))
        let loop = detail("loop").flatMap(Int64.init) ?? 1
        // An asynchronous DTMF plays while the next verb runs: only the end of the call cuts it.
        let overlaps = tone == .dtmf && detail("async") == "true"
        // A key that interrupts a GetDigits' prompts stops the prompt playing.
        let next = overlaps ? nil : later.first {
            $0.time > entry.time && (lane(of: $0) == .xml || $0.event == "prompts interrupted")
        }
        let limit = min(next.map { $0.time - origin } ?? stop, stop)
        let planned = loop == 0 ? nil : once.map { $0 * loop }
        var end = planned.map { min(start + $0, limit) } ?? limit
        end = max(end, start)
        var note: String?
        if loop == 0 {
            note = "loop=0: until the call ended or the XML moved on"
        } else if let planned, end - start < planned {
            note = "cut after \((end - start).secondsText) s of \(planned.secondsText) s"
        }
        var label = entry.event
        if loop > 1 { label += " ×\(loop)" }
        return Item(
            lane: .xml, tone: tone, start: start, end: end, event: entry.event, label: label, details: entry.details,
            note: note)
    }

    static func lane(of entry: Trace.Entry) -> Lane {
        if entry.exchange != nil { return .server }
        if phases[entry.event] != nil { return .call }
        if verbs[entry.event] != nil { return .xml }
        return span(of: entry)?.lane ?? mark(of: entry).lane
    }

    /// Gives each bar the first level of its lane that is free at its start: bars that overlap (an asynchronous
    /// DTMF under the next verb, a recording under a live play) sit one under the other instead of covering.
    private mutating func stackBars() {
        var reach: [Lane: [SimulatedDuration]] = [:]
        for index in items.indices {
            guard let end = items[index].end else { continue }
            let lane = items[index].lane
            let start = items[index].start
            var ends = reach[lane] ?? Array(repeating: SimulatedDuration(microseconds: .min), count: Self.maxBarLevel + 1)
            let level = (0...Self.maxBarLevel).first { ends[$0] <= start }
                ?? (0...Self.maxBarLevel).min { ends[$0] < ends[$1] } ?? 0
            ends[level] = end
            reach[lane] = ends
            items[index].level = level
        }
    }

    /// Gives each instant the first level of its lane where it does not run into the previous instant's label.
    /// Lanes with bars keep the levels their bars use.
    private mutating func stackInstants() {
        var reach: [Lane: [Double]] = [:]
        var barLevels: [Lane: Int] = [:]
        for item in items where item.isBar { barLevels[item.lane] = max(barLevels[item.lane] ?? 0, item.level + 1) }
        for index in items.indices where !items[index].isBar {
            let lane = items[index].lane
            let first = min(barLevels[lane] ?? 0, Self.maxLevel)
            let at = position(items[index].start)
            let width = Double(items[index].label.count + 2) * Self.characterWidth
            var ends = reach[lane] ?? Array(repeating: -Double.infinity, count: Self.maxLevel + 1)
            let level = (first...Self.maxLevel).first { ends[$0] <= at }
                ?? (first...Self.maxLevel).min { ends[$0] < ends[$1] } ?? first
            ends[level] = at + width
            reach[lane] = ends
            items[index].level = level
        }
    }

    /// Where `offset` falls on the axis, in hundredths of its length.
    func position(_ offset: SimulatedDuration) -> Double {
        guard length.microseconds > 0 else { return 0 }
        return min(100, max(0, Double(offset.microseconds) * 100 / Double(length.microseconds)))
    }

    /// Round seconds for the axis's ticks: the smallest step of 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min…
    /// that leaves at most eight intervals.
    var ticks: [SimulatedDuration] {
        let steps: [Int64] = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400]
        let seconds = Double(length.microseconds) / 1_000_000
        let step = steps.first { seconds / Double($0) <= 8 } ?? 86_400
        return stride(from: Int64(0), through: Int64(seconds), by: Int64.Stride(step)).map { SimulatedDuration.seconds($0) }
    }
}

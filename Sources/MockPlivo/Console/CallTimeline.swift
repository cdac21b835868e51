import CallEngine

/// A call's trace laid out on its own time axis, in simulated seconds from its first entry: what
/// ``CallTimelineView`` draws. Every trace entry becomes exactly one item, so the drawing leaves nothing out:
///
/// - the call's phases (`queued`, `ringing`, `answered`) become bars that last until the next phase or the end;
/// - verbs that take time (Speak, Play, Wait, DTMF) become bars as long as the trace says they last (`seconds`
///   times `loop`, or `length`), cut where the next step of the XML began or the call ended;
/// - requests to the user's server, and every other step, are instants.
///
/// Pure: built from a ``Trace`` and the clock's present, so it is tested without a page.
struct CallTimeline: Sendable {
    /// The horizontal bands of the drawing, top to bottom.
    enum Lane: Int, CaseIterable, Sendable {
        /// Phases, the end, and what the API or machine detection did to the call.
        case call = 1
        /// Documents fetched and the verbs they ran.
        case xml = 2
        /// Requests to the user's server.
        case server = 3

        var title: String {
            switch self {
            case .call: "call"
            case .xml: "XML"
            case .server: "your server"
            }
        }
    }

    /// What an item is, which picks its colour.
    enum Tone: String, Sendable {
        case queued, ringing, progress, ended
        case speak, play, wait, dtmf
        case step, ok, failed
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

    /// Levels an instant may be pushed down to; beyond them, instants share the least crowded one.
    static let maxLevel = 3
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
            if let exchange = entry.exchange {
                items.append(Item(
                    lane: .server, tone: exchange.succeeded ? .ok : .failed, start: start, end: nil, event: entry.event,
                    label: "\(exchange.callback.kind) \(exchange.status.map(String.init) ?? "error")",
                    details: entry.details, exchange: exchange))
            } else if let (tone, label) = Self.phases[entry.event] {
                let next = entries[(index + 1)...].first { Self.phases[$0.event] != nil || $0.event == "ended" }
                let end = next.map { $0.time - origin } ?? stop
                items.append(Item(
                    lane: .call, tone: tone, start: start, end: end, event: entry.event, label: label, details: entry.details,
                    note: next == nil && isOpen ? "still \(label) now" : nil))
            } else if let tone = Self.verbs[entry.event] {
                items.append(Self.verb(entry, tone: tone, start: start, later: entries[(index + 1)...], origin, stop))
            } else {
                let lane: Lane = Self.isCallEvent(entry.event) ? .call : .xml
                items.append(Item(
                    lane: lane, tone: entry.event == "ended" ? .ended : .step, start: start, end: nil,
                    event: entry.event, label: entry.event, details: entry.details))
            }
        }
        self.items = items
        stackInstants()
    }

    /// Events about the call as a whole rather than its XML.
    private static func isCallEvent(_ event: String) -> Bool {
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
        let next = overlaps ? nil : later.first { $0.time > entry.time && lane(of: $0) == .xml }
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

    private static func lane(of entry: Trace.Entry) -> Lane {
        if entry.exchange != nil { return .server }
        if phases[entry.event] != nil || isCallEvent(entry.event) { return .call }
        return .xml
    }

    /// Gives each instant the first level of its lane where it does not run into the previous instant's label.
    /// Lanes with bars keep their first level for the bars.
    private mutating func stackInstants() {
        var reach: [Lane: [Double]] = [:]
        for index in items.indices where !items[index].isBar {
            let lane = items[index].lane
            let first = lane == .server ? 0 : 1
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

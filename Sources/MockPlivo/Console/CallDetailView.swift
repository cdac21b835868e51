import CallEngine
import PlivoStore

/// One call: its CDR as `GET …/Call/{call_uuid}/` returns it (or, while it runs, the live call's state) and how
/// the call ended, the calls it is tied to by a Dial (``CallRelationsView``), then its timeline
/// (``CallTimelineView``) and, folded away, the trace as a table, and its recordings with a player each.
struct CallDetailView {
    enum State {
        case live(LiveCall)
        case ended(StoredCall)
    }

    var state: State
    /// Nil once the trace book has let it go.
    var trace: Trace?
    /// The engine's clock, where a live call's timeline stops.
    var now: SimulatedTime
    var authID: String
    /// The call's recordings the store holds, oldest first.
    var recordings: [StoredRecording] = []
    /// A recording's `recording_url`, as the API gives it.
    var recordingURL: (StoredRecording) -> String = { _ in "" }
    var relations = CallRelationsView(parentCallUUID: nil, legs: [])

    var callUUID: String {
        switch state {
        case .live(let call): call.callUUID
        case .ended(let call): call.callUUID
        }
    }

    func page() -> HTMLPage {
        let api = "/v1/Account/\(authID)/Call/\(callUUID)/"
        let summary: HTML
        switch state {
        case .live(let call):
            var fields = APIObjectView.fields { json in CallJSON.write(call, apiID: "", into: &json) }
            fields.append(("answer_time", call.answeredAt?.plivoText ?? "not answered"))
            summary = """
                \(APIObjectView.definitionList(fields))
                <p class="hint">The same data as <code>GET \(api)?status=\(call.status == .queued ? "queued" : "live")</code>; \
                the record comes when the call ends.</p>
                """
        case .ended(let call):
            var fields = APIObjectView.fields { json in CallJSON.write(call, authID: authID, apiID: "", into: &json) }
            fields += [
                ("call_status", call.status), ("hangup_cause_name", call.hangupCauseName),
                ("hangup_cause_code", String(call.hangupCauseCode)), ("hangup_source", call.hangupSource),
            ]
            summary = """
                \(APIObjectView.definitionList(fields))
                <p class="hint">The same data as <code>GET \(api)</code>, with the status and hangup cause the \
                hangup request carried.</p>
                """
        }
        let timeline: HTML
        if let trace, !trace.entries.isEmpty {
            timeline = """
                \(CallTimelineView(timeline: CallTimeline(trace: trace, now: now), recordingPaths: recordingPaths).render())
                <details><summary>The trace as a table</summary>
                <p class="hint">The same data as <code>GET /__mock/Account/\(authID)/Trace/\(callUUID)/</code>.</p>
                \(TraceView.table(trace.entries))</details>
                """
        } else if case .live = state {
            // The engine shows a call as live in the same turn it writes the first entry: a page can fall between.
            timeline = "<p>Nothing recorded yet; reload to follow the call.</p>"
        } else {
            timeline = "<p>This call's trace is no longer kept: the mock keeps those of the most recent calls only.</p>"
        }
        let stored: HTML = recordings.isEmpty ? .empty : """
            <h2>Recordings</h2>
            \(RecordingPlayerView.section(recordings, url: recordingURL, authID: authID, callUUID: callUUID))
            """
        let content: HTML = """
            \(summary)
            \(relations.isEmpty ? .empty : relations.render())
            <h2>Timeline</h2>
            \(timeline)
            \(stored)
            <p><a href="\(ConsoleSection.calls.path)">Back to the calls</a></p>
            """
        return HTMLPage(title: "Call \(callUUID)", accountID: authID, section: .calls, content: content)
    }

    private var recordingPaths: [String: String] {
        Dictionary(recordings.map { ($0.recordingID, RecordingPlayerView.path(of: $0)) }) { first, _ in first }
    }
}

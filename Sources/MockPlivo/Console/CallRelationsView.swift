import CallEngine
import PlivoStore

/// How a call is tied to others: the call that made it (a Dial's A leg, or the API's `parent_call_uuid`) and
/// the B legs its Dials rang, each linking to its own page. A B leg that lost the race or was not answered
/// never shows in the A leg's trace, so the legs come from the calls themselves (live calls, then CDRs with
/// this `parent_call_uuid`).
struct CallRelationsView {
    struct Leg {
        var callUUID: String
        var to: String
        var status: String
    }

    var parentCallUUID: String?
    var legs: [Leg]

    var isEmpty: Bool { parentCallUUID == nil && legs.isEmpty }

    func render() -> HTML {
        var parts: [HTML] = []
        if let parent = parentCallUUID {
            parts.append("""
                <p id="parent-call">Made by call \
                <a href="\(ConsoleHandlers.callPath(parent))" data-leg="\(parent)"><code>\(parent)</code></a> \
                <span class="hint">(its <code>parent_call_uuid</code>: for a B leg, the A leg whose Dial rang it)</span></p>
                """)
        }
        if !legs.isEmpty {
            let rows = legs.map { leg -> HTML in
                """
                <tr id="leg-\(leg.callUUID)"><td><a href="\(ConsoleHandlers.callPath(leg.callUUID))" \
                data-leg="\(leg.callUUID)"><code>\(leg.callUUID)</code></a></td><td>\(leg.to)</td>\
                <td data-field="call_status">\(leg.status)</td></tr>

                """
            }
            parts.append("""
                <p>Calls this one dialled (its B legs), the live ones first.</p>
                <table id="legs"><thead><tr><th>call_uuid</th><th>to</th><th>status</th></tr></thead>
                <tbody>
                \(rows)</tbody></table>
                """)
        }
        return "<h2>Related calls</h2>\n\(parts)"
    }
}

extension CallRelationsView.Leg {
    init(_ call: LiveCall) {
        self.init(callUUID: call.callUUID, to: call.to, status: call.status.rawValue)
    }

    init(_ call: StoredCall) {
        self.init(callUUID: call.callUUID, to: call.to, status: call.status)
    }
}

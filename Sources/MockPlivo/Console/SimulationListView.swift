/// The simulation page: a form for a simulated inbound call, one for a simulated inbound SMS, and the records of
/// the simulation log (newest first), each linking to what every callback got.
struct SimulationListView: Sendable {
    /// An application the forms offer.
    struct Choice: Sendable, Equatable {
        var appID: String
        var appName: String
    }

    var records: [SimulationRecord]
    var applications: [Choice]
    var call: SimulationFormValues
    var message: SimulationFormValues
    /// The message of the 400 or 404 the API would have answered, when the last post was refused.
    var error: String?
    var authID: String

    func page() -> HTMLPage {
        let base = ConsoleSection.simulations.path
        let content: HTML = """
            <section class="card" id="simulate-call"><h2>Simulate inbound call</h2>
            <form class="fields" method="post" action="\(base)call/">
            \(applicationRow("call", call.appID))\(textRow("call", "from", call.from))\(textRow("call", "to", call.to))\
            \(textRow("call", "duration", call.duration, hint: "seconds; blank for the default"))
            <span></span><span class="actions"><button type="submit" id="run-call">Simulate call</button></span>
            </form></section>
            <section class="card" id="simulate-message"><h2>Simulate inbound SMS</h2>
            <form class="fields" method="post" action="\(base)message/">
            \(applicationRow("message", message.appID))\(textRow("message", "from", message.from))\
            \(textRow("message", "to", message.to))\(textRow("message", "text", message.text))
            <span></span><span class="actions"><button type="submit" id="run-message">Simulate SMS</button></span>
            </form></section>
            <h2>Recent simulations</h2>
            <p>\(records.count) record\(records.count == 1 ? "" : "s"), newest first.
            <span class="hint">The same data as <code>GET /__mock/Account/\(authID)/Simulations/</code>.</span></p>
            \(records.isEmpty ? "<p>No simulation yet.</p>" : table)
            """
        return HTMLPage(title: "Simulations", accountID: authID, section: .simulations, error: error, content: content)
    }

    private var table: HTML {
        let rows = records.map { record -> HTML in
            let statuses = record.callbacks.map { "\($0.kind.rawValue) \(SimulationDetailView.status(of: $0))" }
            return """
                <tr id="simulation-\(record.id)"><td><a href="\(ConsoleHandlers.simulationPath(record.id))">\(record.id)</a></td>\
                <td>\(record.kind.rawValue)</td><td><code>\(record.applicationID)</code></td>\
                <td data-field="outcome">\(record.outcome.rawValue)</td><td>\(statuses.joined(separator: ", "))</td>\
                <td>\(PlivoTimestamp.string(from: record.startedAt, microseconds: false))</td></tr>

                """
        }
        return """
            <table><thead><tr><th>id</th><th>kind</th><th>app_id</th><th>outcome</th><th>callbacks</th>\
            <th>started_at</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            """
    }

    private func applicationRow(_ form: String, _ selected: String) -> HTML {
        var choices = applications
        // An id that is not among the account's applications (only by editing the request) stays visible, so the
        // "not found" next to it makes sense.
        if !selected.isEmpty && !choices.contains(where: { $0.appID == selected }) {
            choices.append(Choice(appID: selected, appName: "?"))
        }
        let options = choices.map { choice -> HTML in
            let mark: HTML = choice.appID == selected ? " selected" : ""
            return "<option value=\"\(choice.appID)\"\(mark)>\(choice.appName) (\(choice.appID))</option>"
        }
        let id = "\(form)-app_id"
        return """
            <label for="\(id)">application</label><span><select id="\(id)" name="app_id">\(options)</select></span>

            """
    }

    private func textRow(_ form: String, _ name: String, _ value: String, hint: String = "") -> HTML {
        let id = "\(form)-\(name)"
        let hintHTML: HTML = hint.isEmpty ? .empty : " <span class=\"hint\">\(hint)</span>"
        return """
            <label for="\(id)">\(name)</label><span><input type="text" id="\(id)" name="\(name)" value="\(value)" size="32">\(hintHTML)</span>

            """
    }
}

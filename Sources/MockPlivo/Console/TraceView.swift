import CallEngine
import PlivoSupport

/// What happened to a message (and, with the call engine, a call): each step at its simulated time, and every
/// request made to the account's servers with what came back. Field names are the trace API's
/// (`GET /__mock/Account/{auth_id}/Trace/{id}/`), read back from its own JSON writer.
struct TraceView {
    var trace: Trace
    var object: [(String, String)]
    var authID: String
    var section: ConsoleSection

    func page() -> HTMLPage {
        let content: HTML = """
            \(APIObjectView.definitionList(object))
            <h2>What happened</h2>
            \(Self.table(trace.entries))
            <p><a href="\(section.path)">Back to the list</a></p>
            """
        return HTMLPage(title: "\(trace.kind.rawValue.capitalized) \(trace.id)", accountID: authID, section: section,
                        content: content)
    }

    /// The entries as a table, in the order recorded; each request's row opens on what was sent and returned.
    static func table(_ entries: [Trace.Entry]) -> HTML {
        let steps = entries.enumerated().map { index, entry -> HTML in
            let details = entry.details.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
            guard let exchange = entry.exchange else {
                return "<tr><td>\(entry.time.plivoText)</td><td>\(entry.event)</td><td>\(details)</td></tr>"
            }
            return """
                <tr id="step-\(index + 1)"><td>\(entry.time.plivoText)</td><td>\(entry.event)</td>
                <td><details><summary>\(CallbackExchangeView.summary(exchange))</summary>
                \(CallbackExchangeView.details(exchange))</details></td></tr>
                """
        }
        return """
            <table><thead><tr><th>simulated time (UTC)</th><th>event</th><th>details</th></tr></thead>
            <tbody>\(steps)</tbody></table>
            """
    }
}

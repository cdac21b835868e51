import PlivoSupport

/// One simulation record: how it ended and, for every callback in order, what was sent (method, URL, parameters,
/// headers with the signatures) and what came back. Field names are the simulation API's, read back from its own
/// JSON writer (``SimulationJSON``), so the page and `GET /__mock/…/Simulations/{id}/` cannot disagree.
struct SimulationDetailView {
    var record: SimulationRecord
    var authID: String

    func page() -> HTMLPage {
        let summary = APIObjectView.fields { json in
            SimulationJSON.write(record, authID: authID, apiID: nil, into: &json)
        }.filter { $0.0 != "callbacks" && $0.0 != "hangup_cause" }
        let cause = record.hangupCause.map {
            "\($0.name) (\(String($0.code)), \($0.telephonyCause), source \($0.source))"
        }
        let callbacks = record.callbacks.enumerated().map { index, attempt in card(attempt, number: index + 1) }
        let timeline: HTML = record.callUUID.map { uuid in
            "<p><a id=\"call-timeline\" href=\"\(ConsoleHandlers.callPath(uuid))\">The call's record and timeline</a></p>"
        } ?? .empty
        let content: HTML = """
            \(APIObjectView.definitionList(summary + [("hangup_cause", cause ?? "none")]))
            \(timeline)
            <h2>Callbacks</h2>
            \(callbacks.isEmpty ? "<p>No callback was made.</p>" : HTML.empty)\(callbacks)
            <p><a href="\(ConsoleSection.simulations.path)">Back to the simulations</a></p>
            """
        return HTMLPage(
            title: "Simulated \(record.kind.rawValue) \(record.id)", accountID: authID, section: .simulations,
            content: content)
    }

    /// The status code, or the transport error when no response arrived.
    static func status(of attempt: CallbackAttempt) -> String {
        attempt.responseStatus.map(String.init) ?? "error: \(attempt.error ?? "no response")"
    }

    private func card(_ attempt: CallbackAttempt, number: Int) -> HTML {
        let fields = APIObjectView.fields { json in SimulationJSON.write(attempt, into: &json) }
            .filter { !["params", "request_headers", "response_body"].contains($0.0) }
        let parameters = attempt.parameters.sortedByCodePoint.map { ($0.0, $0.1) }
        let headers = attempt.requestHeaders.map { ($0.name, $0.value) }
        let cut = attempt.responseBodyTruncated ? "\n… (cut)" : ""
        let body: HTML =
            attempt.responseBody.isEmpty
            ? "<p class=\"hint\">Empty response body.</p>"
            : "<pre data-field=\"response_body\">\(attempt.responseBody)\(cut)</pre>"
        return """
            <section class="card" id="callback-\(number)">
            <h2>\(number). \(attempt.kind.rawValue) <small>\(attempt.method) \(attempt.url)</small> → \
            <span data-field="status">\(Self.status(of: attempt))</span></h2>
            \(APIObjectView.definitionList(fields))
            <details open><summary>Parameters sent</summary>\(APIObjectView.definitionList(parameters))</details>
            <details><summary>Request headers</summary>\(APIObjectView.definitionList(headers))</details>
            <h3>Response body</h3>
            \(body)
            </section>

            """
    }
}

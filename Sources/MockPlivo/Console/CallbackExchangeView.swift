import CallEngine

/// A request made to the user's server and what came back, as a trace keeps it: the trace API's fields
/// (`GET /__mock/Account/{auth_id}/Trace/{id}/`, read back from ``TraceJSON``), the parameters sent, the signed
/// headers, and an excerpt of the response body. Shared by the message and call pages.
enum CallbackExchangeView {
    /// `POST https://example.com/answer → 200`, or the transport error when no response arrived.
    static func summary(_ exchange: CallbackExchange) -> String {
        "\(exchange.callback.method) \(exchange.requestURL) → \(status(exchange))"
    }

    static func status(_ exchange: CallbackExchange) -> String {
        exchange.status.map(String.init) ?? "error: \(exchange.error ?? "no response")"
    }

    static func details(_ exchange: CallbackExchange) -> HTML {
        let fields = APIObjectView.fields { json in TraceJSON.write(exchange, into: &json) }
            .filter { !["parameters", "request_headers", "response_body"].contains($0.0) }
        let parameters = exchange.callback.parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let headers = exchange.requestHeaders.map { ($0.name, $0.value) }
        let excerpt = String(decoding: exchange.body.prefix(TraceJSON.bodyExcerptBytes), as: UTF8.self)
        let cut = exchange.bodyTruncated || exchange.body.count > TraceJSON.bodyExcerptBytes
        let body: HTML =
            exchange.body.isEmpty
            ? "<p class=\"hint\">Empty response body.</p>"
            : "<pre data-field=\"response_body\">\(excerpt)\(cut ? "\n… (cut)" : "")</pre>"
        return """
            \(APIObjectView.definitionList(fields))
            <h4>Parameters sent</h4>\(APIObjectView.definitionList(parameters))
            <details><summary>Request headers</summary>\(APIObjectView.definitionList(headers))</details>
            <h4>Response body</h4>\(body)
            """
    }
}

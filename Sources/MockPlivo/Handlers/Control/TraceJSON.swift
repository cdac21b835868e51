import CallEngine
import PlivoSupport

/// A message's or call's trace as the control API returns it: `{"id", "kind", "entries": [{"time", "event",
/// "details", "callback"?}]}`, times as Plivo prints them (simulated, UTC).
enum TraceJSON {
    /// Response bytes kept per callback in the JSON; the trace keeps up to the transport's bound.
    static let bodyExcerptBytes = 2048

    static func write(_ trace: Trace, apiID: String?, into json: inout JSONWriter) {
        json.object { object in
            if let apiID { object.member("api_id", apiID) }
            object.key("entries")
            object.array { entries in
                for entry in trace.entries {
                    entries.object { item in
                        if let exchange = entry.exchange {
                            item.key("callback")
                            write(exchange, into: &item)
                        }
                        item.key("details")
                        item.object { details in for (name, value) in entry.details { details.member(name, value) } }
                        item.member("event", entry.event)
                        item.member("time", entry.time.plivoText)
                    }
                }
            }
            object.member("id", trace.id)
            object.member("kind", trace.kind.rawValue)
        }
    }

    static func write(_ exchange: CallbackExchange, into json: inout JSONWriter) {
        json.object { object in
            object.member("duration_ms", exchange.durationMilliseconds)
            object.member("error", exchange.error)
            object.member("kind", exchange.callback.kind)
            object.member("method", exchange.callback.method)
            object.key("parameters")
            object.object { parameters in
                for (name, value) in exchange.callback.parameters.sorted(by: { $0.key < $1.key }) {
                    parameters.member(name, value)
                }
            }
            object.key("request_headers")
            object.object { headers in for header in exchange.requestHeaders { headers.member(header.name, header.value) } }
            object.member("response_body", String(decoding: exchange.body.prefix(bodyExcerptBytes), as: UTF8.self))
            object.member("response_body_truncated", exchange.bodyTruncated || exchange.body.count > bodyExcerptBytes)
            object.member("response_content_type", exchange.contentType)
            object.key("status")
            if let status = exchange.status { object.value(status) } else { object.value(nil as String?) }
            object.member("url", exchange.requestURL)
        }
    }
}

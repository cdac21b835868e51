import CallEngine
import OutboundHTTP
import Primitives

/// The engine's callback port: signs each request as Plivo does (`CallbackSender`) and hands it to the
/// non-blocking client under the account's pool, so one account's slow or dead server only ever holds its own
/// connections and queue. No thread waits on a callback.
struct EngineCallbackPort: CallbackPort {
    let sender: CallbackSender
    /// The client, or why none could start (no thread, no epoll): then every callback reports that.
    var client: Result<OutboundHTTPClient, CallbackTransportError> = Self.sharedClient
    /// Each exchange's bound, queue wait included; the blocking simulators use the same 5 s.
    var timeout: Duration = .seconds(5)
    /// The hosts callbacks may go to (`--outbound-hosts`); others fail at once, as an unreachable server would.
    var hosts = OutboundHostPolicy.any

    /// The engines' client, one per process (pools keep accounts apart), started on first use. Its queue bound
    /// is larger than the default because the engine, unlike one simulated request, can have thousands of reports
    /// outstanding for one account and origin in a burst (a bulk send of 1,000 destinations is 3,000 reports);
    /// the deadline still bounds how long any of them waits.
    static let sharedClient = Result { () throws(CallbackTransportError) in
        var configuration = OutboundHTTPClient.Configuration()
        configuration.maxQueuedPerHost = 100_000
        return try OutboundHTTPClient(configuration: configuration)
    }

    func send(_ callback: EngineCallback, completion: @escaping @Sendable (CallbackExchange) -> Void) {
        let request = sender.makeRequest(
            url: callback.url, method: callback.method, parameters: callback.parameters,
            credentials: CallbackSender.Credentials(
                authToken: callback.credentials.authToken, mainAuthToken: callback.credentials.mainAuthToken))
        let started = MonotonicInstant.now
        let client: OutboundHTTPClient
        switch hosts.refusal(url: request.url).map(Result.failure) ?? self.client {
        case .success(let started): client = started
        case .failure(let error):
            completion(CallbackExchange(
                callback: callback, requestURL: request.url, requestHeaders: [], status: nil, contentType: nil,
                body: [], bodyTruncated: false, error: error.message, durationMilliseconds: 0))
            return
        }
        client.send(request, pool: callback.account, timeout: timeout) { result in
            let elapsed = (MonotonicInstant.now - started).components
            var exchange = CallbackExchange(
                callback: callback, requestURL: request.url,
                requestHeaders: request.headers.map { CallbackExchange.Header(name: $0.name, value: $0.value) },
                status: nil, contentType: nil, body: [], bodyTruncated: false, error: nil,
                durationMilliseconds: Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000))
            switch result {
            case .success(let response):
                exchange.status = response.status
                exchange.contentType = response.contentType
                exchange.body = response.body
                exchange.bodyTruncated = response.bodyTruncated
            case .failure(let error):
                exchange.error = error.message
            }
            completion(exchange)
        }
    }
}

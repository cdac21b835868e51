import CallEngine
import Dispatch
import HTTPServerKit

/// The engine's callback port: signs each request as Plivo does (`CallbackSender`) and sends it without blocking
/// the engine, reporting what came back.
struct EngineCallbackPort: CallbackPort {
    let sender: CallbackSender

    func send(_ callback: EngineCallback, completion: @escaping @Sendable (CallbackExchange) -> Void) {
        let request = sender.makeRequest(
            url: callback.url, method: callback.method, parameters: callback.parameters,
            credentials: CallbackSender.Credentials(
                authToken: callback.credentials.authToken, mainAuthToken: callback.credentials.mainAuthToken))
        let transport = sender.transport
        SimulationThreads.shared.run({ () -> CallbackExchange in
            let started = DispatchTime.now().uptimeNanoseconds
            let result = transport.send(request)
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            var exchange = CallbackExchange(
                callback: callback, requestURL: request.url,
                requestHeaders: request.headers.map { CallbackExchange.Header(name: $0.name, value: $0.value) },
                status: nil, contentType: nil, body: [], bodyTruncated: false, error: nil, durationMilliseconds: elapsed)
            switch result {
            case .success(let response):
                exchange.status = response.status
                exchange.contentType = response.contentType
                exchange.body = response.body
                exchange.bodyTruncated = response.bodyTruncated
            case .failure(let error):
                exchange.error = error.message
            }
            return exchange
        }, completion: completion)
    }
}

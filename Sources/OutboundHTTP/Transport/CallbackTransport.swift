/// Sends callback requests. A protocol so tests and the composition root can swap the production client.
///
/// `send` blocks the calling thread until the outcome is known (bounded by the transport's own timeout). Call it
/// only from threads the caller owns, such as `SimulationThreads`': blocking a cooperative thread of the Swift
/// concurrency pool can starve every task in the process. Code that must not block uses ``OutboundHTTPClient``.
package protocol CallbackTransport: Sendable {
    func send(_ request: CallbackRequest) -> Result<CallbackHTTPResponse, CallbackTransportError>
}

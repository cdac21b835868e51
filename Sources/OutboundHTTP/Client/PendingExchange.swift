import Primitives

/// One request from the moment the loop takes it until its completion runs. Loop-confined.
final class PendingExchange {
    enum Stage {
        /// In its pool's queue: no connection yet, or waiting for the name to resolve.
        case waiting
        /// On this connection: connecting, writing or reading.
        case connection(UInt64)
        /// With a secure thread, in libcurl.
        case secure
    }

    let id: UInt64
    let key: PoolKey
    /// The request as given, for https (libcurl writes it); nil for http, which sends `wireBytes`.
    let request: CallbackRequest?
    let target: CallbackTarget
    /// The http request's bytes, built on the sender's thread; empty for https, which libcurl writes.
    let wireBytes: [UInt8]
    /// When the whole exchange must be over: the time `send` was called plus its timeout. Queue wait, name
    /// resolution, connect, write and read all count.
    let deadline: MonotonicInstant
    let maxResponseBytes: Int
    let completion: @Sendable (Result<CallbackHTTPResponse, CallbackTransportError>) -> Void
    var stage = Stage.waiting
    /// Set once it has been sent again after a reused connection turned out closed: never twice.
    var retried = false

    init(id: UInt64, key: PoolKey, submission: ClientLoop.Submission) {
        self.id = id
        self.key = key
        request = submission.request
        target = submission.target
        wireBytes = submission.wireBytes
        deadline = submission.deadline
        maxResponseBytes = submission.maxResponseBytes
        completion = submission.completion
    }
}

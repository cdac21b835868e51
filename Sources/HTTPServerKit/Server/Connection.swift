#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif

/// One client connection's state. Owned by a single event loop and touched only on its thread.
///
/// Input bytes accumulate in `input`; `inputStart` marks the first byte the parser has not consumed, so a request
/// split over many reads is parsed in place and pipelined requests are answered one after another, in order.
final class Connection {
    /// What is remembered about a request whose response is deferred.
    struct PendingResponse {
        let keepAlive: Bool
        let isHead: Bool
    }

    let id: UInt64
    let fd: Int32
    let info: HTTPConnectionInfo
    var parser: HTTPRequestParser

    var input: [UInt8] = []
    var inputStart = 0
    var output: [UInt8] = []
    var outputStart = 0

    /// Set while a deferred response is outstanding; later pipelined requests wait for it.
    var pending: PendingResponse?
    var continueSent = false
    var peerClosedInput = false
    /// Close once `output` is written (after `Connection: close`, an error, or a dropped response).
    var closeAfterFlush = false
    /// Close at once when flushing is done, without lingering (a deliberately dropped connection).
    var abortAfterFlush = false
    /// The request could not be parsed: nothing more is read as requests.
    var failed = false
    /// Half-closed after an error: remaining input is read and discarded so the client sees the answer rather than
    /// a reset (RFC 9112 §9.6, nginx `lingering_close`).
    var lingerSince: ContinuousClock.Instant?

    var lastProgress: ContinuousClock.Instant
    /// When the first byte of the request now being read arrived; nil between requests.
    var requestStartedAt: ContinuousClock.Instant?
    var interest: (read: Bool, write: Bool) = (true, false)

    init(id: UInt64, fd: Int32, info: HTTPConnectionInfo, limits: HTTPParserLimits, now: ContinuousClock.Instant) {
        self.id = id
        self.fd = fd
        self.info = info
        self.parser = HTTPRequestParser(limits: limits)
        self.lastProgress = now
    }

    var unconsumedInput: Int { input.count - inputStart }
    var hasPendingOutput: Bool { outputStart < output.count }

    /// Idle means nothing half-read, nothing to write and nothing awaited: safe to close during shutdown.
    var isIdle: Bool { unconsumedInput == 0 && !hasPendingOutput && pending == nil }

    /// Drops consumed input, keeping the buffer's capacity for the next request.
    func compactInput() {
        if inputStart == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 64 * 1024)
            inputStart = 0
        } else if inputStart > 32 * 1024 {
            input.removeFirst(inputStart)
            inputStart = 0
        }
    }
}

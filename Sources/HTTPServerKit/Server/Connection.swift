#if canImport(Glibc)
import CLinuxShims
import Glibc
#endif
import Primitives

/// One client connection's state. Owned by a single event loop and touched only on its thread.
///
/// Input bytes accumulate in `input`; `inputStart` marks the first byte the parser has not consumed, so a request
/// split over many reads is parsed in place and pipelined requests are answered one after another, in order.
final class Connection {
    /// What is remembered about a request whose response is deferred.
    struct PendingResponse {
        let keepAlive: Bool
        let isHead: Bool
        /// The promise the responder completes; cancelled if the connection closes first.
        let promise: HTTPResponsePromise
    }

    // `@exclusivity(unchecked)`: this state is touched by one thread, in plain sequential code where no access
    // overlaps another to the same property. The runtime checks every access to a class's `var` otherwise gets
    // (a thread-local access set, entered and left) cost about 0.6 us per request, 14% of the loop's user CPU on
    // Benchmarks/BenchServer. Marking the properties read per request, rather than building the target with
    // `-enforce-exclusivity=unchecked` (which measured the same), keeps unsafe flags out of the package, which
    // SwiftPM refuses in a dependency, and keeps the checks everywhere else. Compile-time checks still apply.
    let id: UInt64
    let fd: Int32
    let info: HTTPConnectionInfo
    /// The peer's address without its port: what the per-client bound counts.
    let client: String
    @exclusivity(unchecked) var parser: HTTPRequestParser

    @exclusivity(unchecked) var input: [UInt8] = []
    @exclusivity(unchecked) var inputStart = 0
    @exclusivity(unchecked) var output: [UInt8] = []
    @exclusivity(unchecked) var outputStart = 0

    /// Set while a deferred response is outstanding; later pipelined requests wait for it.
    @exclusivity(unchecked) var pending: PendingResponse?
    @exclusivity(unchecked) var continueSent = false
    @exclusivity(unchecked) var peerClosedInput = false
    /// Close once `output` is written (after `Connection: close`, an error, or a dropped response).
    @exclusivity(unchecked) var closeAfterFlush = false
    /// Close at once when flushing is done, without lingering (a deliberately dropped connection).
    @exclusivity(unchecked) var abortAfterFlush = false
    /// The request could not be parsed: nothing more is read as requests.
    @exclusivity(unchecked) var failed = false
    /// Closed by the loop, which may still hold the object for the rest of the event being handled.
    @exclusivity(unchecked) var isClosed = false
    /// Half-closed after an error: remaining input is read and discarded so the client sees the answer rather than
    /// a reset (RFC 9112 §9.6, nginx `lingering_close`).
    @exclusivity(unchecked) var lingerSince: MonotonicInstant?

    @exclusivity(unchecked) var lastProgress: MonotonicInstant
    /// When the first byte of the request now being read arrived; nil between requests.
    @exclusivity(unchecked) var requestStartedAt: MonotonicInstant?
    @exclusivity(unchecked) var interest: (read: Bool, write: Bool) = (true, false)

    init(
        id: UInt64, fd: Int32, info: HTTPConnectionInfo, client: String, limits: HTTPParserLimits,
        now: MonotonicInstant
    ) {
        self.id = id
        self.fd = fd
        self.info = info
        self.client = client
        self.parser = HTTPRequestParser(limits: limits)
        self.lastProgress = now
    }

    var unconsumedInput: Int { input.count - inputStart }
    var hasPendingOutput: Bool { outputStart < output.count }

    /// Idle means nothing half-read, nothing to write and nothing awaited: safe to close during shutdown.
    var isIdle: Bool { unconsumedInput == 0 && !hasPendingOutput && pending == nil }

    /// May be closed to make room for a new connection: idle, and not even part-way into a request.
    var isReclaimable: Bool {
        !isClosed && isIdle && requestStartedAt == nil && lingerSince == nil && !closeAfterFlush
    }

    /// Whether this connection has been idle longer than `other` (older progress; then the older connection).
    func hasIdledLonger(than other: Connection) -> Bool {
        lastProgress < other.lastProgress || lastProgress == other.lastProgress && id < other.id
    }

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

import Primitives

/// The log lines one event loop wrote while it served one batch of ready connections: handed to their
/// ``LogOutput`` in one append when the batch ends (``LogOutput/handOverLinesOfThisThread()``).
///
/// Why: at `debug` level every request logs a line (the access log). Queued one by one, each line was an array of its
/// own, copied into ``LogOutput``'s queue under a lock that both loops and the writer thread take. Here a line is
/// built in place at the end of this buffer, which only its thread touches, and a batch of lines (sixteen
/// requests or so under load) costs one lock. The loop sends nothing between the end of a batch and its next
/// `epoll_wait`, so the lines wait no longer than their answers took to go out.
///
/// One per event-loop thread, installed by ``LogOutput/collectLinesOnThisThread()`` (thread-local, like the
/// store's `LoopWriteBatch`, so a logger need not know which thread it runs on); any other thread queues each line
/// as it comes.
final class ThreadLogLines {
    // `@exclusivity(unchecked)`: only this object's thread touches it (it is thread-local), in plain sequential
    // code, and `bytes` is passed `inout` once per line, which would otherwise be checked at run time each time
    // (the same reasoning as HTTPServerKit's `Connection`).
    /// The output the collected lines belong to (standard error, unless a test made another).
    @exclusivity(unchecked) private var output: LogOutput?
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// Lines waiting for ``handOver()``.
    @exclusivity(unchecked) private(set) var lineCount = 0

    /// Appends a line `build` writes (its newline included) for `output`; hands the lines over early once
    /// ``LogOutput/batchSize`` bytes wait, so one long batch cannot hold a large buffer. The buffer is sized for a
    /// batch once and kept, so a line rarely makes it grow.
    func append(for output: LogOutput, _ build: (inout [UInt8]) -> Void) {
        if let current = self.output, current !== output { handOver() }
        self.output = output
        if bytes.capacity == 0 { bytes.reserveCapacity(LogOutput.batchSize) }
        build(&bytes)
        lineCount += 1
        if bytes.count >= LogOutput.batchSize { handOver() }
    }

    /// Queues what was collected on its output, in one append; keeps the buffer's capacity for the next batch.
    /// The lines are taken out before the output is called: whatever it does (flush, log) starts from an empty
    /// buffer and cannot hand the same lines over twice.
    func handOver() {
        guard let output, lineCount > 0 else { return }
        let count = lineCount
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        lineCount = 0
        self.output = nil
        output.enqueue(taken, lineCount: count)
        if bytes.isEmpty {
            taken.removeAll(keepingCapacity: true)
            bytes = taken
        }
    }

    /// This thread's lines, if it collects them.
    static var current: ThreadLogLines? { perThread.current }

    /// Makes this thread collect its lines from now on, until it ends.
    static func install() {
        perThread.install { ThreadLogLines() }
    }

    /// Released with its thread, after handing over what it still holds.
    private static let perThread = ThreadLocalReference<ThreadLogLines> { $0.handOver() }
}

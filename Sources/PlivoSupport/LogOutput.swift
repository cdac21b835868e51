#if canImport(Glibc)
import Glibc
#endif
import Primitives

/// Where a ``Logger``'s lines go: a file descriptor written in batches by one thread of its own.
///
/// Why batches: at `debug` level every request logs a line (the access log). Written by the event loop that served
/// the request, each line was a `write(2)` on the hot path, and a slow reader of the pipe (a terminal, a
/// container's log driver) stalled the loop and every connection on it. Here a line is an append under a lock;
/// the writer thread wakes when a first line waits, gathers for ``flushInterval`` (less once ``batchSize`` bytes
/// wait) and writes all of it at once. Warnings and errors are written before `log` returns, behind the lines
/// before them, unless the writer thread is writing at that moment and writes them next: the order of lines is
/// kept, and a thread logging an error never waits for a slow reader.
///
/// An event loop goes further (``collectLinesOnThisThread()``): its lines collect in a buffer of its own
/// (`ThreadLogLines`) and join the queue once per batch of connections it served, in one append. The order of
/// one thread's lines is still kept; between threads, a loop's lines join the queue when its batch ends.
///
/// A reader that stops reading must not grow memory without bound: past ``capacity`` waiting bytes, lines are
/// counted and dropped, and the count is written once the output drains.
package final class LogOutput: Sendable {
    /// Standard error, shared by every logger of the process (there is only one standard error).
    package static let standardError = LogOutput(descriptor: STDERR_FILENO)

    package static let flushInterval: Duration = .milliseconds(50)
    package static let batchSize = 32 * 1024
    package static let capacity = 8 * 1024 * 1024

    private struct Pending {
        var bytes: [UInt8] = []
        var dropped = 0
        var writerStarted = false
        /// No thread of its own could be started (the process is at its thread limit): lines are written as
        /// they come, as before batching.
        var direct = false
    }

    private let descriptor: Int32
    private let pending = LockedValue(Pending())
    /// Held while writing, so two flushes (the writer thread's and a warning's) never interleave their bytes.
    private let writing = LockedValue(())
    /// Rung by the line that finds nothing queued: the writer sleeps without a timer while the log is idle.
    private let arrived = Doorbell()
    /// Rung once ``batchSize`` bytes wait: the writer stops gathering and writes at once.
    private let full = Doorbell()

    package init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// From now on, the lines this thread writes below warning wait in a buffer of its own until
    /// ``handOverLinesOfThisThread()``: for an event loop, which calls it after each batch it serves.
    package static func collectLinesOnThisThread() {
        ThreadLogLines.install()
    }

    /// Queues the lines this thread collected since the last call, in one append.
    package static func handOverLinesOfThisThread() {
        ThreadLogLines.current?.handOver()
    }

    /// Queues `line` (its newline included) for the writer thread; with `immediately`, writes it and everything
    /// queued before it now.
    package func write(_ line: [UInt8], immediately: Bool) {
        if immediately {
            // Behind the lines this thread collected before it.
            ThreadLogLines.current?.handOver()
            enqueue(line, lineCount: 1, immediately: true)
        } else if let collected = ThreadLogLines.current {
            collected.append(for: self) { $0.append(contentsOf: line) }
        } else {
            enqueue(line, lineCount: 1, immediately: false)
        }
    }

    /// Queues the line `build` writes (without its newline) for the writer thread. On a thread that collects its
    /// lines it is built in place, at the end of that thread's buffer; elsewhere in an array of its own.
    package func appendLine(capacity: Int, _ build: (inout [UInt8]) -> Void) {
        if let collected = ThreadLogLines.current {
            collected.append(for: self) { bytes in
                build(&bytes)
                bytes.append(0x0A)
            }
            return
        }
        var line: [UInt8] = []
        line.reserveCapacity(capacity + 1)
        build(&line)
        line.append(0x0A)
        enqueue(line, lineCount: 1, immediately: false)
    }

    /// Queues `bytes`, `lineCount` whole lines, for the writer thread; with `immediately`, writes them and
    /// everything queued before them now.
    func enqueue(_ bytes: [UInt8], lineCount: Int, immediately: Bool = false) {
        let (startWriter, first, ring, direct) = pending.withLock { pending -> (Bool, Bool, Bool, Bool) in
            let first = pending.bytes.isEmpty
            if pending.bytes.count + bytes.count > Self.capacity {
                pending.dropped += lineCount
            } else {
                pending.bytes.append(contentsOf: bytes)
            }
            let start = !pending.writerStarted
            pending.writerStarted = true
            return (start, first, pending.bytes.count >= Self.batchSize, pending.direct)
        }
        // `writeNow()`, not `flush()`: flushing hands over this thread's collected lines, which may be what is being
        // queued here. (`ThreadLogLines.handOver()` also takes its lines out before calling, which alone kept that
        // from queueing them again without end.)
        if startWriter && !startWriterThread() {
            pending.withLock { $0.direct = true }
            writeNow()
        } else if direct {
            writeNow()
        } else if immediately {
            // Written now unless the writer thread is writing (a slow reader may hold it in write(2) for long):
            // an event loop logging an error must not wait for that. The writer then takes this line next.
            if writing.withLockIfAvailable({ _ in writeQueued() }) == nil {
                arrived.ring()
                full.ring()
            }
        } else {
            if first { arrived.ring() }
            if ring { full.ring() }
        }
    }

    /// Writes everything queued so far, and the lines this thread collected, before returning (at exit, and in
    /// tests), waiting for the writer thread if it is writing. Other loops' collected lines wait for their batch.
    package func flush() {
        ThreadLogLines.current?.handOver()
        writeNow()
    }

    /// Writes what is queued, waiting for the writer thread if it is writing.
    private func writeNow() {
        writing.withLock { _ in writeQueued() }
    }

    /// Makes every later line be written as it comes, as when no writer thread can be started: for tests of that
    /// fallback.
    func writeDirectly() {
        pending.withLock { $0.direct = true }
    }

    /// Takes what is queued and writes it; called with `writing` held.
    private func writeQueued() {
        let (bytes, dropped) = pending.withLock { pending -> ([UInt8], Int) in
            let taken = (pending.bytes, pending.dropped)
            // A fresh buffer rather than emptying the one just handed out (shared, so emptying it would copy it),
            // and of the usual size: a stall's megabytes are not kept for good.
            pending.bytes = []
            pending.bytes.reserveCapacity(Self.batchSize)
            pending.dropped = 0
            return taken
        }
        writeAll(bytes)
        if dropped > 0 {
            writeAll(Array("[warning] \(dropped) log lines dropped: the log's reader fell behind\n".utf8))
        }
    }

    /// The writer lives as long as the process: outputs are process-wide, like the descriptors they write to.
    private func startWriterThread() -> Bool {
        DetachedThread.start { [self] in
            while true {
                arrived.wait(upTo: nil)
                full.wait(upTo: Self.flushInterval)
                writeNow()
            }
        }
    }

    private func writeAll(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // A closed or broken output: the lines have nowhere to go.
                }
            }
        }
    }
}

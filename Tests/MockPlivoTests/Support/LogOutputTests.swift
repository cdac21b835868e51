import Dispatch
import Glibc
import Testing
@testable import PlivoSupport
import Primitives

/// The log's batched output: order kept, warnings written before `write` returns, and a reader that stops
/// reading costs dropped lines (counted) rather than memory without bound or a blocked event loop.
@Suite("Log output")
struct LogOutputTests {
    /// A pipe whose write end a ``LogOutput`` gets; the test reads the other end.
    private final class Pipe: Sendable {
        let reader: Int32
        let writer: Int32

        init() throws {
            var ends: [Int32] = [0, 0]
            try #require(pipe(&ends) == 0)
            reader = ends[0]
            writer = ends[1]
        }

        deinit {
            close(reader)
            close(writer)
        }

        /// What is in the pipe now, without waiting for more.
        func readAvailable() -> String {
            let flags = fcntl(reader, F_GETFL)
            _ = fcntl(reader, F_SETFL, flags | O_NONBLOCK)
            defer { _ = fcntl(reader, F_SETFL, flags) }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(reader, &chunk, chunk.count)
                guard count > 0 else { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test("A warning goes out at once, after every line queued before it, in order")
    func warningWritesWhatWaitsBeforeIt() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        output.write(Array("[info] one\n".utf8), immediately: false)
        output.write(Array("[info] two\n".utf8), immediately: false)
        output.write(Array("[warning] three\n".utf8), immediately: true)
        // Written by this call, or by the writer thread if it was writing just then: either way at once.
        var seen = pipe.readAvailable()
        for _ in 0..<200 where !seen.hasSuffix("three\n") {
            usleep(10_000)
            seen += pipe.readAvailable()
        }
        #expect(seen == "[info] one\n[info] two\n[warning] three\n")
    }

    @Test("A warning does not wait for a writer stuck on a reader that stopped reading")
    func warningDoesNotBlockBehindAStalledReader() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        // More than the pipe holds, so the writer thread blocks in write(2) once it takes them.
        let line = Array(("[info] " + String(repeating: "x", count: 1000) + "\n").utf8)
        for _ in 0..<300 { output.write(line, immediately: false) }
        usleep(200_000)
        let returned = LockedValue(false)
        let started = DetachedThread.start {
            output.write(Array("[warning] late\n".utf8), immediately: true)
            returned.withLock { $0 = true }
        }
        try #require(started)
        var done = false
        for _ in 0..<300 where !done {
            usleep(10_000)
            done = returned.withLock { $0 }
        }
        #expect(done, "the warning waited for the stalled reader")
        // Once the reader reads again, everything arrives, the warning last.
        var text = ""
        for _ in 0..<500 where !text.hasSuffix("[warning] late\n") {
            text += pipe.readAvailable()
            usleep(5_000)
        }
        #expect(text.hasSuffix("[warning] late\n"))
        #expect(text.split(separator: "\n").count == 301)
    }

    @Test("Queued lines reach the output by themselves, without a flush")
    func writerThreadWritesQueuedLines() async throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        output.write(Array("[info] queued\n".utf8), immediately: false)
        var seen = ""
        for _ in 0..<400 where seen.isEmpty {
            try await Task.sleep(for: .milliseconds(25))
            seen = pipe.readAvailable()
        }
        #expect(seen == "[info] queued\n")
    }

    /// Runs `body` on a thread of its own that collects its lines (an event loop's set-up), and waits for it: a
    /// thread of the test pool must never be left collecting.
    private func onCollectingThread(_ body: @escaping @Sendable () -> Void) throws {
        let finished = DispatchSemaphore(value: 0)
        let started = DetachedThread.start {
            LogOutput.collectLinesOnThisThread()
            body()
            finished.signal()
        }
        try #require(started)
        finished.wait()
    }

    /// How many lines this thread holds back for its next hand-over.
    private static var collectedLines: Int { ThreadLogLines.current?.lineCount ?? 0 }

    @Test("A loop's lines wait in its own buffer until its batch ends, then join the output in order")
    func collectedLinesWaitForTheHandOver() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        let heldBack = LockedValue<[Int]>([])
        try onCollectingThread {
            output.appendLine(capacity: 8) { $0.append(contentsOf: "[info] one".utf8) }
            output.write(Array("[info] two\n".utf8), immediately: false)
            let held = Self.collectedLines
            LogOutput.handOverLinesOfThisThread()
            let left = Self.collectedLines
            heldBack.withLock { $0 = [held, left] }
            output.flush()
        }
        #expect(heldBack.withLock { $0 } == [2, 0])
        #expect(pipe.readAvailable() == "[info] one\n[info] two\n")
    }

    @Test("A warning on a collecting thread goes out at once, behind the lines that thread collected before it")
    func warningHandsOverCollectedLinesFirst() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        try onCollectingThread {
            output.write(Array("[info] before\n".utf8), immediately: false)
            output.write(Array("[warning] now\n".utf8), immediately: true)
            output.flush()
        }
        #expect(pipe.readAvailable() == "[info] before\n[warning] now\n")
    }

    @Test("A long batch hands its lines over once a batch's worth of bytes waits, without waiting for its end")
    func longBatchHandsOverEarly() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        let line = "[info] " + String(repeating: "x", count: 1000)
        // As many lines as fit under a batch's worth of bytes, then the line that reaches it.
        let lines = LogOutput.batchSize / (line.utf8.count + 1) + 1
        let counts = LockedValue<[Int]>([])
        try onCollectingThread {
            for _ in 0..<lines {
                output.appendLine(capacity: line.utf8.count) { $0.append(contentsOf: line.utf8) }
                let held = Self.collectedLines
                counts.withLock { $0.append(held) }
            }
            output.flush()
        }
        #expect(counts.withLock { $0 } == Array(1..<lines) + [0])
        #expect(pipe.readAvailable().split(separator: "\n").count == lines)
    }

    @Test("A thread that ends holding lines hands them over as it ends")
    func threadEndHandsOver() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        try onCollectingThread {
            output.appendLine(capacity: 8) { $0.append(contentsOf: "[debug] last".utf8) }
        }
        // The end-of-thread work runs after the body returned; the writer thread then writes the line on its own.
        var readable = pollfd(fd: pipe.reader, events: Int16(POLLIN), revents: 0)
        #expect(poll(&readable, 1, 10_000) == 1)
        #expect(pipe.readAvailable() == "[debug] last\n")
    }

    @Test("Without a writer thread, a loop's hand-over is written at once, each line once")
    func handOverWithoutWriterThread() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        output.writeDirectly()
        try onCollectingThread {
            output.appendLine(capacity: 8) { $0.append(contentsOf: "[debug] one".utf8) }
            output.appendLine(capacity: 8) { $0.append(contentsOf: "[debug] two".utf8) }
            LogOutput.handOverLinesOfThisThread()
        }
        #expect(pipe.readAvailable() == "[debug] one\n[debug] two\n")
    }

    @Test("A reader that stops reading: lines past the capacity are dropped and counted, the rest kept in order")
    func stalledReaderDropsAndCounts() throws {
        let pipe = try Pipe()
        let output = LogOutput(descriptor: pipe.writer)
        // Each line is 1 KiB; three times the capacity cannot all wait, whatever the writer thread took and is
        // blocked writing into the full pipe.
        let lines = 3 * LogOutput.capacity / 1024
        for index in 0..<lines {
            var line = Array("[info] \(index) ".utf8)
            line.append(contentsOf: [UInt8](repeating: UInt8(ascii: "x"), count: 1023 - line.count))
            line.append(0x0A)
            output.write(line, immediately: false)
        }
        // Drain the pipe on a thread of its own (never the test pool's: the flush below blocks until the pipe
        // drains) while the flush writes what is left and the count of the dropped.
        let reader = pipe.reader
        let drained = LockedValue<String?>(nil)
        let started = DetachedThread.start {
            // The count of dropped lines is the last thing written.
            let end = Array("fell behind\n".utf8)
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while !bytes.suffix(end.count).elementsEqual(end) {
                let count = read(reader, &chunk, chunk.count)
                guard count > 0 else { break }
                bytes.append(contentsOf: chunk[0..<count])
            }
            let text = String(decoding: bytes, as: UTF8.self)
            drained.withLock { $0 = text }
        }
        try #require(started)
        output.flush()
        var finished: String?
        while finished == nil {
            usleep(1000)
            finished = drained.withLock { $0 }
        }
        let text = try #require(finished)
        let kept = text.split(separator: "\n").filter { $0.hasPrefix("[info] ") }
        let indices = kept.compactMap { Int($0.split(separator: " ")[1]) }
        let warning = try #require(text.split(separator: "\n").last { $0.contains("log lines dropped") })
        let dropped = try #require(Int(warning.split(separator: " ")[1]))
        #expect(dropped > 0)
        #expect(indices.count + dropped == lines)
        #expect(indices == indices.sorted())
        #expect(indices.first == 0)
    }
}

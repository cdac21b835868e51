#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import FoundationEssentials
import PlivoSupport

/// Runs the application as a process: start, announce, stop gracefully on SIGINT/SIGTERM, exit 0.
enum MockPlivoServer {
    static func run(_ configuration: Configuration) throws {
        // The lines gathered for the log's writer thread are written however this returns.
        defer { LogOutput.standardError.flush() }
        let started = ContinuousClock.now
        blockStopSignals()
        let application = try MockPlivoApplication(configuration: configuration)
        try application.server.start()
        let port = application.server.port
        if let portFile = configuration.portFile {
            try String(port).write(toFile: portFile, atomically: true, encoding: .utf8)
        }
        announce(configuration, port: port, startup: ContinuousClock.now - started)
        if let reason = application.store.memoryFallbackReason {
            application.logger.warning("the :memory: store keeps every row in memory: SQLite could not make its "
                + "temporary file (\(reason)); point TMPDIR at a writable directory to keep memory flat")
        }

        let stopped = DispatchSemaphore(value: 0)
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                application.logger.info("signal \(number): finishing in-flight requests, then exiting")
                application.server.stop()
                stopped.signal()
            }
            source.resume()
            return source
        }
        // Wait for the signal handler's stop() to return, not merely for the loops to end (waitUntilStopped()):
        // stop() is what finishes the requests in flight and closes the listener, so "stopped" is logged after it.
        stopped.wait()
        signals.forEach { $0.cancel() }
        application.logger.info("stopped")
    }

    /// Blocks SIGINT and SIGTERM in this thread before any other thread exists, so that every thread spawned later
    /// (the event loops) inherits the mask and the signal stays pending for the process until the dispatch signal
    /// sources' signalfd reads it. Left unblocked, the kernel may deliver it to any thread that does not block it,
    /// and libdispatch's fallback handler has to re-route it to its manager thread; now and then that went wrong
    /// and a SIGTERM was lost (no "signal 15" in the log, the process kept running; seen about once in 200 runs).
    private static func blockStopSignals() {
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigaddset(&mask, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &mask, nil)
    }

    private static func announce(_ configuration: Configuration, port: Int, startup: Duration) {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        var lines = ["mock-plivo \(MockPlivoCommand.version) listening on http://\(host):\(port)"]
        lines.append("  database: \(configuration.databasePath)  started in \(Int(startup.milliseconds.rounded())) ms")
        if configuration.logLevel > .debug {
            let journal = configuration.journalSize > 0 ? " and the journal (/__mock/journal)" : ""
            lines.append("  requests: in the console (/console/)\(journal), one log line each with --log-level debug")
        }
        if configuration.usesDemoAccount {
            lines.append("  demo account (set PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN to use your own):")
            lines.append("    PLIVO_AUTH_ID=\(configuration.authID)")
            lines.append("    PLIVO_AUTH_TOKEN=\(configuration.authToken)")
        } else {
            lines.append("  account: \(configuration.authID)")
        }
        // One write, unbuffered: a harness waiting for the line must see it at once even when stdout is a pipe.
        let text = Array((lines.joined(separator: "\n") + "\n").utf8)
        _ = text.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}

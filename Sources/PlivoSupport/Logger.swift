/// A levelled logger writing whole lines to standard error through ``LogOutput``: lines from different event
/// loops never interleave, and lines below warning (the access log's, one per request at debug level) are written
/// in batches off the event loops.
package struct Logger: Sendable {
    package enum Level: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
        case debug, info, warning, error

        package static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        package var description: String {
            switch self {
            case .debug: "debug"
            case .info: "info"
            case .warning: "warning"
            case .error: "error"
            }
        }

        package init?(name: String) {
            guard let level = Level.allCases.first(where: { $0.description == name.lowercased() }) else {
                if name.lowercased() == "warn" { self = .warning; return }
                return nil
            }
            self = level
        }
    }

    package let level: Level
    /// Where a finished line goes; standard error unless a test captures the lines.
    private let sink: (@Sendable (String) -> Void)?

    package init(level: Level) {
        self.level = level
        sink = nil
    }

    /// A logger handing each line (without its newline) to `sink` instead of standard error.
    package init(level: Level, sink: @escaping @Sendable (String) -> Void) {
        self.level = level
        self.sink = sink
    }

    package func isEnabled(_ level: Level) -> Bool { level >= self.level }

    package func debug(_ message: @autoclosure () -> String) { log(.debug, message) }
    package func info(_ message: @autoclosure () -> String) { log(.info, message) }
    package func warning(_ message: @autoclosure () -> String) { log(.warning, message) }
    package func error(_ message: @autoclosure () -> String) { log(.error, message) }

    /// A debug line that `build` appends as UTF-8 bytes, for a caller that makes it without a String (the access
    /// log): on an event loop the line is built in place, in the loop's own buffer of lines
    /// (``LogOutput/appendLine(capacity:_:)``).
    package func debug(capacity: Int, utf8 build: (inout [UInt8]) -> Void) {
        guard isEnabled(.debug) else { return }
        let prefix = "[debug] ".utf8
        guard let sink else {
            LogOutput.standardError.appendLine(capacity: prefix.count + capacity) { line in
                line.append(contentsOf: prefix)
                build(&line)
            }
            return
        }
        var line: [UInt8] = []
        line.reserveCapacity(prefix.count + capacity)
        line.append(contentsOf: prefix)
        build(&line)
        sink(String(decoding: line, as: UTF8.self))
    }

    private func log(_ level: Level, _ message: () -> String) {
        guard isEnabled(level) else { return }
        if let sink {
            sink("[\(level)] " + message())
            return
        }
        var line = Array("[\(level)] ".utf8)
        line.append(contentsOf: message().utf8)
        line.append(0x0A)
        LogOutput.standardError.write(line, immediately: level >= .warning)
    }
}

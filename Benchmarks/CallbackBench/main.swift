// Sends N GET callbacks to one URL and prints the rate, latency percentiles and threads used, for one of:
//   client    OutboundHTTPClient: one loop thread, keep-alive, C requests in flight (a new one per completion)
//   facade    CallbackClient.send (the blocking façade over the client) on C threads of its own
//   blocking  the blocking one-connection-per-request client MockPlivo had before (OutboundConnection) on C threads
// Usage: CallbackBench MODE URL REQUESTS CONCURRENCY
// Output: one line of key=value pairs (scripts/bench-callbacks.sh reads it).
#if canImport(Glibc)
    import Glibc
#endif
import Dispatch
import OutboundHTTP
import Primitives

let arguments = CommandLine.arguments
guard arguments.count == 5, let total = Int(arguments[3]), let concurrency = Int(arguments[4]), total > 0,
    concurrency > 0
else {
    print("usage: CallbackBench client|facade|blocking URL REQUESTS CONCURRENCY")
    exit(2)
}
let mode = arguments[1]
let request = CallbackRequest(url: arguments[2], method: "GET", headers: [("User-Agent", "PlivoHTTP/1.0")], body: [])
let timeout = Duration.seconds(10)

/// Threads of this process now, from /proc/self/status.
func threadCount() -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("Threads:") { return Int(text.dropFirst(8).filter { $0.isNumber }) ?? -1 }
    }
    return -1
}

/// Latencies in nanoseconds, one slot per request, and the failures seen.
final class Tally: @unchecked Sendable {
    // Each slot is written by one thread only, before `done` is signalled: no lock needed for them.
    var latencies: [Int64]
    let failures = LockedValue<[String: Int]>([:])
    init(count: Int) { latencies = [Int64](repeating: 0, count: count) }

    func record(_ index: Int, since start: MonotonicInstant, _ result: Result<CallbackHTTPResponse, CallbackTransportError>) {
        latencies[index] = MonotonicInstant.now.nanoseconds(since: start)
        switch result {
        case .success(let response) where response.status == 200: break
        case .success(let response): failures.withLock { $0["status \(response.status)", default: 0] += 1 }
        case .failure(let error): failures.withLock { $0[error.message, default: 0] += 1 }
        }
    }
}

let tally = Tally(count: total)
let done = DispatchSemaphore(value: 0)
let next = LockedValue(0)
/// The index of the next request to send, or nil once all have been.
@Sendable func claim() -> Int? {
    next.withLock { count in
        guard count < total else { return nil }
        defer { count += 1 }
        return count
    }
}

let baselineThreads = threadCount()
let started = MonotonicInstant.now

switch mode {
case "client":
    let client = try OutboundHTTPClient()
    let finished = LockedValue(0)
    @Sendable func sendNext() {
        guard let index = claim() else { return }
        let start = MonotonicInstant.now
        client.send(request, pool: "bench", timeout: timeout) { result in
            tally.record(index, since: start, result)
            sendNext()
            if finished.withLock({ count in count += 1; return count }) == total { done.signal() }
        }
    }
    for _ in 0..<min(concurrency, total) { sendNext() }
    var peak = threadCount()
    while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut { peak = max(peak, threadCount()) }
    let connections = client.connectionsOpened
    client.shutdown()
    report(peakThreads: peak, connections: connections)
case "facade", "blocking":
    let target = try CallbackTarget(request.url)
    let facade = CallbackClient(configuration: .init(timeout: timeout))
    let workers = min(concurrency, total)
    let exited = LockedValue(0)
    for _ in 0..<workers {
        _ = DetachedThread.start {
            while let index = claim() {
                let start = MonotonicInstant.now
                let result = mode == "facade"
                    ? facade.send(request)
                    : OutboundConnection.exchange(request, to: target, timeout: timeout, maxResponseBytes: 64 * 1024)
                tally.record(index, since: start, result)
            }
            if exited.withLock({ count in count += 1; return count }) == workers { done.signal() }
        }
    }
    var peak = threadCount()
    while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut { peak = max(peak, threadCount()) }
    // The blocking client opens one connection per request; the façade's are its shared client's.
    let connections = mode == "facade" ? ((try? OutboundHTTPClient.shared.get())?.connectionsOpened ?? -1) : total
    report(peakThreads: peak, connections: connections)
default:
    print("unknown mode \(mode)")
    exit(2)
}

func report(peakThreads: Int, connections: Int) {
    let elapsed = Double(MonotonicInstant.now.nanoseconds(since: started)) / 1e9
    let sorted = tally.latencies.sorted()
    func percentile(_ p: Double) -> Double {
        Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1e6
    }
    let failures = tally.failures.withLock { $0 }
    let failed = failures.values.reduce(0, +)
    var line = "mode=\(mode) requests=\(total) concurrency=\(concurrency)"
    line += " seconds=\(rounded(elapsed, 3)) rate=\(Int(Double(total) / elapsed))"
    line += " p50_ms=\(rounded(percentile(0.50), 2)) p99_ms=\(rounded(percentile(0.99), 2))"
    line += " threads_peak=\(peakThreads) threads_at_start=\(baselineThreads)"
    line += " connections=\(connections) failed=\(failed)"
    print(line)
    for (reason, count) in failures.sorted(by: { $0.value > $1.value }).prefix(3) {
        print("  \(count)x \(reason)")
    }
}

func rounded(_ value: Double, _ places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(scaled % Int(scale))
    return "\(whole)." + String(repeating: "0", count: places - fraction.count) + fraction
}

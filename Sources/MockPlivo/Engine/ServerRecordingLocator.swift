import CallEngine
import Primitives

/// Where the mock serves a recording: `{base}/v1/Account/{auth_id}/Recording/{recording_id}.{mp3|wav}`, the
/// path media.plivo.com uses, so the `recording_url` of the API and the Record verb's `RecordUrl` download
/// from the mock itself (`docs/recordings.md`).
///
/// The base is `--public-url` when given (the mock reached as `http://mock-plivo:8000` from another container),
/// else the address the server listens on. That address is known only once the server has started (port 0
/// picks one), after the engine that holds this locator was built, so the composition root hands the port over
/// with ``serve(onPort:)`` and every URL reads it when it is made.
final class ServerRecordingLocator: RecordingLocator {
    private let publicURL: String?
    private let host: String
    private let configuredPort: Int
    /// In a struct rather than as a bare function type: `LockedValue` hands its value to its body `inout` at the
    /// generic abstraction, so a closure stored bare came back wrapped in two reabstraction thunks at each read,
    /// one more pair each time, and every URL then ran through all of them (the Recording list fell to 280
    /// requests a second after a few thousand pages, and kept falling).
    private let boundPort = LockedValue<BoundPort?>(nil)

    private struct BoundPort: Sendable {
        let read: @Sendable () -> Int
    }

    /// `host` and `port` as configured; a `port` of 0 stays 0 in URLs until ``serve(onPort:)``.
    init(publicURL: String?, host: String, port: Int) {
        self.publicURL = publicURL.map { url in
            var url = url
            while url.hasSuffix("/") { url.removeLast() }
            return url
        }
        self.host = Self.reachableHost(host)
        configuredPort = port
    }

    /// From now on URLs use the port `port` returns when it is not 0: the server's, which is 0 until it listens.
    func serve(onPort port: @escaping @Sendable () -> Int) {
        boundPort.withLock { $0 = BoundPort(read: port) }
    }

    private var currentPort: Int {
        let bound = boundPort.withLock { $0 }?.read() ?? 0
        return bound != 0 ? bound : configuredPort
    }

    /// `http://127.0.0.1:8000`, or the public URL without a trailing slash.
    var baseURL: String {
        if let publicURL { return publicURL }
        return "http://\(host):\(currentPort)"
    }

    func url(of recording: RecordingRecord) -> String {
        url(accountID: recording.accountID, recordingID: recording.recordingID, format: recording.format.rawValue)
    }

    func url(accountID: String, recordingID: String, format: String) -> String {
        "\(baseURL)/v1/Account/\(accountID)/Recording/\(recordingID).\(format)"
    }

    /// A listening address a client can connect to: the wildcard addresses become loopback, and an IPv6
    /// literal gets its brackets (RFC 3986 §3.2.2).
    static func reachableHost(_ host: String) -> String {
        switch host {
        case "", "0.0.0.0": "127.0.0.1"
        case "::", "[::]": "[::1]"
        default: host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        }
    }
}


/// The operations an OpenAPI document describes, read from its `paths:` section without a YAML library.
///
/// This works because `openapi/mock-plivo.yaml` is written in a fixed style: inside `paths:`, each path key is
/// indented two spaces and starts with `/`, each of its operations is indented four spaces, and nothing else sits
/// at those indents. The document's header comment states the rule for whoever edits it.
struct OpenAPIPaths {
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// `"GET /v1/Account/{}/Application"`-style keys: see ``normalised(method:path:)``.
    private(set) var operations: Set<String> = []
    /// The paths as written, with their operations, for building requests.
    private(set) var described: [(method: String, path: String)] = []

    init(yaml: String) {
        var inPaths = false
        var currentPath: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if let first = line.first, first != " ", first != "#" { break }
            if line.hasPrefix("  /"), !line.hasPrefix("   "), line.hasSuffix(":") {
                currentPath = String(line.dropFirst(2).dropLast())
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":"), let path = currentPath {
                let key = String(line.dropFirst(4).dropLast())
                guard Self.methods.contains(key) else { continue }
                described.append((key.uppercased(), path))
                operations.insert(Self.normalised(method: key.uppercased(), path: path))
            }
        }
    }

    /// One spelling for a route whatever its source: parameters (`:appID`, `{app_id}`) become `{}`, suffixed ones
    /// (`:recordingID.mp3`, `{recording_id}.mp3`) `{}.mp3`, and the trailing slash goes, since the router treats it
    /// as optional.
    static func normalised(method: String, path: String) -> String {
        let segments = path.split(separator: "/").map { segment -> String in
            if segment.hasPrefix(":") {
                return segment.firstIndex(of: ".").map { "{}" + segment[$0...] } ?? "{}"
            }
            if segment.hasPrefix("{"), let close = segment.firstIndex(of: "}") {
                return "{}" + segment[segment.index(after: close)...]
            }
            return String(segment)
        }
        return "\(method.uppercased()) /\(segments.joined(separator: "/"))"
    }

    /// A router pattern, `"GET /v1/Account/:authID/Application/"`, normalised.
    static func normalised(route: String) -> String {
        let parts = route.split(separator: " ", maxSplits: 1)
        return normalised(method: String(parts[0]), path: String(parts[1]))
    }
}

/// Size limits the parser enforces while it reads, so that no client can make the server buffer without bound.
/// The defaults follow nginx's (`large_client_header_buffers 4 8k`, `client_max_body_size 1m`).
public struct HTTPParserLimits: Sendable, Equatable {
    /// Longest request line, in bytes; longer gets `414 URI Too Long`.
    public var maxRequestLineLength: Int = 8 * 1024
    /// Largest header section (all field lines), in bytes; larger gets `431`.
    public var maxHeaderBytes: Int = 32 * 1024
    /// Most header fields; more gets `431`.
    public var maxHeaderCount: Int = 100
    /// Largest body after chunked decoding, in bytes; larger gets `413` as soon as it is known, without reading it.
    public var maxBodyBytes: Int = 1024 * 1024

    /// The nginx-like defaults.
    public init() {}

    /// Custom limits; any not given keeps its default.
    public init(
        maxRequestLineLength: Int? = nil,
        maxHeaderBytes: Int? = nil,
        maxHeaderCount: Int? = nil,
        maxBodyBytes: Int? = nil
    ) {
        if let maxRequestLineLength { self.maxRequestLineLength = maxRequestLineLength }
        if let maxHeaderBytes { self.maxHeaderBytes = maxHeaderBytes }
        if let maxHeaderCount { self.maxHeaderCount = maxHeaderCount }
        if let maxBodyBytes { self.maxBodyBytes = maxBodyBytes }
    }
}

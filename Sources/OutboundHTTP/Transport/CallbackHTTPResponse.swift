/// What came back from the user's server. `body` is at most the transport's bound; `bodyTruncated` says the
/// server sent more.
package struct CallbackHTTPResponse: Sendable, Equatable {
    package var status: Int
    package var contentType: String?
    package var body: [UInt8]
    package var bodyTruncated: Bool
    /// The whole body's length, of which `body` may hold only the start: `body.count` when the body was read
    /// whole; when it was cut at the bound, the length the server declared in `Content-Length`, or nil when it
    /// declared none (chunked, or up to the close). What a reader of a file's first bytes needs for its size.
    package var fullBodyLength: Int?

    /// - Parameter declaredBodyLength: the `Content-Length`, which becomes ``fullBodyLength`` when the body was
    ///   cut; a body read whole is its own length.
    package init(status: Int, contentType: String?, body: [UInt8], bodyTruncated: Bool, declaredBodyLength: Int? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.bodyTruncated = bodyTruncated
        self.fullBodyLength = bodyTruncated ? declaredBodyLength : body.count
    }
}

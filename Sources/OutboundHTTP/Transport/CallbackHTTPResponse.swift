/// What came back from the user's server. `body` is at most the transport's bound; `bodyTruncated` says the
/// server sent more.
package struct CallbackHTTPResponse: Sendable, Equatable {
    package var status: Int
    package var contentType: String?
    package var body: [UInt8]
    package var bodyTruncated: Bool

    package init(status: Int, contentType: String?, body: [UInt8], bodyTruncated: Bool) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.bodyTruncated = bodyTruncated
    }
}

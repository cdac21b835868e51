/// One outbound callback request, fully built: signed headers included, parameters already in the URL (GET)
/// or the body (POST).
package struct CallbackRequest: Sendable {
    package var url: String
    package var method: String
    package var headers: [(name: String, value: String)]
    package var body: [UInt8]

    package init(url: String, method: String, headers: [(name: String, value: String)], body: [UInt8]) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
    }
}

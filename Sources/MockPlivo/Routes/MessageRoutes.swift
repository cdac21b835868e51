import HTTPServerKit

/// Plivo's Message calls, relative to the account group. Routes only declare.
enum MessageRoutes {
    static func register(_ messages: MessageHandlers, on routes: inout HTTPRoutes) {
        routes.add("POST /Message/", messages.send)
        routes.add("GET /Message/", messages.list)
        routes.add("GET /Message/:messageUUID/", messages.get)
        routes.add("GET /Message/:messageUUID/Media/", messages.media)
    }
}

import HTTPServerKit

/// Plivo's Call calls, relative to the account group. Routes only declare.
enum CallRoutes {
    static func register(_ calls: CallHandlers, on routes: inout HTTPRoutes) {
        routes.add("POST /Call/", calls.make)
        routes.add("GET /Call/", calls.list)
        routes.add("DELETE /Call/", calls.hangupAll)
        routes.add("GET /Call/:callUUID/", calls.get)
        routes.add("POST /Call/:callUUID/", calls.transfer)
        routes.add("DELETE /Call/:callUUID/", calls.hangup)
        routes.add("DELETE /Request/:requestUUID/", calls.cancelRequest)
    }
}

import HTTPServerKit

/// The browser console's route table: server-rendered pages relative to the console group (`/console`), which
/// ``ConsoleAuthenticationMiddleware`` guards, and `/`, which sends a browser there.
enum ConsoleRoutes {
    static let prefix = "/console"

    /// `GET /`, outside the console group: a redirect needs no credentials.
    static func registerEntry(_ console: ConsoleHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /", console.root)
    }

    static func register(_ console: ConsoleHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /", console.applications)
        routes.add("GET /applications/new/", console.newForm)
        routes.add("POST /applications/", console.create)
        routes.add("GET /applications/:appID/edit/", console.editForm)
        routes.add("POST /applications/:appID/", console.update)
        routes.add("GET /applications/:appID/delete/", console.deleteForm)
        routes.add("POST /applications/:appID/delete/", console.delete)
        routes.add("GET /subaccounts/", console.subaccounts)
        routes.add("GET /endpoints/", console.endpoints)
        routes.add("GET /numbers/", console.numbers)
        routes.add("POST /numbers/buy/", console.buyNumber)
        routes.add("GET /calls/", console.callsPage)
        routes.add("GET /calls/:callUUID/", console.call)
        routes.add("GET /messages/", console.messages)
        routes.add("GET /messages/:messageUUID/", console.message)
        routes.add("GET /journal/", console.journal)
        routes.add("GET /simulations/", console.simulationsPage)
        routes.add("POST /simulations/call/", console.simulateCall)
        routes.add("POST /simulations/message/", console.simulateMessage)
        routes.add("GET /simulations/:simulationID/", console.simulation)
    }
}

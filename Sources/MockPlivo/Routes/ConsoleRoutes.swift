import HTTPServerKit

/// The browser console's route table: server-rendered pages under `/console/`, and `/`, which sends a browser
/// there. ``ConsoleAuthenticationMiddleware`` guards the prefix.
enum ConsoleRoutes {
    static let prefix = "/console"

    static func register(console: ConsoleHandlers, on router: HTTPRouter) {
        router.add("GET /", console.root)
        router.add("GET \(prefix)/", console.applications)
        router.add("GET \(prefix)/applications/new/", console.newForm)
        router.add("POST \(prefix)/applications/", console.create)
        router.add("GET \(prefix)/applications/:appID/edit/", console.editForm)
        router.add("POST \(prefix)/applications/:appID/", console.update)
        router.add("GET \(prefix)/applications/:appID/delete/", console.deleteForm)
        router.add("POST \(prefix)/applications/:appID/delete/", console.delete)
        router.add("GET \(prefix)/subaccounts/", console.subaccounts)
        router.add("GET \(prefix)/endpoints/", console.endpoints)
        router.add("GET \(prefix)/journal/", console.journal)
        router.add("GET \(prefix)/simulations/", console.simulationsPage)
        router.add("POST \(prefix)/simulations/call/", console.simulateCall)
        router.add("POST \(prefix)/simulations/message/", console.simulateMessage)
        router.add("GET \(prefix)/simulations/:simulationID/", console.simulation)
    }
}

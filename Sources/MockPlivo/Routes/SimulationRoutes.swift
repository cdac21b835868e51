import HTTPServerKit

/// The mock playing the phone network: simulated inbound calls and messages that request an application's URLs,
/// and the records of what happened. Under `/__mock/`, authenticated like `/v1/`: the path's `{auth_id}` must be
/// the authenticated account. Documented with curl examples in `docs/simulation.md`.
enum SimulationRoutes {
    static let accountPrefix = "/__mock/Account/:authID"

    /// The prefix ``AuthenticationMiddleware`` must protect for these routes.
    static let protectedPrefix = "/__mock/Account/"

    static func register(simulations: SimulationHandlers, on router: HTTPRouter) {
        router.add("POST \(accountPrefix)/Application/:appID/Call/", simulations.callApplication)
        router.add("POST \(accountPrefix)/Endpoint/:endpointID/Call/", simulations.callEndpoint)
        router.add("POST \(accountPrefix)/Application/:appID/Message/", simulations.messageApplication)
        router.add("GET \(accountPrefix)/Simulations/", simulations.list)
        router.add("GET \(accountPrefix)/Simulations/:simulationID/", simulations.get)
    }
}

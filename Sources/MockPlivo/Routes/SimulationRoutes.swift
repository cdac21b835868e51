import HTTPServerKit

/// The mock playing the phone network: simulated inbound calls and messages that request an application's URLs,
/// and the records of what happened. Relative to the simulation group (`/__mock/Account/:authID`), authenticated
/// like Plivo's API: the path's `{auth_id}` must be the authenticated account. Documented with curl examples in
/// `docs/simulation.md`.
enum SimulationRoutes {
    static let accountPrefix = "/Account/:authID"

    static func register(
        _ simulations: SimulationHandlers, handsets: HandsetHandlers, calls: CallControlHandlers,
        traces: TraceHandlers, on routes: inout HTTPRoutes
    ) {
        routes.add("POST /Application/:appID/Call/", simulations.callApplication)
        routes.add("POST /Endpoint/:endpointID/Call/", simulations.callEndpoint)
        routes.add("POST /Application/:appID/Message/", simulations.messageApplication)
        routes.add("POST /Number/:number/Call/", simulations.callNumber)
        routes.add("POST /Number/:number/Message/", simulations.messageNumber)
        routes.add("GET /Simulations/", simulations.list)
        routes.add("GET /Simulations/:simulationID/", simulations.get)
        routes.add("GET /Handset/", handsets.list)
        routes.add("PUT /Handset/:handset/", handsets.put)
        routes.add("GET /Handset/:handset/", handsets.get)
        routes.add("DELETE /Handset/:handset/", handsets.delete)
        routes.add("POST /Handset/:handset/Message/", handsets.sendMessage)
        routes.add("POST /Handset/:handset/Call/", handsets.call)
        routes.add("POST /Call/:callUUID/Press/", calls.press)
        routes.add("POST /Call/:callUUID/Say/", calls.say)
        routes.add("GET /Trace/:traceID/", traces.get)
    }
}

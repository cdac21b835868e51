import HTTPServerKit

/// Plivo's IncomingCarrier calls, relative to the account group.
enum IncomingCarrierRoutes {
    static func register(_ carriers: IncomingCarrierHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /IncomingCarrier/", carriers.list)
        routes.add("POST /IncomingCarrier/", carriers.create)
        routes.add("GET /IncomingCarrier/:carrierID/", carriers.get)
        routes.add("POST /IncomingCarrier/:carrierID/", carriers.update)
        routes.add("DELETE /IncomingCarrier/:carrierID/", carriers.delete)
    }
}

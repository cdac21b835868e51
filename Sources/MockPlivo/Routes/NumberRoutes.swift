import HTTPServerKit

/// Plivo's Number calls (the numbers an account holds), relative to the account group. Routes only declare.
enum NumberRoutes {
    static func register(_ numbers: NumberHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /Number/", numbers.list)
        routes.add("POST /Number/", numbers.addFromCarrier)
        routes.add("GET /Number/:number/", numbers.get)
        routes.add("POST /Number/:number/", numbers.update)
        routes.add("DELETE /Number/:number/", numbers.delete)
    }
}

import HTTPServerKit

/// Plivo's Pricing call, relative to the account group.
enum PricingRoutes {
    static func register(_ pricing: PricingHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /Pricing/", pricing.get)
    }
}

import HTTPServerKit

/// Plivo's PhoneNumber calls (numbers for sale: search and buy), relative to the account group.
enum PhoneNumberRoutes {
    static func register(_ phoneNumbers: PhoneNumberHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /PhoneNumber/", phoneNumbers.search)
        routes.add("POST /PhoneNumber/:number/", phoneNumbers.buy)
    }
}

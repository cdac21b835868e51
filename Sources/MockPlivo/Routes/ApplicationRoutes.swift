import HTTPServerKit

/// Plivo's Application calls, relative to the account group (`/v1/Account/:authID`). Routes only declare;
/// ``ApplicationHandlers`` does the work.
enum ApplicationRoutes {
    static func register(_ applications: ApplicationHandlers, on routes: inout HTTPRoutes) {
        routes.add("POST /Application/", applications.create)
        routes.add("GET /Application/", applications.list)
        routes.add("GET /Application/:appID/", applications.get)
        routes.add("POST /Application/:appID/", applications.update)
        routes.add("DELETE /Application/:appID/", applications.delete)
    }
}

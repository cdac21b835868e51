import HTTPServerKit

/// The route table of Plivo's API as the mock serves it. Routes only declare; handlers do the work.
enum PlivoRoutes {
    static let accountPrefix = "/v1/Account/:authID"

    static func register(applications: ApplicationHandlers, on router: HTTPRouter) {
        router.add("POST \(accountPrefix)/Application/", applications.create)
        router.add("GET \(accountPrefix)/Application/", applications.list)
        router.add("GET \(accountPrefix)/Application/:appID/", applications.get)
        router.add("POST \(accountPrefix)/Application/:appID/", applications.update)
        router.add("DELETE \(accountPrefix)/Application/:appID/", applications.delete)
    }
}

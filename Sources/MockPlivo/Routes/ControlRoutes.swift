import HTTPServerKit

/// The mock's own control API, under a prefix no Plivo path can have.
enum ControlRoutes {
    static let prefix = "/__mock"

    static func register(control: ControlHandlers, on router: HTTPRouter) {
        router.add("GET \(prefix)/health/", control.health)
    }
}

import HTTPServerKit

/// Routes that describe the mock itself.
enum DocumentationRoutes {
    static func register(on routes: inout HTTPRoutes) {
        routes.add("GET /openapi.yaml") { _, _ in OpenAPIDocument.response() }
    }
}

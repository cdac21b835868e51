import HTTPServerKit

/// Routes that describe the mock itself.
enum DocumentationRoutes {
    static func register(on router: HTTPRouter) {
        router.add("GET /openapi.yaml") { _, _ in OpenAPIDocument.response() }
    }
}

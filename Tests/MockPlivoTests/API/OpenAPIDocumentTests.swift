import Foundation
import Synchronization
import Testing
@testable import HTTPServerKit
@testable import MockPlivo
@testable import PlivoStore

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func yamlFile() throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("openapi/mock-plivo.yaml"), encoding: .utf8)
    }

    @Test("The binary serves the YAML file byte for byte, without credentials")
    func servedDocumentIsTheFile() throws {
        let file = try Self.yamlFile()
        #expect(OpenAPIDocument.text == file, "run scripts/embed-openapi.sh")
        let response = try RouterHarness().send(.get, "/openapi.yaml", authorization: nil)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/yaml; charset=utf-8")
        #expect(response.text == file)
    }

    @Test("Every route the router serves is described, and nothing else")
    func routesMatchTheDocument() throws {
        let document = OpenAPIPaths(yaml: try Self.yamlFile())
        let served = Set(try RouterHarness().application.router.routes.map(OpenAPIPaths.normalised(route:)))
        #expect(!served.isEmpty)
        let undocumented = served.subtracting(document.operations).sorted()
        let unserved = document.operations.subtracting(served).sorted()
        #expect(undocumented.isEmpty, "served but not in openapi/mock-plivo.yaml: \(undocumented)")
        #expect(unserved.isEmpty, "described but not served: \(unserved)")
    }

    @Test("Every described operation reaches a handler")
    func describedOperationsAnswer() throws {
        let document = OpenAPIPaths(yaml: try Self.yamlFile())
        #expect(document.described.count >= 5)
        for (method, path) in document.described {
            let harness = try RouterHarness()
            let (target, placeholders) = try Self.concrete(path, harness: harness)
            let response = harness.send(HTTPMethod(method), target)
            #expect(response.status != 405, "\(method) \(target): \(response.status)")
            // A made-up fault id or snapshot name may be the handler's own 404; the recorder proves the routing.
            if !placeholders {
                #expect(response.status != 404, "\(method) \(target): \(response.status)")
            }
            let route = harness.application.router.route(for: HTTPRequest(method: HTTPMethod(method), target: target))
            #expect(route.map(OpenAPIPaths.normalised(route:)) == OpenAPIPaths.normalised(method: method, path: path),
                    "\(method) \(target)")
        }
    }

    /// The path with its parameters filled: the harness's account and freshly created resources (so a handler's
    /// own 404 cannot hide a routing 404); any other parameter gets the placeholder `probe`, which `placeholders`
    /// reports.
    static func concrete(_ path: String, harness: RouterHarness) throws -> (String, placeholders: Bool) {
        let store = harness.application.store
        let scope = AccountScope(mainAccountID: RouterHarness.authID)
        var result = path.replacingOccurrences(of: "{auth_id}", with: RouterHarness.authID)
        if result.contains("{app_id}") {
            result = result.replacingOccurrences(of: "{app_id}", with: try harness.createApplication(name: "probe"))
        }
        if result.contains("{subauth_id}") {
            let subaccount = try store.createSubaccount(parentID: RouterHarness.authID, name: "probe", enabled: true)
            result = result.replacingOccurrences(of: "{subauth_id}", with: subaccount.authID)
        }
        if result.contains("{endpoint_id}") {
            let endpoint = try store.createEndpoint(
                EndpointDraft(username: "probe", password: "secret", alias: "Probe", appID: nil), in: scope)
            result = result.replacingOccurrences(of: "{endpoint_id}", with: endpoint.endpointID)
        }
        let placeholders = result.contains("{")
        while let open = result.firstIndex(of: "{"), let close = result[open...].firstIndex(of: "}") {
            result.replaceSubrange(open...close, with: "probe")
        }
        return (result, placeholders)
    }
}

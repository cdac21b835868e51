import Foundation
import HTTPServerKit

/// The applications page: one card per application showing every field exactly as the API returns it, newest
/// first, twenty to a page like the API's list.
struct ApplicationListView {
    var applications: [Application]
    /// The auth id whose view of the applications this is (it appears in `resource_uri`).
    var authID: String
    var totalCount: Int
    var offset: Int
    var limit: Int
    var notice: String?

    func page() -> HTMLPage {
        let base = ConsoleSection.applications.path
        let summary: HTML =
            totalCount == 0
            ? "<p>No applications yet.</p>"
            : "<p>\(totalCount) application\(totalCount == 1 ? "" : "s"), showing \(offset + 1)–\(offset + applications.count).</p>"
        var pager: [HTML] = []
        if offset > 0 { pager.append("<a href=\"\(base)?offset=\(max(0, offset - limit))\">← newer</a>") }
        if offset + limit < totalCount { pager.append("<a href=\"\(base)?offset=\(offset + limit)\">older →</a>") }
        let content: HTML = """
            <p class="actions"><a class="button" id="new-application" href="\(ConsoleRoutes.prefix)/applications/new/">New application</a>
            <span class="hint">The same data as <code>GET /v1/Account/\(authID)/Application/</code>.</span></p>
            \(summary)\(applications.map(card))<p class="actions">\(pager)</p>
            """
        return HTMLPage(
            title: "Applications", accountID: authID, section: .applications, notice: notice, content: content)
    }

    private func card(_ application: Application) -> HTML {
        let path = "\(ConsoleRoutes.prefix)/applications/\(FormURLEncoding.percentEncode(application.appID))"
        let fields = Self.apiFields(of: application, authID: authID).map { name, value -> HTML in
            "<div><dt>\(name)</dt><dd data-field=\"\(name)\">\(value)</dd></div>"
        }
        return """
            <section class="card" id="app-\(application.appID)">
            <h2>\(application.appName) <small>\(application.appID)</small></h2>
            <dl>\(fields)</dl>
            <p class="actions"><a href="\(path)/edit/">Edit</a> <a href="\(path)/delete/">Delete…</a></p>
            </section>

            """
    }

    /// The object's keys and values as `GET …/Application/{app_id}/` shows them, read back from the API's own
    /// encoder so that the console can never miss a field the API has, or name it differently.
    static func apiFields(of application: Application, authID: String) -> [(String, String)] {
        var json = JSONWriter()
        ApplicationJSON.write(application, authID: authID, apiID: nil, into: &json)
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(json.bytes)) else {
            return []
        }
        return object.keys.sorted().map { key in (key, text(object[key] ?? .null)) }
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .bool(let flag): String(flag)
        case .number(let number): String(number)
        case .null: "null"
        case .array, .object: "…"
        }
    }
}

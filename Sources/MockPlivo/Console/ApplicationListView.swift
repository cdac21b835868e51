import HTTPServerKit
import PlivoStore

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
        let fields = APIObjectView.fields { json in
            ApplicationJSON.write(application, authID: authID, apiID: nil, into: &json)
        }
        return APIObjectView.card(
            id: "app-\(application.appID)", heading: "\(application.appName) <small>\(application.appID)</small>",
            fields: fields,
            actions: "<p class=\"actions\"><a href=\"\(path)/edit/\">Edit</a> <a href=\"\(path)/delete/\">Delete…</a></p>")
    }
}

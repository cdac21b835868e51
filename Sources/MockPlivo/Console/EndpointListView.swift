import HTTPServerKit
import PlivoStore

/// The endpoints page: one card per SIP endpoint the signed-in account sees, with every field as
/// `GET …/Endpoint/{endpoint_id}/` returns it (never the password, which only its hash remembers).
struct EndpointListView {
    var endpoints: [Endpoint]
    var authID: String
    var totalCount: Int

    func page() -> HTMLPage {
        let cards = endpoints.map { endpoint -> HTML in
            APIObjectView.card(
                id: "endpoint-\(endpoint.endpointID)",
                heading: "\(endpoint.alias) <small>\(endpoint.username)</small>",
                fields: APIObjectView.fields { json in
                    EndpointJSON.write(endpoint, authID: authID, apiID: nil, into: &json)
                })
        }
        let summary: HTML =
            totalCount == 0
            ? "<p>No endpoints. Create one with <code>POST /v1/Account/\(authID)/Endpoint/</code>.</p>"
            : "<p>\(totalCount) endpoint\(totalCount == 1 ? "" : "s")\(totalCount > endpoints.count ? ", the newest \(endpoints.count) shown" : "").</p>"
        return HTMLPage(
            title: "Endpoints", accountID: authID, section: .endpoints, content: summary + HTML(trusted: cards.map(\.rendered).joined()))
    }
}

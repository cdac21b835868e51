import HTTPServerKit
import PlivoStore
import PlivoSupport

/// Plivo's list paging (Tastypie's paginator): `limit` defaults to 20 and is capped to 20 when above it or 0;
/// `offset` defaults to 0; `meta.next`/`meta.previous` are a path plus query keeping the other filters, or null.
struct ListPagination: Equatable {
    static let maxLimit = 20

    var limit: Int
    var offset: Int

    /// Reads `limit` and `offset`; a negative or non-integer value is a 400 naming it.
    init(_ parameters: RequestParameters) throws(PlivoError) {
        let requested = try parameters.nonNegativeInteger("limit") ?? Self.maxLimit
        limit = requested == 0 || requested > Self.maxLimit ? Self.maxLimit : requested
        offset = try parameters.nonNegativeInteger("offset") ?? 0
    }

    var pageRequest: PageRequest { PageRequest(limit: limit, offset: offset) }

    /// Writes the `meta` object. `path` is the list's path, `request` supplies the filters to keep.
    func writeMeta(totalCount: Int, path: String, request: HTTPRequest, into json: inout JSONWriter) {
        let filters = request.queryItems.filter { $0.name != "limit" && $0.name != "offset" }
        func link(offset: Int) -> String {
            var pairs = [("limit", String(limit))]
            pairs += filters.map { ($0.name, $0.value) }
            pairs.append(("offset", String(offset)))
            return path + "?" + FormURLEncoding.encode(pairs)
        }
        json.object { meta in
            meta.member("limit", limit)
            // Written so that no sum can overflow: offset may be as large as Int.max.
            meta.member("next", offset < totalCount && totalCount - offset > limit ? link(offset: offset + limit) : nil)
            meta.member("offset", offset)
            meta.member("previous", offset > 0 ? link(offset: max(0, offset - limit)) : nil)
            meta.member("total_count", totalCount)
        }
    }

    /// A whole list response: `{"api_id", "meta", "objects"}`.
    func response<Item>(
        page: Page<Item>, path: String, request: HTTPRequest, apiID: String,
        writeItem: (Item, inout JSONWriter) -> Void
    ) -> HTTPResponse {
        PlivoResponse.json(.ok) { json in
            json.object { object in
                object.member("api_id", apiID)
                object.key("meta")
                writeMeta(totalCount: page.totalCount, path: path, request: request, into: &object)
                object.key("objects")
                object.array { array in
                    for item in page.items { writeItem(item, &array) }
                }
            }
        }
    }
}

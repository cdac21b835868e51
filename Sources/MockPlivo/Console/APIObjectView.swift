import FoundationEssentials
import PlivoSupport

/// Shows an API object as the API returns it: its keys and values read back from the API's own JSON writer, so
/// that a console page can never miss a field the API has, or name it differently.
enum APIObjectView {
    /// The object's members, keys sorted as Plivo sends them; `api_id` is the response's, not the object's.
    static func fields(_ write: (inout JSONWriter) -> Void) -> [(String, String)] {
        var json = JSONWriter()
        write(&json)
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(json.bytes)) else {
            return []
        }
        return object.keys.sorted().filter { $0 != "api_id" }.map { key in (key, text(object[key] ?? .null)) }
    }

    /// A `<dl>` of every field, each value tagged with `data-field` for tests and scripts.
    static func definitionList(_ fields: [(String, String)]) -> HTML {
        let items = fields.map { name, value -> HTML in
            "<div><dt>\(name)</dt><dd data-field=\"\(name)\">\(value)</dd></div>"
        }
        return "<dl>\(items)</dl>"
    }

    /// A card per object: a heading, every field, and optional actions.
    static func card(id: String, heading: HTML, fields: [(String, String)], actions: HTML = .empty) -> HTML {
        """
        <section class="card" id="\(id)">
        <h2>\(heading)</h2>
        \(definitionList(fields))\(actions)
        </section>

        """
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .bool(let flag): String(flag)
        case .number(let number): number == number.rounded() ? String(Int64(number)) : String(number)
        case .null: "null"
        case .array, .object: "…"
        }
    }
}

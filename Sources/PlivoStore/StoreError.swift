/// What a store operation can fail with. Handlers map these to Plivo's envelope; SQLite types never leak.
package enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The resource does not exist or is not visible to the asking scope (→ 404 `not found`).
    case notFound(resource: String, id: String)
    /// A parameter names something that does not exist or is not visible (→ 400 naming `parameter`).
    case invalidReference(parameter: String, value: String)
    /// The database failed; the text is for logs (→ 500).
    case storage(String)

    package var description: String {
        switch self {
        case .notFound(let resource, let id): "\(resource) \(id) not found"
        case .invalidReference(let parameter, let value): "\(parameter): \(value) does not exist"
        case .storage(let message): "storage failure: \(message)"
        }
    }
}

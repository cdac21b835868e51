/// What a store operation can fail with. Handlers map these to Plivo's envelope; SQLite types never leak.
package enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The resource does not exist or is not visible to the asking scope (→ 404 `not found`).
    case notFound(resource: String, id: String)
    /// A parameter names something that does not exist or is not visible (→ 400 naming `parameter`).
    case invalidReference(parameter: String, value: String)
    /// The number is not in the inventory, or someone holds it already (→ 404 naming it).
    case notForSale(number: String)
    /// An account already holds the number it was asked to add (→ 400 naming it).
    case alreadyHeld(number: String)
    /// The main account's `cash_credits` do not cover `cost` (→ 400 with both amounts, in Plivo's format).
    case insufficientCredit(cost: String, balance: String)
    /// The database failed; the text is for logs (→ 500).
    case storage(String)
    /// A file to restore from is not a mock-plivo database, for `reason` ("it is empty"); nothing was changed.
    case unusableDatabase(path: String, reason: String)

    package var description: String {
        switch self {
        case .notFound(let resource, let id): "\(resource) \(id) not found"
        case .invalidReference(let parameter, let value): "\(parameter): \(value) does not exist"
        case .notForSale(let number): "number \(number) is not for sale"
        case .alreadyHeld(let number): "number \(number) is already held by an account"
        case .insufficientCredit(let cost, let balance): "insufficient credit: \(cost) needed, \(balance) available"
        case .storage(let message): "storage failure: \(message)"
        case .unusableDatabase(let path, let reason): "'\(path)' is not a usable mock-plivo database: \(reason)"
        }
    }
}

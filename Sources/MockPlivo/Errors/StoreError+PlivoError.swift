import PlivoStore

/// The one mapping from store failures to what an API client sees, shared by the API's error middleware and the
/// console's forms so that both show the same message.
extension StoreError {
    /// The Plivo error for this failure, or `nil` for a storage failure, which is logged and answered with a 500.
    var plivoError: PlivoError? {
        switch self {
        case .notFound: .notFound
        case .invalidReference(let parameter, let value): PlivoError.invalid(parameter, "\(value) does not exist")
        case .notForSale(let number): PlivoError(.notFound, "number \(number) is not for sale")
        case .alreadyHeld(let number): PlivoError.invalid("numbers", "include \(number), which an account already holds")
        case .insufficientCredit(let cost, let balance):
            PlivoError(.badRequest, "insufficient credit: this costs \(cost) and cash_credits is \(balance)")
        case .storage, .unusableDatabase: nil
        }
    }
}

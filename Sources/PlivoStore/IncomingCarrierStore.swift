/// Incoming carriers, seen through the scope of the account that asks.
package protocol IncomingCarrierStore: Sendable {
    func createCarrier(name: String, ipSet: String, in scope: AccountScope) throws -> IncomingCarrier

    func carrier(id carrierID: String, in scope: AccountScope) throws -> IncomingCarrier?

    /// A page of the visible carriers, newest first; `name` keeps those whose name contains it (any case).
    func listCarriers(nameContaining name: String?, page: PageRequest, in scope: AccountScope) throws
        -> Page<IncomingCarrier>

    /// Changes the name and/or the IP set. Throws `notFound`.
    func updateCarrier(id carrierID: String, name: String?, ipSet: String?, in scope: AccountScope) throws
        -> IncomingCarrier

    /// Removes the carrier and every number it brought. Throws `notFound`.
    func deleteCarrier(id carrierID: String, in scope: AccountScope) throws
}

import CallEngine
import PlivoStore
import PlivoSupport

/// The handsets of a main account's world, as stored (`PUT /__mock/Account/{auth_id}/Handset/{number}/`): the
/// number's own, else the account's `default`, else ``Handset/default``.
struct HandsetDirectory {
    static let defaultKey = "default"

    let store: any MessageStore
    let mainAccountID: String

    func handset(for number: String) throws -> Handset {
        for key in [number, Self.defaultKey] {
            if let document = try store.handsetDocument(key, mainAccountID: mainAccountID) {
                return try Self.decode(document)
            }
        }
        return .default
    }

    /// The handset a call or message to `destination` reaches: a number's digits, or `sip:user` for a SIP URI
    /// (`sip:alice@phone.plivo.com` is the handset `sip:alice`).
    static func key(forDestination destination: String) -> String {
        guard destination.hasPrefix("sip:") else { return destination }
        return "sip:" + destination.dropFirst(4).prefix { $0 != "@" }
    }

    /// A stored document; it was checked when it was stored, so a failure here is a storage fault.
    static func decode(_ document: String) throws -> Handset {
        do {
            return try Handset(document: JSONParser.parse(Array(document.utf8)))
        } catch {
            throw StoreError.storage("a stored handset no longer reads: \(error)")
        }
    }
}

import CallEngine
import PlivoStore
import PlivoSupport

/// What a `<Dial>` reaches, from the store: a number's handset (the account's `default`, else the built-in one)
/// rated from the catalog as an outbound call; a `sip:` user only when it is one of the account's endpoints,
/// whose handset is `sip:username`.
struct StoreDialPort: DialPort {
    let store: any MockPlivoStore & MessageStore

    func leg(to destination: String, mainAccountID: String, subaccountID: String?) -> DialLeg? {
        let scope = AccountScope(mainAccountID: mainAccountID, subaccountID: subaccountID)
        let to: String
        if destination.hasPrefix("sip:") {
            let username = String(destination.dropFirst(4).prefix { $0 != "@" })
            guard let endpoint = try? store.endpoint(username: username, in: scope) else { return nil }
            to = "sip:\(endpoint.username)@phone.plivo.com"
        } else {
            to = destination
        }
        let directory = HandsetDirectory(store: store, mainAccountID: mainAccountID)
        // A stored handset that no longer reads is a storage fault; the call still rings, as the default does.
        let handset = (try? directory.handset(for: HandsetDirectory.key(forDestination: to))) ?? .default
        let (rate, interval) = CallPlacing.rating(of: to)
        return DialLeg(to: to, remote: handset.voice, rate: rate, billingInterval: interval)
    }
}

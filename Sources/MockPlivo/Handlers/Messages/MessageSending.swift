import CallEngine
import PlivoCatalog
import PlivoStore
import PlivoSupport

/// Turns a validated send into the messages to store and to start: one per destination, priced from the
/// catalog, scripted by the destination's handset, checked against what the seed requires of the source.
struct MessageSending: Sendable {
    let store: any MockPlivoStore & MessageStore
    let ids: IdentifierGenerator
    let loop: EngineLoop
    let messaging: MessagingService

    /// The messages, stored as queued and charged, then handed to the engine; their UUIDs in destination order,
    /// once they are stored (at once, or when another event loop's group commit has taken them along).
    func send(_ request: MessageSendRequest, in scope: AccountScope) throws -> WriteOutcome<[String]> {
        let credentials = try self.credentials(of: scope)
        let handsets = HandsetDirectory(store: store, mainAccountID: scope.mainAccountID)
        let queuedAt = loop.now
        var stored: [StoredMessage] = []
        var outbound: [OutboundMessage] = []
        var cost = Money.zero
        for destination in request.destinations {
            let country = Pricing.standard.country(forNumber: destination)
            try checkSource(request, to: destination, country: country, in: scope)
            let units = request.type == "mms" ? 1 : SMSEncoding.units(of: request.text)
            let rate = request.type == "mms"
                ? country?.pricing.message.mmsOutbound ?? Pricing.restOfWorldMessageRate
                : Pricing.standard.outboundMessageRate(for: destination)
            let amount = rate * units
            cost += amount
            let network = country?.network(forNumber: destination)
            let uuid = ids.makeRandomUUID()
            stored.append(StoredMessage(
                uuid: uuid, accountID: scope.mainAccountID, subaccountID: scope.subaccountID, direction: "outbound",
                state: "queued", type: request.type, from: request.source ?? "",
                to: request.log ? destination : MessageParameters.masked(destination),
                text: request.log ? request.text : "", units: units, totalRate: rate, totalAmount: amount,
                errorCode: nil, messageTime: queuedAt.microseconds, sentTime: nil, updatedTime: queuedAt.microseconds,
                powerpackUUID: nil, mediaURLs: request.mediaURLs))
            outbound.append(OutboundMessage(
                uuid: uuid, accountID: scope.mainAccountID, subaccountID: scope.subaccountID,
                from: request.source ?? "", to: destination, type: request.type, text: request.text, units: units,
                rate: rate, amount: amount, mcc: network?.mcc ?? "000", mnc: network?.mnc ?? "000",
                statusURL: request.statusURL, statusMethod: request.statusMethod, credentials: credentials,
                powerpackUUID: nil, queuedAt: queuedAt, behaviour: try handsets.handset(for: destination).sms))
        }
        let uuids = stored.map(\.uuid)
        switch try store.queueMessages(stored, cost: cost, mainAccountID: scope.mainAccountID) {
        case .committed:
            messaging.queue(outbound)
            return .committed(uuids)
        case .queued(let storing):
            let sent = WriteTicket<[String]>()
            storing.onCompletion { [messaging, outbound] result in
                if case .success = result { messaging.queue(outbound) }
                sent.complete(result.map { uuids })
            }
            return .queued(sent)
        }
    }

    /// The seed: "a Plivo phone number is required for sending messages to the U.S. or Canada"; and MMS goes to
    /// those two countries only. The number must be the sender's own (or its main account's) and take SMS.
    private func checkSource(
        _ request: MessageSendRequest, to destination: String, country: Country?, in scope: AccountScope
    ) throws {
        let northAmerican = country?.isoCode == "US" || country?.isoCode == "CA"
        if request.type == "mms" && !northAmerican {
            throw PlivoError.invalid("dst", "\(destination): MMS can only be sent to the US and Canada")
        }
        guard northAmerican, let source = request.source else { return }
        guard let held = try store.number(source, in: AccountScope(mainAccountID: scope.mainAccountID)),
              held.subaccountID == nil || held.subaccountID == scope.subaccountID
        else {
            throw PlivoError.invalid(
                "src", "\(source) is not a number of this account; messages to the US and Canada need one")
        }
        guard held.services.contains(request.type == "mms" ? .mms : .sms) else {
            throw PlivoError.invalid("src", "\(source) cannot send \(request.type.uppercased())")
        }
    }

    /// The tokens the sender's status reports are signed with.
    func credentials(of scope: AccountScope) throws -> CallbackCredentials {
        guard let main = try store.account(authID: scope.mainAccountID) else { throw PlivoError.authenticationFailed }
        let owner = try scope.subaccountID.flatMap { try store.account(authID: $0) } ?? main
        return CallbackCredentials(authToken: owner.authToken, mainAuthToken: main.authToken)
    }
}

import CallEngine
import HTTPServerKit
import PlivoCatalog
import PlivoStore
import PlivoSupport

extension HandsetHandlers {
    /// `POST /__mock/Account/{auth_id}/Handset/{number}/Call/` with `to` (a number the account holds, or one of
    /// its endpoints as `sip:username`) → 201 `{"api_id", "call_uuid", "message": "call started"}`: the handset
    /// calls, and the number's (or endpoint's) application answers, through the call engine. The handset's voice
    /// settings play the caller (when it hangs up). 400 when the destination has no application with an
    /// `answer_url`.
    func call(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let from = try Self.key(context)
        guard from != HandsetDirectory.defaultKey else { throw PlivoError.invalid("handset", "must be a number or a sip: user to call") }
        let parameters = try RequestParameters.body(of: request)
        guard let typed = try parameters.nonEmptyString("to") else { throw PlivoError.missing("to") }
        let (to, appID, rate) = try destination(typed, in: scope)
        guard let appID, let application = try store.application(id: appID, in: AccountScope(mainAccountID: scope.mainAccountID)),
              !application.answerURL.isEmpty
        else { throw PlivoError.invalid("to", "\(to) has no application with an answer_url to take the call") }
        let owner = AccountScope(mainAccountID: application.accountID, subaccountID: application.subaccountID)
        let uuid = ids.makeRandomUUID()
        let hangup = application.hangupURL.isEmpty ? application.answerURL : application.hangupURL
        engine.calls.receive(CallSetup(
            direction: .inbound, callUUID: uuid, requestUUID: nil, accountID: owner.mainAccountID,
            subaccountID: owner.subaccountID, from: from, to: to,
            callerName: try parameters.string("caller_name", maxLength: CallRequest.maxCallerNameLength) ?? "",
            forwardedFrom: try parameters.nonEmptyString("forwarded_from"),
            answer: CallURL(application.answerURL, method: application.answerMethod),
            fallback: application.fallbackAnswerURL.isEmpty
                ? nil : CallURL(application.fallbackAnswerURL, method: application.fallbackMethod),
            hangup: CallURL(hangup, method: application.hangupMethod),
            credentials: try engine.sending.credentials(of: owner), rate: rate.0, billingInterval: rate.1,
            remote: try HandsetDirectory(store: store, mainAccountID: scope.mainAccountID).handset(for: from).voice,
            startAt: engine.loop.now))
        return PlivoResponse.json(.created) { json in
            json.object { object in
                object.member("api_id", ids.makeUUID())
                object.member("call_uuid", uuid)
                object.member("message", "call started")
            }
        }
    }

    /// The called number or endpoint, its application, and the inbound rate: the number's own voice rate, or the
    /// catalog's SIP rate for an endpoint.
    private func destination(_ typed: String, in scope: AccountScope) throws
        -> (to: String, appID: String?, rate: (Money, BillingInterval)) {
        if typed.hasPrefix("sip:") {
            let username = String(typed.dropFirst(4).prefix { $0 != "@" })
            guard let endpoint = try store.endpoint(username: username, in: scope) else {
                throw PlivoError.invalid("to", "\(typed) is not an endpoint of this account")
            }
            return ("sip:\(endpoint.username)@phone.plivo.com", endpoint.appID, CallSimulator.inboundRating(of: typed))
        }
        let number = typed.hasPrefix("+") ? String(typed.dropFirst()) : typed
        guard NumberParameters.isE164Digits(number), let held = try store.number(number, in: scope) else {
            throw PlivoError.invalid("to", "\(typed) is not a number this account holds")
        }
        let interval = Pricing.standard.billingInterval(for: number)
        return (number, held.appID, (held.voiceRate, interval))
    }
}

import CallEngine
import HTTPServerKit
import PlivoSupport

/// The other end of a live call, driven by a test step by step (rather than scripted up front in its handset):
/// press keys, say words. Documented with curl examples in `docs/handsets.md`.
struct CallControlHandlers: Sendable {
    static let maxDigits = 99
    static let maxSpeech = 1000

    let ids: IdentifierGenerator
    let calls: CallService

    /// `POST /__mock/Account/{auth_id}/Call/{call_uuid}/Press/` with `digits` → 202; a GetDigits or GetInput
    /// listening hears them at the clock's present. 404 for a call that is not in progress.
    func press(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = try RequestParameters.body(of: request)
        guard let digits = try parameters.nonEmptyString("digits") else { throw PlivoError.missing("digits") }
        guard digits.count <= Self.maxDigits, digits.allSatisfy({ "0123456789*#".contains($0) }) else {
            throw PlivoError.invalid("digits", "must be up to \(Self.maxDigits) keys among 0-9, * and #")
        }
        guard calls.press(try Self.callUUID(context), keys: digits, mainAccountID: scope.mainAccountID,
                          subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "digits pressed")
    }

    /// `POST /__mock/Account/{auth_id}/Call/{call_uuid}/Say/` with `speech` (and `confidence`, 0 to 1, default
    /// 0.9) → 202; a GetInput listening for speech hears it. 404 for a call that is not in progress.
    func say(_ request: HTTPRequest, context: HTTPRequestContext) throws -> HTTPResponse {
        let scope = try context.requireScope()
        let parameters = try RequestParameters.body(of: request)
        guard let speech = try parameters.string("speech", maxLength: Self.maxSpeech), !speech.isEmpty else {
            throw PlivoError.missing("speech")
        }
        var confidence = 0.9
        if let text = try parameters.nonEmptyString("confidence") {
            guard let value = Double(text), (0...1).contains(value) else {
                throw PlivoError.invalid("confidence", "must be a number from 0 to 1")
            }
            confidence = value
        }
        guard calls.say(try Self.callUUID(context), text: speech, confidence: confidence,
                        mainAccountID: scope.mainAccountID, subaccountID: scope.subaccountID)
        else { throw PlivoError.notFound }
        return PlivoResponse.message(.accepted, apiID: ids.makeUUID(), message: "speech said")
    }

    private static func callUUID(_ context: HTTPRequestContext) throws(PlivoError) -> String {
        guard let uuid = context.parameters["callUUID"], !uuid.isEmpty else { throw PlivoError.notFound }
        return uuid
    }
}

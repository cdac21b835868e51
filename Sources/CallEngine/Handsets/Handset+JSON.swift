import PlivoSupport

/// The handset document of the control API (`PUT /__mock/Account/{auth_id}/Handset/{number}/`), read and
/// written. Every key is optional; what is left out takes ``Handset/default``'s value.
///
/// ```json
/// {"sms": {"outcome": "undelivered", "error_code": "80", "sent_after_ms": 500, "delivered_after_ms": 4000,
///          "reply": {"text": "STOP", "after_ms": 1000}}}
/// ```
extension Handset {
    /// A problem with a document, naming the key: `sms.outcome must be one of …`.
    public struct DocumentError: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Longest reply text: a long SMS's worth.
    public static let maxReplyLength = 1600
    /// Longest delay a document may ask for: a day, so a typo cannot park a message for years.
    public static let maxDelayMilliseconds: Int64 = 86_400_000

    package init(document: JSONValue) throws(DocumentError) {
        guard case .object(let object) = document.withoutNulls else {
            throw DocumentError(message: "the handset must be a JSON object")
        }
        try Self.refuseUnknownKeys(object, allowed: ["sms", "voice"], in: "")
        self = .default
        if let sms = object["sms"] { self.sms = try SMSBehaviour(document: sms) }
        if let voice = object["voice"] { self.voice = try VoiceBehaviour(document: voice) }
    }

    /// The document for this handset, every key spelled out.
    package func write(into json: inout JSONWriter) {
        json.object { object in
            object.key("sms")
            sms.write(into: &object)
            object.key("voice")
            voice.write(into: &object)
        }
    }

    static func refuseUnknownKeys(_ object: [String: JSONValue], allowed: Set<String>, in path: String) throws(DocumentError) {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw DocumentError(message: "\(path)\(unknown) is not a handset setting; use \(allowed.sorted().map { path + $0 }.joined(separator: ", "))")
        }
    }

    static func milliseconds(_ value: JSONValue?, _ path: String) throws(DocumentError) -> SimulatedDuration? {
        guard let value else { return nil }
        // Compared as a Double: converting 1e19 to Int64 first would trap.
        guard case .number(let number) = value, number == number.rounded(), number >= 0,
              number <= Double(maxDelayMilliseconds)
        else { throw DocumentError(message: "\(path) must be a whole number of milliseconds from 0 to \(maxDelayMilliseconds)") }
        return .milliseconds(Int64(number))
    }
}

extension SMSBehaviour {
    init(document: JSONValue) throws(Handset.DocumentError) {
        guard case .object(let object) = document else {
            throw Handset.DocumentError(message: "sms must be a JSON object")
        }
        try Handset.refuseUnknownKeys(
            object, allowed: ["outcome", "error_code", "sent_after_ms", "delivered_after_ms", "reply"], in: "sms.")
        self.init()
        if let value = object["outcome"] {
            guard case .string(let text) = value, let outcome = Outcome(rawValue: text) else {
                throw Handset.DocumentError(
                    message: "sms.outcome must be one of \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.outcome = outcome
        }
        if let value = object["error_code"] {
            guard case .string(let code) = value, let error = MessageErrorCode.withCode(code) else {
                throw Handset.DocumentError(
                    message: "sms.error_code must be one of Plivo's codes: " + MessageErrorCode.all.map(\.code).joined(separator: ", "))
            }
            guard outcome != .delivered else {
                throw Handset.DocumentError(message: "sms.error_code needs an outcome other than delivered")
            }
            errorCode = error
        }
        sentAfter = try Handset.milliseconds(object["sent_after_ms"], "sms.sent_after_ms") ?? sentAfter
        deliveredAfter = try Handset.milliseconds(object["delivered_after_ms"], "sms.delivered_after_ms") ?? deliveredAfter
        if let value = object["reply"] {
            guard case .object(let reply) = value else { throw Handset.DocumentError(message: "sms.reply must be a JSON object") }
            try Handset.refuseUnknownKeys(reply, allowed: ["text", "after_ms"], in: "sms.reply.")
            guard case .string(let text)? = reply["text"], !text.isEmpty, text.count <= Handset.maxReplyLength else {
                throw Handset.DocumentError(message: "sms.reply.text must be a text of 1 to \(Handset.maxReplyLength) characters")
            }
            self.reply = Reply(text: text, after: try Handset.milliseconds(reply["after_ms"], "sms.reply.after_ms") ?? .seconds(3))
        }
    }

    func write(into json: inout JSONWriter) {
        json.object { object in
            object.member("delivered_after_ms", Int(deliveredAfter.milliseconds))
            object.member("error_code", effectiveErrorCode.flatMap { $0.code == "000" ? nil : $0.code })
            object.member("outcome", outcome.rawValue)
            object.key("reply")
            if let reply {
                object.object { item in
                    item.member("after_ms", Int(reply.after.milliseconds))
                    item.member("text", reply.text)
                }
            } else {
                object.value(nil as String?)
            }
            object.member("sent_after_ms", Int(sentAfter.milliseconds))
        }
    }
}

extension VoiceBehaviour {
    init(document: JSONValue) throws(Handset.DocumentError) {
        guard case .object(let object) = document else {
            throw Handset.DocumentError(message: "voice must be a JSON object")
        }
        try Handset.refuseUnknownKeys(
            object,
            allowed: [
                "answer", "ring_ms", "hangup_after_ms", "digits", "digits_after_ms", "speech", "speech_confidence",
                "record_ms", "record_finish_key",
            ],
            in: "voice.")
        self.init()
        if let value = object["answer"] {
            guard case .string(let text) = value, let answer = Answer(rawValue: text) else {
                throw Handset.DocumentError(
                    message: "voice.answer must be one of \(Answer.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.answer = answer
        }
        ringFor = try Handset.milliseconds(object["ring_ms"], "voice.ring_ms") ?? ringFor
        hangupAfter = try Handset.milliseconds(object["hangup_after_ms"], "voice.hangup_after_ms")
        digitsAfter = try Handset.milliseconds(object["digits_after_ms"], "voice.digits_after_ms") ?? digitsAfter
        if let value = object["digits"] {
            // An empty entry in a list is an attempt where nothing is pressed.
            let valid: (String) -> Bool = { $0.count <= 99 && $0.allSatisfy { "0123456789*#".contains($0) } }
            switch value {
            case .string(let keys) where valid(keys) && !keys.isEmpty: digits = [keys]
            case .array(let items):
                digits = try items.map { item throws(Handset.DocumentError) in
                    guard case .string(let keys) = item, valid(keys) else {
                        throw Handset.DocumentError(message: "voice.digits must be keys (0-9, *, #) or a list of them")
                    }
                    return keys
                }
            default: throw Handset.DocumentError(message: "voice.digits must be keys (0-9, *, #) or a list of them")
            }
        }
        if let value = object["speech"] {
            let message = "voice.speech must be a phrase or a list of phrases of at most 1000 characters"
            switch value {
            case .string(let text) where !text.isEmpty && text.count <= 1000: speech = [text]
            case .array(let items):
                speech = try items.map { item throws(Handset.DocumentError) in
                    guard case .string(let text) = item, text.count <= 1000 else { throw Handset.DocumentError(message: message) }
                    return text
                }
            default: throw Handset.DocumentError(message: message)
            }
        }
        recordTalk = try Handset.milliseconds(object["record_ms"], "voice.record_ms") ?? recordTalk
        if let value = object["record_finish_key"], value != .null {
            guard case .string(let key) = value, key.count == 1, let character = key.first, "0123456789*#".contains(character)
            else { throw Handset.DocumentError(message: "voice.record_finish_key must be one key: 0-9, * or #") }
            recordFinishKey = character
        }
        if let value = object["speech_confidence"] {
            guard case .number(let confidence) = value, (0...1).contains(confidence) else {
                throw Handset.DocumentError(message: "voice.speech_confidence must be a number from 0 to 1")
            }
            speechConfidence = confidence
        }
    }

    func write(into json: inout JSONWriter) {
        json.object { object in
            object.member("answer", answer.rawValue)
            object.key("digits")
            object.array { array in for keys in digits { array.value(keys) } }
            object.member("digits_after_ms", Int(digitsAfter.milliseconds))
            object.key("hangup_after_ms")
            if let hangupAfter { object.value(Int(hangupAfter.milliseconds)) } else { object.value(nil as String?) }
            object.member("record_finish_key", recordFinishKey.map(String.init))
            object.member("record_ms", Int(recordTalk.milliseconds))
            object.member("ring_ms", Int(ringFor.milliseconds))
            object.key("speech")
            object.array { array in for text in speech { array.value(text) } }
            object.member("speech_confidence", speechConfidence)
        }
    }
}

extension JSONValue {
    /// The value with every `null` member of its objects removed, recursively: `null` means "not given" anywhere
    /// in a document, as in the API's own parameters (and the documents the mock writes back spell it out).
    fileprivate var withoutNulls: JSONValue {
        switch self {
        case .object(let members): .object(members.filter { $0.value != .null }.mapValues(\.withoutNulls))
        case .array(let items): .array(items.map(\.withoutNulls))
        default: self
        }
    }
}

import HTTPServerKit
import PlivoSupport

extension RequestParameters {
    /// Parameters that are text by nature wherever they appear: names, a message's text, what is spoken, UUIDs. A
    /// JSON number there is a client's mistake (no SDK sends one), so it is a 400 like any other type.
    static let textOnly: Set<String> = [
        "name", "app_name", "text", "city", "address", "alias", "caller_name", "username", "password", "region",
        "speech", "message", "voice", "language", "auth_token", "method", "account", "parent_call_uuid",
    ]

    /// A text parameter; numbers are accepted as their decimal text (some SDKs send ids and phone numbers as numbers),
    /// except for ``textOnly`` ones. A JSON `null` is not text: the SDKs leave out what is not set, and the
    /// parameters where `null` means "clear it" ask ``RequestParameters/isExplicitNull(_:)`` first.
    func string(_ name: String) throws(PlivoError) -> String? {
        switch values[name] {
        case nil: return nil
        case .string(let text)?: return text
        case .number(let number)? where !Self.textOnly.contains(name):
            // A whole number reads as its digits: exactly below 2^63, where every whole Double converts to Int64, and
            // as Int64's bounds beyond, where a count or a number of seconds means "past anything" and no id exists.
            guard number.isFinite, number == number.rounded() else { return String(number) }
            let bound = 9_223_372_036_854_775_808.0
            return String(number >= bound ? Int64.max : number < -bound ? Int64.min : Int64(number))
        default: throw PlivoError.invalid(name, "must be a string")
        }
    }

    /// A text parameter of at most `maxLength` characters (``TextLimits``); longer is a 400 naming the parameter.
    func string(_ name: String, maxLength: Int) throws(PlivoError) -> String? {
        guard let text = try string(name) else { return nil }
        try Self.requireLength(of: text, name, atMost: maxLength)
        return text
    }

    /// Throws the 400 of ``string(_:maxLength:)`` when `text` is longer than `maxLength` characters.
    static func requireLength(of text: String, _ name: String, atMost maxLength: Int) throws(PlivoError) {
        // The UTF-8 count bounds the character count from above and costs nothing: most values are short.
        guard text.utf8.count > maxLength else { return }
        let length = text.count
        guard length <= maxLength else {
            throw PlivoError.invalid(name, "must be at most \(maxLength) characters, got \(length)")
        }
    }

    /// A text parameter where an empty value means "not given", as for optional filters and references.
    func nonEmptyString(_ name: String) throws(PlivoError) -> String? {
        try string(name).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A `subaccount` parameter: a subaccount auth_id, as the SDKs check it before they send it (else a 400 naming
    /// it); empty counts as not sent.
    func subaccountID(_ name: String = "subaccount") throws(PlivoError) -> String? {
        guard let subaccount = try nonEmptyString(name) else { return nil }
        guard AccountIDFormat.isSubaccountID(subaccount) else {
            throw PlivoError.invalid(name, "must be a subaccount auth_id (SA followed by 18 characters)")
        }
        return subaccount
    }

    /// A boolean, read leniently as the SDKs send them: `true`/`false`, `"true"`/`"True"`/`"false"`/`"False"`,
    /// `"1"`/`"0"` and `1`/`0` (.NET sends `True`, PHP `1`, Node `"true"`).
    func bool(_ name: String) throws(PlivoError) -> Bool? {
        switch values[name] {
        case nil: return nil
        case .bool(let flag)?: return flag
        case .number(let number)? where number == 0 || number == 1: return number == 1
        case .string(let text)?:
            switch text.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: break
            }
        default: break
        }
        throw PlivoError.invalid(name, "must be a boolean (true or false)")
    }

    /// `GET` or `POST` in any case, returned upper-case.
    func httpMethod(_ name: String) throws(PlivoError) -> String? {
        guard let text = try string(name) else { return nil }
        // ASCII letters in any case, compared byte by byte: `uppercased()` walked Unicode for every method of every
        // create (and let "poſt" through as POST).
        if text.isEqualIgnoringASCIICase("GET") { return "GET" }
        if text.isEqualIgnoringASCIICase("POST") { return "POST" }
        throw PlivoError.invalid(name, "must be GET or POST")
    }

    /// An absolute `http` or `https` URL of at most ``TextLimits/url`` characters; `""` is accepted when
    /// `allowEmpty`, to clear an optional URL.
    func url(_ name: String, allowEmpty: Bool) throws(PlivoError) -> String? {
        guard let text = try string(name, maxLength: TextLimits.url) else { return nil }
        if text.isEmpty {
            if allowEmpty { return text }
            throw PlivoError.invalid(name, "must not be empty")
        }
        guard URLValidation.isAbsoluteHTTPURL(text) else {
            throw PlivoError.invalid(name, "must be an absolute http or https URL")
        }
        return text
    }

    /// `text` as a whole number, digits beyond `Int.max` read as `Int.max`: Plivo's Python takes any integer, and
    /// every such parameter (an offset, a count, a number of seconds) means "past anything" long before that.
    /// Nil for anything but an optional sign and ASCII digits.
    static func wholeNumber(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        let digits = text.utf8.dropFirst(text.hasPrefix("+") ? 1 : 0)
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int.max
    }

    /// A non-negative integer (``wholeNumber(_:)``); the messages are the ones Plivo's (Tastypie) paginator gives.
    func nonNegativeInteger(_ name: String) throws(PlivoError) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let number = Self.wholeNumber(text) else {
            throw PlivoError(.badRequest, "Invalid \(name) '\(text)' provided. Please provide an integer.")
        }
        guard number >= 0 else {
            throw PlivoError(.badRequest, "Invalid \(name) '\(text)' provided. Please provide a positive integer >= 0.")
        }
        return number
    }
}

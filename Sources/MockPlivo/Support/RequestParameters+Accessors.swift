import HTTPServerKit
import PlivoSupport

extension RequestParameters {
    /// A text parameter; numbers are accepted as their decimal text (some SDKs send ids as numbers).
    func string(_ name: String) throws(PlivoError) -> String? {
        switch values[name] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case .number(let number)?:
            return number == number.rounded() && abs(number) < 1e18 ? String(Int64(number)) : String(number)
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
        case nil, .null?: return nil
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

    /// A non-negative integer; the messages are the ones Plivo's (Tastypie) paginator gives.
    func nonNegativeInteger(_ name: String) throws(PlivoError) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let number = Int(text) else {
            throw PlivoError(.badRequest, "Invalid \(name) '\(text)' provided. Please provide an integer.")
        }
        guard number >= 0 else {
            throw PlivoError(.badRequest, "Invalid \(name) '\(text)' provided. Please provide a positive integer >= 0.")
        }
        return number
    }
}

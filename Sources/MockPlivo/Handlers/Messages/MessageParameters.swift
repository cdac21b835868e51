import PlivoStore
import PlivoSupport

/// Reads and validates the Message calls' parameters; every problem is a 400 naming the parameter, and nothing
/// is stored or charged.
enum MessageParameters {
    static func send(from parameters: RequestParameters) throws(PlivoError) -> MessageSendRequest {
        guard let dst = try parameters.nonEmptyString("dst") else { throw PlivoError.missing("dst") }
        let destinations = dst.split(separator: "<", omittingEmptySubsequences: false).map(\.trimmed)
        for destination in destinations where !NumberParameters.isE164Digits(destination) {
            throw PlivoError.invalid("dst", "must be numbers of 8 to 15 digits joined by <, got \"\(destination)\"")
        }
        guard destinations.count <= MessageSendRequest.maxDestinations else {
            throw PlivoError.invalid("dst", "names \(destinations.count) numbers; at most \(MessageSendRequest.maxDestinations)")
        }
        let digits = destinations.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }

        let powerpack = try parameters.nonEmptyString("powerpack_uuid")
        let src = try parameters.nonEmptyString("src")
        switch (src, powerpack) {
        case (nil, nil): throw PlivoError(.badRequest, "src is required (or powerpack_uuid)")
        case (.some, .some): throw PlivoError(.badRequest, "give either src or powerpack_uuid, not both")
        case (nil, let uuid?): throw PlivoError.invalid("powerpack_uuid", "\(uuid) does not exist")
        case (let source?, nil):
            let normalised = try sender(source)
            guard !digits.contains(normalised) else {
                throw PlivoError.invalid("dst", "must not include the source number \(normalised)")
            }
            var request = MessageSendRequest(
                source: normalised, destinations: digits, text: "", type: "sms", statusURL: nil, statusMethod: "POST",
                log: true, mediaURLs: [])
            try readContent(parameters, into: &request)
            return request
        }
    }

    /// A source number (digits, `+` dropped) or an alphanumeric sender ID: 1 to 11 letters, digits and spaces,
    /// at least one letter.
    private static func sender(_ text: String) throws(PlivoError) -> String {
        if NumberParameters.isE164Digits(text) { return text.hasPrefix("+") ? String(text.dropFirst()) : text }
        let allowed = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " ") }
        guard (1...11).contains(text.count), allowed, text.contains(where: \.isLetter) else {
            throw PlivoError.invalid(
                "src", "must be a number of 8 to 15 digits or a sender ID of 1 to 11 letters and digits, got \"\(text)\"")
        }
        return text
    }

    private static func readContent(_ parameters: RequestParameters, into request: inout MessageSendRequest) throws(PlivoError) {
        let type = try parameters.nonEmptyString("type") ?? "sms"
        guard type == "sms" || type == "mms" else {
            throw PlivoError.invalid("type", "must be sms or mms, got \"\(type)\"")
        }
        request.type = type
        request.text = try parameters.string("text") ?? ""
        request.mediaURLs = try mediaURLs(parameters)
        if type == "sms" {
            guard !request.text.isEmpty else { throw PlivoError.missing("text") }
            guard request.mediaURLs.isEmpty else { throw PlivoError.invalid("media_urls", "need type mms") }
        } else if request.text.isEmpty && request.mediaURLs.isEmpty {
            throw PlivoError(.badRequest, "an mms needs text or media_urls")
        }
        let bytes = request.text.utf8.count
        guard bytes <= MessageSendRequest.maxTextBytes else {
            throw PlivoError.invalid("text", "must be at most \(MessageSendRequest.maxTextBytes) bytes of UTF-8, got \(bytes)")
        }
        request.statusURL = try parameters.url("url", allowEmpty: true).flatMap { $0.isEmpty ? nil : $0 }
        request.statusMethod = try parameters.httpMethod("method") ?? "POST"
        request.log = try parameters.bool("log") ?? true
        _ = try parameters.bool("trackable")
        if let expiry = try parameters.string("message_expiry") {
            guard let seconds = Int(expiry), (0...86_400).contains(seconds) else {
                throw PlivoError.invalid("message_expiry", "must be a number of seconds from 0 to 86400, got \"\(expiry)\"")
            }
        }
    }

    /// `media_urls`: a JSON array of URLs (what the SDKs send) or a comma-separated list (a form).
    private static func mediaURLs(_ parameters: RequestParameters) throws(PlivoError) -> [String] {
        let urls: [String]
        switch parameters.values["media_urls"] {
        case nil, .null?: return []
        case .array(let items)?:
            urls = try items.map { item throws(PlivoError) in
                guard case .string(let url) = item else { throw PlivoError.invalid("media_urls", "must be a list of URLs") }
                return url
            }
        case .string(let text)?: urls = text.split(separator: ",").map(\.trimmed)
        default: throw PlivoError.invalid("media_urls", "must be a list of URLs")
        }
        guard urls.count <= MessageSendRequest.maxMedia else {
            throw PlivoError.invalid("media_urls", "names \(urls.count) files; at most \(MessageSendRequest.maxMedia)")
        }
        for url in urls where !URLValidation.isAbsoluteHTTPURL(url) {
            throw PlivoError.invalid("media_urls", "must be absolute http or https URLs, got \"\(url)\"")
        }
        return urls
    }

    /// The list's filters (the seed's, and what plivo-python sends).
    static func query(from parameters: RequestParameters, page: PageRequest) throws(PlivoError) -> MessageQuery {
        var query = MessageQuery(page: page)
        query.subaccountID = try parameters.subaccountID()
        query.direction = try choice(parameters, "message_direction", ["inbound", "outbound"])
        query.state = try choice(
            parameters, "message_state", ["queued", "sent", "failed", "delivered", "undelivered", "rejected", "received"])
        query.type = try choice(parameters, "message_type", ["sms", "mms"])
        query.errorCode = try parameters.nonEmptyString("error_code")
        if let (time, span) = try time(parameters, "message_time") {
            query.from = time
            query.before = time + span
        }
        query.after = try time(parameters, "message_time__gt")?.microseconds
        if let from = try time(parameters, "message_time__gte")?.microseconds { query.from = max(query.from ?? from, from) }
        if let before = try time(parameters, "message_time__lt")?.microseconds {
            query.before = min(query.before ?? before, before)
        }
        query.until = try time(parameters, "message_time__lte")?.microseconds
        return query
    }

    private static func choice(_ parameters: RequestParameters, _ name: String, _ choices: [String]) throws(PlivoError) -> String? {
        guard let value = try parameters.nonEmptyString(name) else { return nil }
        guard choices.contains(value) else {
            throw PlivoError.invalid(name, "must be one of \(choices.joined(separator: ", ")), got \"\(value)\"")
        }
        return value
    }

    private static func time(_ parameters: RequestParameters, _ name: String) throws(PlivoError) -> (microseconds: Int64, span: Int64)? {
        guard let text = try parameters.nonEmptyString(name) else { return nil }
        guard let parsed = Timestamps.parseUTC(text) else {
            throw PlivoError.invalid(name, "must be a UTC time such as 2026-12-06 14:30:00 or 2026-12-06, got \"\(text)\"")
        }
        return parsed
    }

    /// `14155551528` as Plivo masks a destination sent with `log=false`: `141XXXXX528`.
    static func masked(_ number: String) -> String {
        guard number.count > 6 else { return String(repeating: "X", count: number.count) }
        return number.prefix(3) + String(repeating: "X", count: number.count - 6) + number.suffix(3)
    }
}

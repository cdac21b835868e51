import PlivoCatalog
import PlivoStore
import PlivoSupport

/// Reads and validates the Number calls' parameters; every problem is a 400 naming the parameter.
enum NumberParameters {
    /// Longest alias accepted. Plivo documents none; 64 holds any name a person gives a number.
    static let maxAliasLength = TextLimits.name
    /// The number types Plivo's Number objects show.
    static let numberTypes = ["local", "fixed", "national", "mobile", "tollfree"]

    /// The list's filters. `type` is what plivo-python sends and the seed documents; `number_type` is read too.
    static func query(from parameters: RequestParameters, page: PageRequest) throws(PlivoError) -> NumberQuery {
        var query = NumberQuery(page: page)
        if let type = try numberType(parameters, "type") {
            query.numberType = type
        } else {
            query.numberType = try numberType(parameters, "number_type")
        }
        if let prefix = try parameters.nonEmptyString("number_startswith") {
            guard prefix.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw PlivoError.invalid("number_startswith", "must be digits, got \"\(prefix)\"")
            }
            query.startsWith = prefix
        }
        query.subaccountID = try parameters.subaccountID()
        query.alias = try parameters.nonEmptyString("alias")
        if let services = try parameters.nonEmptyString("services") {
            query.services = try servicesFilter(services)
        }
        return query
    }

    /// `voice`, `sms`, `mms` joined by commas, as the seed reads them for an account's numbers: a lone `sms` means
    /// SMS-only numbers.
    static func servicesFilter(_ text: String) throws(PlivoError) -> NumberServicesFilter {
        guard let services = ServiceSet(plivoValue: text) else {
            throw PlivoError.invalid("services", "must be voice, sms, mms or a comma-separated mix, got \"\(text)\"")
        }
        return NumberServicesFilter(required: services, smsOnly: services == .sms)
    }

    static func changes(from parameters: RequestParameters) throws(PlivoError) -> NumberChanges {
        var changes = NumberChanges()
        // An explicit null, "" or "null" unlinks the application, as the seed says of `app_id`.
        if parameters.isExplicitNull("app_id") {
            changes.appID = .some(nil)
        } else if let appID = try parameters.string("app_id") {
            changes.appID = appID.isEmpty || appID == "null" ? .some(nil) : .some(appID)
        }
        changes.subaccountID = try parameters.subaccountID()
        changes.alias = try alias(parameters)
        return changes
    }

    /// `POST …/Number/`: numbers from one of the account's incoming carriers.
    static func carrierNumbers(from parameters: RequestParameters) throws(PlivoError) -> CarrierNumbers {
        guard let list = try parameters.nonEmptyString("numbers") else { throw PlivoError.missing("numbers") }
        let typed = list.split(separator: ",").map(\.trimmed)
        for number in typed where !isE164Digits(number) {
            throw PlivoError.invalid("numbers", "must be comma-separated numbers of 8 to 15 digits, got \"\(number)\"")
        }
        // Stored as digits, as paths name them (`…/Number/{number}/` drops a `+` too).
        let numbers = typed.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }
        guard Set(numbers).count == numbers.count else {
            throw PlivoError.invalid("numbers", "must not name a number twice")
        }
        guard let carrier = try parameters.nonEmptyString("carrier") else { throw PlivoError.missing("carrier") }
        guard let region = try parameters.nonEmptyString("region") else { throw PlivoError.missing("region") }
        return CarrierNumbers(
            numbers: numbers, carrierID: carrier, region: region,
            numberType: try numberType(parameters, "number_type") ?? "local",
            appID: try parameters.nonEmptyString("app_id"), subaccountID: try parameters.subaccountID())
    }

    /// A number in a path or a body: its digits, with a leading `+` allowed.
    static func isE164Digits(_ text: some StringProtocol) -> Bool {
        let digits = text.hasPrefix("+") ? text.dropFirst() : text[...]
        return (8...15).contains(digits.count) && digits.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func numberType(_ parameters: RequestParameters, _ name: String) throws(PlivoError) -> String? {
        guard let type = try parameters.nonEmptyString(name) else { return nil }
        guard numberTypes.contains(type.lowercased()) else {
            throw PlivoError.invalid(name, "must be one of \(numberTypes.joined(separator: ", ")), got \"\(type)\"")
        }
        return type.lowercased()
    }

    private static func alias(_ parameters: RequestParameters) throws(PlivoError) -> String? {
        guard let alias = try parameters.string("alias") else { return nil }
        guard alias.count <= maxAliasLength else {
            throw PlivoError.invalid("alias", "must be at most \(maxAliasLength) characters, got \(alias.count)")
        }
        return alias
    }
}

import PlivoCatalog

/// What a list of the account's numbers is narrowed to (the seed's filters).
package struct NumberQuery: Sendable, Equatable {
    /// `local`, `tollfree`, `mobile`, `national` or `fixed`.
    package var numberType: String?
    /// Numbers whose digits start with this (the country code included).
    package var startsWith: String?
    /// Only this subaccount's numbers.
    package var subaccountID: String?
    /// Only numbers with exactly this alias.
    package var alias: String?
    /// As the seed reads `services`: `voice` (voice, with or without SMS), `sms` (SMS only), `voice,sms` (both);
    /// `mms` asks for MMS as well.
    package var services: NumberServicesFilter?
    package var page = PageRequest()

    package init(
        numberType: String? = nil, startsWith: String? = nil, subaccountID: String? = nil, alias: String? = nil,
        services: NumberServicesFilter? = nil, page: PageRequest = PageRequest()
    ) {
        self.numberType = numberType
        self.startsWith = startsWith
        self.subaccountID = subaccountID
        self.alias = alias
        self.services = services
        self.page = page
    }
}

/// The seed's `services` filter on account numbers: each service named must be enabled; `smsOnly` is the seed's
/// lone `sms`, "numbers that provide only sms services".
package struct NumberServicesFilter: Sendable, Equatable {
    package var required: ServiceSet
    package var smsOnly: Bool

    package init(required: ServiceSet, smsOnly: Bool = false) {
        self.required = required
        self.smsOnly = smsOnly
    }
}

/// A request to buy a number from the inventory.
package struct NumberPurchase: Sendable, Equatable {
    package var number: String
    /// nil attaches the owner's default number app, if there is one.
    package var appID: String?

    package init(number: String, appID: String? = nil) {
        self.number = number
        self.appID = appID
    }
}

/// Numbers from the account's own carriers (`POST …/Number/`).
package struct CarrierNumbers: Sendable, Equatable {
    package var numbers: [String]
    package var carrierID: String
    package var region: String
    package var numberType: String
    package var appID: String?
    package var subaccountID: String?

    package init(
        numbers: [String], carrierID: String, region: String, numberType: String = "local", appID: String? = nil,
        subaccountID: String? = nil
    ) {
        self.numbers = numbers
        self.carrierID = carrierID
        self.region = region
        self.numberType = numberType
        self.appID = appID
        self.subaccountID = subaccountID
    }
}

/// A change to a number: only non-nil fields change; `appID` `.some(nil)` unlinks the application.
package struct NumberChanges: Sendable, Equatable {
    package var appID: String??
    package var subaccountID: String?
    package var alias: String?

    package init(appID: String?? = nil, subaccountID: String? = nil, alias: String? = nil) {
        self.appID = appID
        self.subaccountID = subaccountID
        self.alias = alias
    }
}

/// The numbers for sale and the numbers accounts hold, seen through the scope of the account that asks.
package protocol NumberStore: Sendable {
    /// A page of the numbers for sale matching `query`: the inventory less every number any account holds.
    func searchNumbers(_ query: NumberSearchQuery) throws -> NumberSearchResult

    /// Buys a number for the scope's owner: its setup and first month's rental leave the main account's
    /// `cash_credits`. Throws `notForSale`, `insufficientCredit` or `invalidReference("app_id")`.
    func buyNumber(_ purchase: NumberPurchase, in scope: AccountScope) throws -> AccountNumber

    /// Adds numbers from one of the account's carriers; all or none. Throws `invalidReference` for the carrier,
    /// the app or the subaccount, and `alreadyHeld` for a number someone holds.
    func addCarrierNumbers(_ numbers: CarrierNumbers, in scope: AccountScope) throws -> [AccountNumber]

    func number(_ number: String, in scope: AccountScope) throws -> AccountNumber?

    /// A page of the visible numbers, newest first.
    func listNumbers(_ query: NumberQuery, in scope: AccountScope) throws -> Page<AccountNumber>

    /// Throws `notFound`, `invalidReference("app_id")` or `invalidReference("subaccount")`.
    func updateNumber(_ number: String, changes: NumberChanges, in scope: AccountScope) throws -> AccountNumber

    /// Unrents the number: it leaves the account and, if it came from the inventory, is for sale again.
    func deleteNumber(_ number: String, in scope: AccountScope) throws

    /// The number, whoever holds it: what an inbound call or message to it reaches.
    func heldNumber(_ number: String) throws -> AccountNumber?
}

/// The main account's balance, which numbers, messages and calls are paid from.
package protocol CreditStore: Sendable {
    /// `cash_credits` of the main account `authID`; throws `notFound` for an unknown or sub account.
    func cashCredits(mainAccountID authID: String) throws -> Money

    /// Sets the balance, for tests (`POST /__mock/accounts/{auth_id}/credit`).
    func setCashCredits(_ amount: Money, mainAccountID authID: String) throws
}

import PlivoCatalog
import PlivoSupport

extension SQLiteStore: NumberStore {
    static let numberColumns = """
        number, account_id, subaccount_id, app_id, carrier_id, alias, number_type, country_iso, region, city, \
        voice_enabled, sms_enabled, mms_enabled, monthly_rental_rate, voice_rate, sms_rate, mms_rate, added_on, \
        renewal_date
        """
    /// With the carrier's name, for `carrier`; `n.` columns as in `numberColumns`.
    private static let selectNumbers = """
        SELECT n.number, n.account_id, n.subaccount_id, n.app_id, n.carrier_id, n.alias, n.number_type, \
        n.country_iso, n.region, n.city, n.voice_enabled, n.sms_enabled, n.mms_enabled, n.monthly_rental_rate, \
        n.voice_rate, n.sms_rate, n.mms_rate, n.added_on, n.renewal_date, c.name
        FROM numbers n LEFT JOIN incoming_carriers c ON c.carrier_id = n.carrier_id
        """
    private static let list = ListSource(
        kind: "numbers", counted: "numbers n", select: selectNumbers, order: "n.seq DESC")
    /// The visibility rule on `n`: `?2` main account, `?3` the asking subaccount or NULL.
    private static let visible = "n.account_id = ?2 AND (?3 IS NULL OR n.subaccount_id = ?3)"
    private static let insertNumber = """
        INSERT INTO numbers (\(numberColumns)) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, \
        ?15, ?16, ?17, ?18, ?19)
        """
    // MARK: Numbers for sale

    package func searchNumbers(_ query: NumberSearchQuery) throws -> NumberSearchResult {
        let held = try heldNumbersForSearch()
        return inventory.search(query, excluding: held)
    }

    /// The held numbers the inventory offers, read once after each change to what is held.
    private func heldNumbersForSearch() throws -> HeldNumbers {
        if let held = heldInventoryNumbers.withLock({ $0 }) { return held }
        return try read { database in
            // Filled while the connection is held, like the read caches: a write after this point empties it.
            let held = HeldNumbers(try database.query(sql: "SELECT number FROM numbers") { $0.text(0) }, in: inventory)
            heldInventoryNumbers.withLock { $0 = held }
            return held
        }
    }

    package func buyNumber(_ purchase: NumberPurchase, in scope: AccountScope) throws -> AccountNumber {
        guard let offer = inventory.offer(number: purchase.number) else {
            throw StoreError.notForSale(number: purchase.number)
        }
        // The index of held numbers is updated in place rather than rebuilt: a test that buys and searches in turn
        // would otherwise read every held number again at each search.
        return try write(invalidating: []) { database in
            guard try !isHeld(purchase.number, database: database) else {
                throw StoreError.notForSale(number: purchase.number)
            }
            let appID = try purchase.appID.map { try requireVisibleApplication($0, in: scope, database: database) }
                ?? defaultNumberApplication(accountID: scope.mainAccountID, subaccountID: scope.subaccountID,
                                            database: database)
            try debit(offer.setupRate + offer.monthlyRentalRate, from: scope.mainAccountID, database: database)
            let number = AccountNumber(
                number: offer.number, accountID: scope.mainAccountID, subaccountID: scope.subaccountID,
                appID: appID, carrierName: "Plivo", numberType: offer.kind.rawValue, countryISO: offer.country.isoCode,
                region: offer.accountRegion, city: offer.city ?? "", services: offer.services,
                monthlyRentalRate: offer.monthlyRentalRate, voiceRate: offer.voiceRate, smsRate: offer.smsRate,
                mmsRate: offer.mmsRate, addedOn: today, renewalDate: renewalDay)
            try database.execute(sql: Self.insertNumber, bindings: Self.bindings(for: number))
            database.countInsertedRow("numbers", accountID: number.accountID, subaccountID: number.subaccountID)
            return number
        } afterCommit: { number in
            heldInventoryNumbers.withLock { $0?.insert(number.number, in: inventory) }
        }
    }

    package func addCarrierNumbers(_ request: CarrierNumbers, in scope: AccountScope) throws -> [AccountNumber] {
        try write(invalidating: .numbers) { database in
            guard try fetchCarrier(id: request.carrierID, in: scope, database: database) != nil else {
                throw StoreError.invalidReference(parameter: "carrier", value: request.carrierID)
            }
            let subaccountID = try resolveOwner(requested: request.subaccountID, in: scope, database: database)
            let appID = try request.appID.map { try requireVisibleApplication($0, in: scope, database: database) }
                ?? defaultNumberApplication(accountID: scope.mainAccountID, subaccountID: subaccountID,
                                            database: database)
            return try request.numbers.map { digits in
                guard try !isHeld(digits, database: database) else { throw StoreError.alreadyHeld(number: digits) }
                // A carrier's number is the account's own: no rental, inbound traffic at the country's rates.
                let country = Pricing.standard.country(forNumber: digits)
                let pricing = country?.pricing
                let number = AccountNumber(
                    number: digits, accountID: scope.mainAccountID, subaccountID: subaccountID, appID: appID,
                    carrierID: request.carrierID, carrierName: "", numberType: request.numberType,
                    countryISO: country?.isoCode ?? "", region: request.region, city: "", services: .voiceAndSMS,
                    monthlyRentalRate: .zero, voiceRate: pricing?.inboundVoiceRate(for: .local) ?? .zero,
                    smsRate: pricing?.message.inbound ?? .zero, mmsRate: .zero, addedOn: today, renewalDate: renewalDay)
                try database.execute(sql: Self.insertNumber, bindings: Self.bindings(for: number))
                database.countInsertedRow("numbers", accountID: number.accountID, subaccountID: number.subaccountID)
                return number
            }
        }
    }

    package func number(_ number: String, in scope: AccountScope) throws -> AccountNumber? {
        try read { database in try fetchNumber(number, in: scope, database: database) }
    }

    package func heldNumber(_ number: String) throws -> AccountNumber? {
        try read { database in
            try database.queryFirst(sql: "\(Self.selectNumbers) WHERE n.number = ?1", bindings: [.text(number)],
                                    Self.decodeNumber)
        }
    }

    package func listNumbers(_ query: NumberQuery, in scope: AccountScope) throws -> Page<AccountNumber> {
        // `number_startswith` is a range of `numbers_by_account_number` (see `SQLFilter.requirePrefix`), an
        // `alias` a key of `numbers_by_account_alias`.
        let owners = ListOwners(scope: scope, subaccountFilter: query.subaccountID)
        var filter = SQLFilter(owners: owners, columnPrefix: "n.")
        if let numberType = query.numberType { filter.require("n.number_type", "=", .text(numberType)) }
        if let prefix = query.startsWith { filter.requirePrefix("n.number", prefix) }
        if let alias = query.alias { filter.require("n.alias", "=", .text(alias)) }
        if let services = query.services {
            if services.required.contains(.voice) { filter.require("n.voice_enabled = 1") }
            if services.required.contains(.sms) { filter.require("n.sms_enabled = 1") }
            if services.required.contains(.mms) { filter.require("n.mms_enabled = 1") }
            if services.smsOnly { filter.require("n.voice_enabled = 0") }
        }
        return try read { database in
            try listPage(Self.list, filter: filter, page: query.page, database: database, Self.decodeNumber)
        }
    }

    package func updateNumber(_ number: String, changes: NumberChanges, in scope: AccountScope) throws
        -> AccountNumber {
        try write(invalidating: []) { database in
            guard var held = try fetchNumber(number, in: scope, database: database) else {
                throw StoreError.notFound(resource: "number", id: number)
            }
            if let subaccountID = changes.subaccountID {
                held.subaccountID = try resolveOwner(requested: subaccountID, in: scope, database: database)
            }
            if let appID = changes.appID {
                held.appID = try appID.map { try requireVisibleApplication($0, in: scope, database: database) }
            }
            held.alias = changes.alias ?? held.alias
            try database.execute(sql: """
                UPDATE numbers SET subaccount_id = ?2, app_id = ?3, alias = ?4 WHERE number = ?1
                """, bindings: [.text(held.number), .text(held.subaccountID), .text(held.appID), .text(held.alias)])
            return held
        }
    }

    package func deleteNumber(_ number: String, in scope: AccountScope) throws {
        try write(invalidating: []) { database in
            try database.execute(sql: """
                DELETE FROM numbers WHERE number = ?1 AND account_id = ?2 AND (?3 IS NULL OR subaccount_id = ?3)
                """, bindings: [.text(number), .text(scope.mainAccountID), .text(scope.subaccountID)])
            guard database.changes > 0 else { throw StoreError.notFound(resource: "number", id: number) }
        } afterCommit: { _ in
            heldInventoryNumbers.withLock { $0?.remove(number, in: inventory) }
        }
    }

    // MARK: Helpers

    private func isHeld(_ number: String, database: SQLiteDatabase) throws -> Bool {
        try database.queryFirst(sql: "SELECT 1 FROM numbers WHERE number = ?1", bindings: [.text(number)]) { _ in
            true
        } ?? false
    }

    private func fetchNumber(_ number: String, in scope: AccountScope, database: SQLiteDatabase) throws
        -> AccountNumber? {
        try database.queryFirst(
            sql: "\(Self.selectNumbers) WHERE n.number = ?1 AND \(Self.visible)",
            bindings: [.text(number), .text(scope.mainAccountID), .text(scope.subaccountID)], Self.decodeNumber)
    }

    /// The owner's default number app: the subaccount's, or the main account's own.
    func defaultNumberApplication(accountID: String, subaccountID: String?, database: SQLiteDatabase) throws
        -> String? {
        try database.queryFirst(sql: """
            SELECT app_id FROM applications WHERE account_id = ?1 AND subaccount_id IS ?2 AND default_number_app = 1
            ORDER BY seq DESC LIMIT 1
            """, bindings: [.text(accountID), .text(subaccountID)]) { $0.text(0) }
    }

    private static func bindings(for number: AccountNumber) -> [SQLiteValue] {
        [.text(number.number), .text(number.accountID), .text(number.subaccountID), .text(number.appID),
         .text(number.carrierID), .text(number.alias), .text(number.numberType), .text(number.countryISO),
         .text(number.region), .text(number.city), .bool(number.services.contains(.voice)),
         .bool(number.services.contains(.sms)), .bool(number.services.contains(.mms)),
         .integer(number.monthlyRentalRate.units), .integer(number.voiceRate.units), .integer(number.smsRate.units),
         .integer(number.mmsRate.units), .text(number.addedOn), .text(number.renewalDate)]
    }

    static func decodeNumber(_ row: SQLiteRow) -> AccountNumber {
        var services: ServiceSet = []
        if row.bool(10) { services.insert(.voice) }
        if row.bool(11) { services.insert(.sms) }
        if row.bool(12) { services.insert(.mms) }
        let carrierID = row.optionalText(4)
        return AccountNumber(
            number: row.text(0), accountID: row.text(1), subaccountID: row.optionalText(2), appID: row.optionalText(3),
            carrierID: carrierID, carrierName: carrierID == nil ? "Plivo" : row.text(19), alias: row.optionalText(5),
            numberType: row.text(6), countryISO: row.text(7), region: row.text(8), city: row.text(9),
            services: services, monthlyRentalRate: Money(units: row.int64(13)), voiceRate: Money(units: row.int64(14)),
            smsRate: Money(units: row.int64(15)), mmsRate: Money(units: row.int64(16)), addedOn: row.text(17),
            renewalDate: row.text(18))
    }
}

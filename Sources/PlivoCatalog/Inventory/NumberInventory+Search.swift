extension NumberInventory {
    /// One page of the numbers for sale that match `query`, in ascending order, with the total count of all
    /// matching numbers still for sale.
    ///
    /// `isUnavailable` hides numbers someone has bought (from every account alike); it is asked once per
    /// candidate, that is, per number that passes every other filter, so a search costs the candidates it walks
    /// times one set lookup, however many numbers are owned. Filters other than `pattern` are decided per block,
    /// and `pattern` narrows each block by binary search, so candidates are only numbers that truly match.
    /// Hidden numbers are skipped before counting, so `totalCount` and every page agree: walking the pages from
    /// offset 0 by `limit` visits each available number exactly once.
    public func search(
        _ query: NumberSearchQuery,
        excluding isUnavailable: (String) -> Bool = { _ in false }
    ) -> NumberSearchResult {
        let limit = max(0, query.limit)
        let offset = max(0, query.offset)
        guard let (country, runs) = candidateRuns(query) else { return .empty(limit: limit, offset: offset) }

        var page: [OfferedNumber] = []
        var matched = 0
        for (stockIndex, run) in runs {
            let stock = stocks[stockIndex]
            for index in run {
                let number = stock.numbers[index]
                if isUnavailable(number) { continue }
                if matched >= offset && page.count < limit {
                    page.append(OfferedNumber(number: number, country: country, block: stock.block))
                }
                matched += 1
            }
        }
        return NumberSearchResult(numbers: page, totalCount: matched, limit: limit, offset: offset)
    }

    /// `search(_:excluding:)` with what is held indexed (``HeldNumbers``): the same result, at a cost that does not
    /// grow with the candidates it counts. Each block's run of candidates is counted as its length less the held
    /// positions inside it (two binary searches); only the runs the page comes from are walked, beside their held
    /// positions.
    public func search(_ query: NumberSearchQuery, excluding held: HeldNumbers) -> NumberSearchResult {
        let limit = max(0, query.limit)
        let offset = max(0, query.offset)
        guard let (country, runs) = candidateRuns(query) else { return .empty(limit: limit, offset: offset) }

        var page: [OfferedNumber] = []
        var matched = 0
        for (stockIndex, run) in runs {
            let stock = stocks[stockIndex]
            let hidden = held.positions(inStock: stockIndex, range: run)
            let available = run.count - hidden.count
            // Walked only where the page lies: from the first match the offset asks for, until the page is full.
            if page.count < limit && matched + available > offset {
                var next = hidden.startIndex
                var seen = matched
                for position in run {
                    if next < hidden.endIndex && hidden[next] == position {
                        next += 1
                        continue
                    }
                    if seen >= offset {
                        page.append(OfferedNumber(number: stock.numbers[position], country: country, block: stock.block))
                        if page.count == limit { break }
                    }
                    seen += 1
                }
            }
            matched += available
        }
        return NumberSearchResult(numbers: page, totalCount: matched, limit: limit, offset: offset)
    }

    /// The query's country and, in number order, each block it accepts with the run of that block's numbers its
    /// pattern matches: what both searches walk. Nil for a country the inventory does not sell in.
    private func candidateRuns(_ query: NumberSearchQuery) -> (Country, [(stock: Int, run: Range<Int>)])? {
        guard let country = country(isoCode: query.countryISO),
              let filter = BlockFilter(query: query, country: country)
        else { return nil }
        let runs = stockIndices(inCountry: country.isoCode).filter { filter.accepts(stocks[$0].block) }.map { index in
            (index, stocks[index].indices(matchingNationalPattern: filter.pattern, callingCode: country.callingCode))
        }
        return (country, runs)
    }

    /// `search(_:excluding:)` with the owned numbers as a set.
    public func search(_ query: NumberSearchQuery, excluding owned: Set<String>) -> NumberSearchResult {
        search(query) { owned.contains($0) }
    }
}

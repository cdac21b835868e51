/// What kind of number a block holds, in the words Plivo prints as `sub_type` in a phone-number search and as
/// `number_type` on a rented number.
///
/// Plivo's search `type` is coarser (`fixed`, `mobile`, `tollfree`); `type` maps each kind onto it. US and CA
/// geographic numbers are `local`; other countries' geographic numbers are `fixed`; non-geographic numbers billed
/// like landlines (UK 03, FR 09, DE 032) are `national`.
public enum NumberKind: String, CaseIterable, Hashable, Sendable, Comparable {
    case local
    case fixed
    case national
    case mobile
    case tollfree

    /// The coarse type Plivo prints as `type` in a search result.
    public var type: NumberType {
        switch self {
        case .local, .fixed, .national: .fixed
        case .mobile: .mobile
        case .tollfree: .tollfree
        }
    }

    /// True for numbers tied to a place (an area code, a city): `local` and `fixed`.
    public var isGeographic: Bool {
        self == .local || self == .fixed
    }

    /// Declaration order: geographic first, toll-free last, as listings show them.
    public static func < (lhs: NumberKind, rhs: NumberKind) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .local: 0
        case .fixed: 1
        case .national: 2
        case .mobile: 3
        case .tollfree: 4
        }
    }
}

/// Plivo's coarse number `type`, as the search API documents it: "fixed, mobile and tollfree".
public enum NumberType: String, CaseIterable, Hashable, Sendable {
    case fixed
    case mobile
    case tollfree
}

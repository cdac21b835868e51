/// The `type` parameter of a phone-number search.
///
/// Plivo documents `fixed`, `mobile`, `tollfree` and `any`, and also uses `local` and `national` (a rented
/// number's `number_type` and a search result's `sub_type`). The mock accepts all six:
/// `fixed` is every landline kind (local, fixed, national), `local` is the geographic ones (local, fixed),
/// and the others are exactly their kind.
public enum NumberTypeFilter: String, CaseIterable, Hashable, Sendable {
    case any
    case fixed
    case local
    case national
    case mobile
    case tollfree

    /// Parses the parameter, case-insensitively; nil for anything else, so the handler can answer 400.
    public init?(plivoValue: String) {
        self.init(rawValue: plivoValue.lowercased())
    }

    /// Whether a number of `kind` is of this type.
    public func matches(_ kind: NumberKind) -> Bool {
        switch self {
        case .any: true
        case .fixed: kind.type == .fixed
        case .local: kind.isGeographic
        case .national: kind == .national
        case .mobile: kind == .mobile
        case .tollfree: kind == .tollfree
        }
    }

    /// Whether the `region` filter applies to this type: Plivo says "only applicable when the type is fixed".
    var takesRegion: Bool {
        self == .fixed || self == .local || self == .national
    }
}

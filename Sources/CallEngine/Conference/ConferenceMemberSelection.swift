/// Which members a member operation acts on: the path's `member_id` is one id, a comma-separated list, or `all`.
public enum ConferenceMemberSelection: Sendable, Equatable {
    case all
    case ids([String])

    public init(_ text: String) {
        if text == "all" {
            self = .all
        } else {
            self = .ids(text.split(separator: ",").map { String($0.filter { !$0.isWhitespace }) })
        }
    }

    func includes(_ memberID: String) -> Bool {
        switch self {
        case .all: true
        case .ids(let ids): ids.contains(memberID)
        }
    }
}

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

    func pick(_ members: [LiveConferenceMember]) -> [LiveConferenceMember] {
        switch self {
        case .all: members
        case .ids(let ids): members.filter { ids.contains($0.memberID) }
        }
    }
}

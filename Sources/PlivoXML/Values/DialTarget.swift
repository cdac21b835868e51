/// Who a `<Dial>` rings: its `<Number>` and `<User>` nouns, all at once, first to answer wins.
public enum DialTarget: Sendable, Equatable {
    case number(Number)
    case user(User)

    static let rules: [ChildRule<DialTarget>] = [
        ChildRule(name: Number.name, documented: true) { .number(Number(reading: &$0)) },
        ChildRule(name: User.name, documented: true) { .user(User(reading: &$0)) },
    ]
}

/// What runs when a call ends (a recording stopping, a Dial's other legs ending, a member leaving its room), in
/// the order it was added. Work that is over before the call removes its hook by the token it got: a call that
/// joins rooms or records again and again must not hold every earlier verb until it hangs up.
struct CallEndHooks {
    struct Token: Equatable {
        fileprivate let value: Int
    }

    private var hooks: [(token: Token, run: (EngineTurn) -> Void)] = []
    private var nextToken = 0

    var isEmpty: Bool { hooks.isEmpty }
    var count: Int { hooks.count }

    @discardableResult
    mutating func add(_ hook: @escaping (EngineTurn) -> Void) -> Token {
        let token = Token(value: nextToken)
        nextToken += 1
        hooks.append((token, hook))
        return token
    }

    mutating func remove(_ token: Token) {
        hooks.removeAll { $0.token == token }
    }

    /// The hooks to run, leaving none behind (a hook that ends another call must not find this one's again).
    mutating func takeAll() -> [(EngineTurn) -> Void] {
        defer { hooks = [] }
        return hooks.map(\.run)
    }

    mutating func removeAll() {
        hooks = []
    }
}

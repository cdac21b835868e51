/// Where Plivo's API lives: every call an SDK makes is under the account it authenticates as.
enum PlivoAPIRoutes {
    /// The account group's prefix; its `authID` must be the authenticated account.
    static let accountPrefix = "/v1/Account/:authID"
}

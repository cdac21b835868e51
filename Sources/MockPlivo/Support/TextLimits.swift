/// The longest value the mock takes for each kind of text parameter it stores.
///
/// Plivo documents no length for these (the seeds and the API reference are silent), yet its database certainly has
/// one; the mock bounds them so that no request can store megabytes in a field, at sizes no real use reaches. A
/// longer value is a 400 in Plivo's envelope naming the parameter, the limit and the length given
/// (`{"api_id", "error": "app_name must be at most 64 characters, got 5000"}`), and nothing is stored. Lengths are
/// counted in characters, as a person reads them. The list is in the README's Decisions.
enum TextLimits {
    /// Names people give: `app_name`, subaccount and account `name`, endpoint `username` and `alias`, a number's
    /// `alias`, an incoming carrier's `name`, a minted account's `name`.
    static let name = 64
    /// An account's `city`.
    static let city = 64
    /// An account's `address`.
    static let address = 255
    /// An endpoint's `password` (as long as the longest auth token the control plane takes).
    static let password = 128
    /// Every callback URL: `answer_url`, `hangup_url`, `fallback_answer_url`, `message_url`; and a fault rule's
    /// `path`. Longer than any browser or proxy passes on.
    static let url = 2048
    /// A fault rule's `message`.
    static let faultMessage = 255
    /// A simulated SMS's `text`: the longest message Plivo's Message API sends (1,600 characters).
    static let messageText = 1600
}

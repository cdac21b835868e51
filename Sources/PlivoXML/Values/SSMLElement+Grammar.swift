/// The SSML Plivo passes to Amazon Polly: tags, their attributes, and which tag may hold which, as Plivo's SSML
/// page and its SDK builders list them (docs/plivo-xml.md, "SSML").
extension SSMLElement {
    struct Rule {
        let attributes: [String]
        let children: [String]
    }

    /// Every tag `<Speak>` itself may hold.
    static let allTags = ["break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"]

    private static let inline = ["break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"]

    static let grammar: [String: Rule] = [
        "break": Rule(attributes: ["strength", "time"], children: []),
        "emphasis": Rule(attributes: ["level"], children: inline),
        "lang": Rule(attributes: ["xml:lang"], children: allTags),
        "p": Rule(attributes: [], children: ["break", "emphasis", "lang", "prosody", "s", "say-as", "sub", "w"]),
        "phoneme": Rule(attributes: ["alphabet", "ph"], children: []),
        "prosody": Rule(attributes: ["volume", "rate", "pitch"], children: allTags),
        "s": Rule(attributes: [], children: inline),
        "say-as": Rule(attributes: ["interpret-as", "format"], children: []),
        "sub": Rule(attributes: ["alias"], children: []),
        "w": Rule(attributes: ["role"], children: ["break", "emphasis", "phoneme", "prosody", "say-as", "sub"]),
    ]
}

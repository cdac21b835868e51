/// Which voice speaks which language. Plivo's text-to-speech table for WOMAN/MAN, and the Polly voices of the
/// Go and Java SDKs, which refuse a Polly voice not listed for the language (docs/plivo-xml.md, "Speak").
extension SpeakVoice {
    /// Languages of the standard voices, and which of the two each lacks.
    static let standardLanguages: [String: (woman: Bool, man: Bool)] = [
        "da-DK": (true, false), "nl-NL": (true, true), "en-AU": (true, true), "en-GB": (true, true),
        "en-US": (true, true), "fr-FR": (true, true), "fr-CA": (true, false), "de-DE": (true, true),
        "it-IT": (true, true), "pl-PL": (true, true), "pt-PT": (false, true), "pt-BR": (true, true),
        "ru-RU": (true, false), "es-ES": (true, true), "es-US": (true, true), "sv-SE": (true, false),
    ]

    static let pollyVoices: [String: [String]] = [
        "arb": ["Zeina"], "cmn-CN": ["Zhiyu"], "da-DK": ["Naja", "Mads"], "nl-NL": ["Lotte", "Ruben"],
        "en-AU": ["Nicole", "Russell"], "en-GB": ["Amy", "Emma", "Brian"], "en-IN": ["Raveena", "Aditi"],
        "en-US": ["Joanna", "Salli", "Kendra", "Kimberly", "Ivy", "Matthew", "Justin", "Joey"],
        "en-GB-WLS": ["Geraint"], "fr-FR": ["Léa", "Céline", "Mathieu"], "fr-CA": ["Chantal"],
        "de-DE": ["Vicki", "Hans", "Marlene"], "hi-IN": ["Aditi"], "is-IS": ["Dóra", "Karl"],
        "it-IT": ["Carla", "Giorgio"], "ja-JP": ["Mizuki", "Takumi"], "ko-KR": ["Seoyeon"], "nb-NO": ["Liv"],
        "pl-PL": ["Ewa", "Maja", "Jacek", "Jan"], "pt-BR": ["Vitória", "Ricardo"], "pt-PT": ["Inês", "Cristiano"],
        "ro-RO": ["Carmen"], "ru-RU": ["Tatyana", "Maxim"], "es-ES": ["Conchita", "Lucia", "Enrique"],
        "es-MX": ["Mia"], "es-US": ["Penélope", "Miguel"], "sv-SE": ["Astrid"], "tr-TR": ["Filiz"],
        "cy-GB": ["Gwyneth"],
    ]

    /// The listed spelling of a Polly voice for `language`, matched as the Go SDK does: ignoring case and
    /// accents, so `Polly.Lea` and `Polly.léa` are both Léa.
    static func pollyVoice(named name: String, language: String) -> String? {
        pollyVoices[language]?.first { folded($0) == folded(name) }
    }

    private static let accents: [Character: Character] = [
        "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "í": "i", "ó": "o", "ô": "o",
        "õ": "o", "ú": "u", "ç": "c",
    ]

    private static func folded(_ name: String) -> String {
        String(name.lowercased().map { accents[$0] ?? $0 })
    }
}

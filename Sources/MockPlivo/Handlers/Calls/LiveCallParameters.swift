import CallEngine
import PlivoSupport

/// Reads and validates the live-call operations' parameters (`docs/calls.md`, "Live call control"): every
/// problem is a 400 naming the parameter, and nothing starts. Names are plivo-python's (4.63) and plivo-go's,
/// which differ in places (Go sends DTMF's `leg` as `legs`).
enum LiveCallParameters {
    /// Plivo's default `time_limit` for a live recording.
    static let defaultRecordingLimit = 60

    static func recording(from parameters: RequestParameters, id: String, apiID: String) throws(PlivoError) -> LiveRecording {
        var seconds = defaultRecordingLimit
        if let text = try parameters.nonEmptyString("time_limit") {
            guard let value = RequestParameters.wholeNumber(text), value >= 1 else {
                throw PlivoError.invalid("time_limit", "must be a whole number of seconds, at least 1, got \"\(text)\"")
            }
            // No call outlasts a day (`time_limit` of the call itself is cut the same way).
            seconds = min(value, CallRequest.longestTimeLimit)
        }
        let formatText = try choice(parameters, "file_format", ["mp3", "wav"]) ?? "mp3"
        var notes: [(String, String)] = []
        if let type = try choice(parameters, "transcription_type", ["auto", "hybrid", "manual"]) {
            notes.append(("transcription_type", type))
        }
        if let url = try callURL(parameters, "transcription_url", "transcription_method") {
            notes += [("transcription_url", url.url), ("transcription_method", url.method)]
        }
        if let report = try choice(parameters, "transcription_report_type", ["full", "compact"]) {
            notes.append(("transcription_report_type", report))
        }
        if let channels = try choice(parameters, "record_channel_type", ["mono", "stereo"]) {
            notes.append(("record_channel_type", channels))
        }
        return LiveRecording(
            recordingID: id, apiID: apiID, format: RecordingRecord.Format(rawValue: formatText) ?? .mp3,
            timeLimit: .seconds(Int64(seconds)), callback: try callURL(parameters, "callback_url", "callback_method"),
            notes: notes)
    }

    /// `DELETE …/Record/`: `URL`, the recording to stop (every one when absent); `callback_url`/`_method` are
    /// Plivo's asynchronous mode, checked and answered synchronously.
    static func recordingToStop(from parameters: RequestParameters) throws(PlivoError) -> String? {
        try asynchronousMode(parameters)
        if let url = try parameters.nonEmptyString("URL") { return url }
        return try parameters.nonEmptyString("url")
    }

    static func play(from parameters: RequestParameters) throws(PlivoError) -> LivePlay {
        guard let text = try parameters.nonEmptyString("urls") else { throw PlivoError.missing("urls") }
        let urls = text.split(separator: ",").map { String($0.trimmed) }.filter { !$0.isEmpty }
        guard !urls.isEmpty, urls.allSatisfy({ URLValidation.isAbsoluteHTTPURL($0) }) else {
            throw PlivoError.invalid("urls", "must be absolute http or https URLs joined by commas, got \"\(text)\"")
        }
        var length: SimulatedDuration?
        if let lengthText = try parameters.nonEmptyString("length") {
            guard let seconds = RequestParameters.wholeNumber(lengthText), seconds >= 1 else {
                throw PlivoError.invalid("length", "must be a whole number of seconds, at least 1, got \"\(lengthText)\"")
            }
            length = .seconds(Int64(min(seconds, CallRequest.longestTimeLimit)))
        }
        try asynchronousMode(parameters)
        return LivePlay(
            urls: urls, length: length, legs: try legs(parameters, "legs"), loop: try parameters.bool("loop") ?? false,
            mix: try parameters.bool("mix") ?? true)
    }

    static func speak(from parameters: RequestParameters) throws(PlivoError) -> LiveSpeak {
        guard let text = try parameters.nonEmptyString("text"), !text.trimmed.isEmpty else { throw PlivoError.missing("text") }
        let voice = try parameters.nonEmptyString("voice") ?? "WOMAN"
        guard voice == "WOMAN" || voice == "MAN" || (voice.hasPrefix("Polly.") && voice.count > "Polly.".count) else {
            throw PlivoError.invalid("voice", "must be WOMAN, MAN or Polly.<Name>, got \"\(voice)\"")
        }
        let language = try parameters.nonEmptyString("language") ?? "en-US"
        guard isLanguageTag(language) else {
            throw PlivoError.invalid("language", "must be a language code such as en-US, got \"\(language)\"")
        }
        _ = try choice(parameters, "type", ["text", "ssml"])
        try asynchronousMode(parameters)
        return LiveSpeak(
            text: text, voice: voice, language: language, legs: try legs(parameters, "legs"),
            loop: try parameters.bool("loop") ?? false, mix: try parameters.bool("mix") ?? true)
    }

    /// `digits` (keys `0-9 * # A-D`, `w`/`W` pauses) and `leg`, which plivo-go sends as `legs`.
    static func digits(from parameters: RequestParameters) throws(PlivoError) -> (digits: String, leg: CallLegs) {
        guard let digits = try parameters.nonEmptyString("digits") else { throw PlivoError.missing("digits") }
        guard digits.allSatisfy({ "0123456789*#ABCDwW".contains($0) }) else {
            throw PlivoError.invalid("digits", "must be keys from 0-9, *, #, A-D, and w or W for pauses, got \"\(digits)\"")
        }
        let name = parameters.contains("leg") ? "leg" : "legs"
        try asynchronousMode(parameters)
        return (digits, try legs(parameters, name, allowed: [.aleg, .bleg]))
    }

    /// Plivo's asynchronous mode (`callback_url`, `callback_method` on Play, Speak, DTMF and the stops): the
    /// values are checked, and the mock answers synchronously, as for the other calls (`docs/calls.md`).
    static func asynchronousMode(_ parameters: RequestParameters) throws(PlivoError) {
        _ = try callURL(parameters, "callback_url", "callback_method")
    }

    /// `legs`: the call itself, or both legs; a B leg exists only once `<Dial>` is simulated, so `bleg` is
    /// refused with the reason (as a transfer's is).
    private static func legs(
        _ parameters: RequestParameters, _ name: String, allowed: [CallLegs] = CallLegs.allCases
    ) throws(PlivoError) -> CallLegs {
        guard let text = try choice(parameters, name, allowed.map(\.rawValue)), let legs = CallLegs(rawValue: text) else {
            return .aleg
        }
        guard legs != .bleg else {
            throw PlivoError.invalid(name, "is bleg: live media on a Dial's B leg is not simulated; use the B leg's own call_uuid")
        }
        return legs
    }

    private static func callURL(_ parameters: RequestParameters, _ name: String, _ methodName: String) throws(PlivoError) -> CallURL? {
        let method = try parameters.httpMethod(methodName) ?? "POST"
        guard let url = try parameters.url(name, allowEmpty: true), !url.isEmpty else { return nil }
        return CallURL(url, method: method)
    }

    private static func choice(_ parameters: RequestParameters, _ name: String, _ allowed: [String]) throws(PlivoError) -> String? {
        guard let value = try parameters.nonEmptyString(name) else { return nil }
        guard let match = allowed.first(where: { $0 == value.lowercased() }) else {
            throw PlivoError.invalid(name, "must be one of \(allowed.joined(separator: ", ")), got \"\(value)\"")
        }
        return match
    }

    /// `en-US`, `arb`, `cmn-CN`: letters, then groups of letters or digits after hyphens.
    private static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

import PlivoXML

/// What one GetDigits or GetInput element listens for, in the engine's terms: the two elements differ only in
/// these values and in the parameters of their action request.
struct InputRules {
    /// The element's name, for the trace.
    var name: String
    var acceptsDigits: Bool
    var acceptsSpeech: Bool
    var validDigits: String
    var finishOnKey: Character?
    var numDigits: Int
    /// How long to wait for the first input once the prompts have played.
    var firstInputTimeout: SimulatedDuration
    /// How long after a key with no more keys the digits so far are submitted.
    var digitTimeout: SimulatedDuration
    /// How long after the last word speech counts as finished.
    var speechEndTimeout: SimulatedDuration
    var attempts: Int
    var playBeep: Bool
    var invalidDigitsSound: String?
    var action: CallURL?
    var redirect: Bool
    /// GetInput's `interimSpeechResultsCallback`: hears the transcript grow while the other end speaks.
    var interimSpeechCallback: CallURL?

    init(_ getDigits: GetDigits) {
        name = GetDigits.name
        acceptsDigits = true
        acceptsSpeech = false
        validDigits = getDigits.validDigits
        finishOnKey = getDigits.finishOnKey
        numDigits = getDigits.numDigits
        firstInputTimeout = .seconds(Int64(getDigits.timeout))
        digitTimeout = .seconds(Int64(getDigits.digitTimeout))
        speechEndTimeout = .zero
        attempts = getDigits.retries
        playBeep = getDigits.playBeep
        invalidDigitsSound = getDigits.invalidDigitsSound
        action = getDigits.action.map { CallURL($0, method: getDigits.method.rawValue) }
        redirect = getDigits.redirect
        interimSpeechCallback = nil
    }

    init(_ getInput: GetInput, timing: CallTiming) {
        name = GetInput.name
        acceptsDigits = getInput.inputType.contains(.dtmf)
        acceptsSpeech = getInput.inputType.contains(.speech)
        validDigits = "1234567890*#"
        finishOnKey = getInput.finishOnKey
        numDigits = getInput.numDigits
        firstInputTimeout = .seconds(Int64(getInput.executionTimeout))
        digitTimeout = Self.duration(getInput.digitEndTimeout, timing)
        speechEndTimeout = Self.duration(getInput.speechEndTimeout, timing)
        attempts = getInput.retries
        playBeep = false
        invalidDigitsSound = nil
        action = CallURL(getInput.action, method: getInput.method.rawValue)
        redirect = getInput.redirect
        interimSpeechCallback = getInput.interimSpeechResultsCallbackURL.map {
            CallURL($0, method: getInput.interimSpeechResultsCallbackMethod.rawValue)
        }
    }

    private static func duration(_ timeout: GetInput.EndTimeout, _ timing: CallTiming) -> SimulatedDuration {
        switch timeout {
        case .auto: timing.automaticEndTimeout
        case .seconds(let seconds): .seconds(Int64(seconds))
        }
    }
}

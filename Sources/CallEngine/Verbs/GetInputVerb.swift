import PlivoXML

/// `<GetInput>`: prompts, then speech or keys from the other end, then `action` with `InputType`, `Digits`,
/// `Speech`, `SpeechConfidenceScore` and `BilledAmount` (``InputSession``).
struct GetInputVerb: VerbPerformer {
    let getInput: GetInput

    func perform(in context: VerbContext, _ finish: @escaping VerbFinish) {
        context.answer()
        let timing = context.timing
        let session = InputSession(
            runtime: context.runtime, call: context.call, rules: InputRules(getInput, timing: timing),
            prompts: getInput.prompts, earlyMedia: context.earlyMedia,
            parameters: { input in
                switch input {
                case .digits(let digits):
                    ["InputType": "dtmf", "Digits": digits, "Speech": "", "SpeechConfidenceScore": "",
                     "BilledAmount": "0.00000"]
                case .speech(let text, let confidence, let spoken):
                    ["InputType": "speech", "Digits": "", "Speech": text,
                     "SpeechConfidenceScore": String(confidence),
                     "BilledAmount": timing.speechRecognitionCharge(for: spoken)]
                }
            },
            finish: finish)
        session.start(context.turn)
    }
}

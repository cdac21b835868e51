import Testing
@testable import MockPlivo
@testable import OutboundHTTP
@testable import PlivoStore

/// Shared fixtures for the callback tests: an application pointing at a receiver, simulators with a short
/// timeout, and the independent signature check every received request goes through.
enum CallbackFixtures {
    static let authToken = "SubAccountTokenSubAccountToken0001"
    static let mainAuthToken = "MainAccountTokenMainAccountToken001"

    static func application(
        answerURL: String, answerMethod: String = "POST", fallbackURL: String = "", fallbackMethod: String = "POST",
        hangupURL: String = "", hangupMethod: String = "POST", messageURL: String = "", messageMethod: String = "POST"
    ) -> Application {
        Application(
            appID: "12345678901234567", accountID: "MAZDQ1ZDQ5ZDQ5ZDQ5ZD", subaccountID: "SAZDQ1ZDQ5ZDQ5ZDQ5ZD",
            appName: "callbacks", answerURL: answerURL, answerMethod: answerMethod, hangupURL: hangupURL,
            hangupMethod: hangupMethod, fallbackAnswerURL: fallbackURL, fallbackMethod: fallbackMethod,
            messageURL: messageURL, messageMethod: messageMethod, defaultNumberApp: false, defaultEndpointApp: false,
            enabled: true, publicURI: false, logIncomingMessages: true)
    }

    /// A call simulator on a fresh application's engine (time scale 0: calls run to their end at once).
    static func simulator(log: SimulationLog = SimulationLog()) throws -> CallSimulator {
        CallSimulator(engine: try RouterClient().application.engine, log: log)
    }

    /// The answer a simulated call needs to last the caller's 42 s: something, then a long wait.
    static let longCall = CallbackReceiver.Reply.respond(
        status: 200, body: "<Response><Speak>Hello</Speak><Wait length=\"100\"/></Response>")

    static func sender(timeout: Duration = .seconds(5)) -> CallbackSender {
        CallbackSender(transport: CallbackClient(configuration: .init(timeout: timeout)))
    }

    static func callRequest(_ application: Application, forwardedFrom: String? = nil) -> CallSimulationRequest {
        CallSimulationRequest(
            application: application, authToken: authToken, mainAuthToken: mainAuthToken, from: "14155550100",
            to: "14155550199", forwardedFrom: forwardedFrom, durationSeconds: 42)
    }

    /// Recomputes the six signature headers from what arrived on the wire (the URL rebuilt from `Host` and the
    /// target, the decoded form body) and compares. GET parameters are already in the URL.
    static func expectValidSignatures(
        _ request: CallbackReceiver.ReceivedRequest, authToken: String = authToken,
        mainAuthToken: String = mainAuthToken, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let parameters = request.method == "GET" ? [:] : request.formParameters
        guard let nonceV2 = request.header("X-Plivo-Signature-V2-Nonce"),
            let nonceV3 = request.header("X-Plivo-Signature-V3-Nonce")
        else {
            Issue.record("missing signature nonces", sourceLocation: sourceLocation)
            return
        }
        for nonce in [nonceV2, nonceV3] {
            #expect(nonce.count == 20 && nonce.allSatisfy { $0.isASCII && $0.isNumber }, sourceLocation: sourceLocation)
        }
        let expected = [
            "X-Plivo-Signature-V2": PlivoSignature.v2(url: request.url, nonce: nonceV2, authToken: authToken),
            "X-Plivo-Signature-Ma-V2": PlivoSignature.v2(url: request.url, nonce: nonceV2, authToken: mainAuthToken),
            "X-Plivo-Signature-V3": PlivoSignature.v3(
                method: request.method, url: request.url, nonce: nonceV3, authToken: authToken, parameters: parameters),
            "X-Plivo-Signature-Ma-V3": PlivoSignature.v3(
                method: request.method, url: request.url, nonce: nonceV3, authToken: mainAuthToken,
                parameters: parameters),
        ]
        for (name, value) in expected {
            #expect(request.header(name) == value, "\(name)", sourceLocation: sourceLocation)
        }
    }
}

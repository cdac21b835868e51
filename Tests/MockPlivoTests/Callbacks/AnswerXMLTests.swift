import Testing
@testable import MockPlivo

extension CallbackTests {
    /// Which answer bodies count as Plivo XML (root element `<Response>`).
    @Suite struct AnswerXMLTests {
        @Test("Accepts Plivo XML", arguments: [
            "<Response></Response>",
            "<Response/>",
            "<Response />",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n  <Speak>Hi</Speak>\n</Response>\n",
            "\u{FEFF}<?xml version=\"1.0\"?><!-- generated --><Response><Speak>Hi</Speak></Response><!-- end -->",
            "  <Response attr=\"x\"><Wait length=\"2\"/></Response>",
        ])
        func acceptsPlivoXML(body: String) {
            #expect(AnswerXML(body: Array(body.utf8)) != nil)
        }

        @Test("Rejects anything else", arguments: [
            "",
            "OK",
            #"{"Response": []}"#,
            "<html><body><Response></Response></body></html>",
            "<Responses></Responses>",
            "<response></response>",
            "<Response><Speak>cut off",
            "<Response>",
        ])
        func rejectsAnythingElse(body: String) {
            #expect(AnswerXML(body: Array(body.utf8)) == nil)
        }

        @Test("Notices a document that hangs up")

        func noticesADocumentThatHangsUp() {
            #expect(AnswerXML(body: Array("<Response><Hangup reason=\"rejected\"/></Response>".utf8))?.hangsUp == true)
            #expect(AnswerXML(body: Array("<Response><Speak>Hi</Speak></Response>".utf8))?.hangsUp == false)
        }
    }
}

import Testing

@testable import PlivoXML

@Suite struct MessageTests {
    @Test("Message reads sender, recipients separated by <, and text")
    func readsMessage() throws {
        let message = try single(Message.self, """
            <Message src="+14155550100" dst="14155550101&lt;+14155550102" type="sms" callbackUrl="https://example.com/sms" \
            callbackMethod="GET">Your code is 1234</Message>
            """)
        #expect(message.source == "+14155550100")
        #expect(message.destinations == ["14155550101", "+14155550102"])
        #expect(message.type == .sms)
        #expect(message.callbackURL == "https://example.com/sms")
        #expect(message.callbackMethod == .get)
        #expect(message.text == "Your code is 1234")
    }

    @Test("type and callbackMethod default to sms and POST")
    func defaults() throws {
        let message = try single(Message.self, "<Message src=\"1\" dst=\"2\">hi</Message>")
        #expect(message.type == .sms)
        #expect(message.callbackURL == nil)
        #expect(message.callbackMethod == .post)
    }

    @Test("Message needs a sender, recipients and text")
    func needsParts() {
        #expect(messages("<Message>hi</Message>") == ["Message: attribute src is required", "Message: attribute dst is required"])
        #expect(messages("<Message src=\"1\" dst=\"2\"/>") == ["Message: needs the message text as its text"])
    }

    @Test("bad Message values are refused", arguments: [
        ("<Message src=\"1\" dst=\"2&lt;\">hi</Message>", #"Message: attribute dst must be phone numbers separated by <, got "2<""#),
        ("<Message src=\"1\" dst=\"bob\">hi</Message>", #"Message: attribute dst must be phone numbers separated by <, got "bob""#),
        ("<Message src=\"1\" dst=\"2\" type=\"mms\">hi</Message>", #"Message: attribute type must be one of sms, got "mms""#),
        ("<Message src=\"1\" dst=\"2\" callbackUrl=\"example.com\">hi</Message>",
         #"Message: attribute callbackUrl must be an absolute http/https URL, got "example.com""#),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }
}

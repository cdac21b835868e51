import Testing

@testable import PlivoXML

@Suite struct NumberUserTests {
    private func target(_ noun: String) throws -> DialTarget {
        try #require(try single(Dial.self, "<Dial>\(noun)</Dial>").targets.first)
    }

    @Test("Number reads its digits and attributes")
    func readsNumber() throws {
        let target = try target("""
            <Number sendDigits="wwww2410" sendOnPreanswer="true" sendDigitsMode="rfc2833" sipHeaders="a=1" \
            callerId="14155550199" callerName="Desk">+14155550100</Number>
            """)
        guard case .number(let number) = target else { Issue.record("not a number"); return }
        #expect(number.number == "+14155550100")
        #expect(number.sendDigits == "wwww2410")
        #expect(number.sendOnPreanswer == true)
        #expect(number.sendDigitsMode == "rfc2833")
        #expect(number.sipHeaders == [NameValuePair(name: "a", value: "1")])
        #expect(number.callerId == "14155550199")
        #expect(number.callerName == "Desk")
    }

    @Test("a bare Number sends no digits")
    func numberDefaults() throws {
        guard case .number(let number) = try target("<Number>14155550100</Number>") else { Issue.record("not a number"); return }
        #expect(number.sendDigits == nil)
        #expect(number.sendOnPreanswer == false)
        #expect(number.sendDigitsMode == nil)
        #expect(number.sipHeaders == [])
    }

    @Test("Number needs a phone number", arguments: [
        ("<Number/>", "Number: needs a phone number as its text"),
        ("<Number>This is Test</Number>", #"Number: text must be a phone number of up to 15 digits, + optional, got "This is Test""#),
        ("<Number>+1 415 555 0100</Number>", #"Number: text must be a phone number of up to 15 digits, + optional, got "+1 415 555 0100""#),
        ("<Number>1234567890123456</Number>", #"Number: text must be a phone number of up to 15 digits, + optional, got "1234567890123456""#),
        ("<Number sendDigits=\"12x\">123</Number>", #"Number: attribute sendDigits must be keys from 0-9, * and #, with w or W for pauses, got "12x""#),
    ])
    func refusesBadNumbers(xml: String, message: String) {
        #expect(messages("<Dial>\(xml)</Dial>") == [message])
    }

    @Test("User reads its SIP URI and attributes")
    func readsUser() throws {
        let target = try target("""
            <User sendDigits="1" sendOnPreanswer="true" sipHeaders="head1=val1,head2=val2" sipAuthUsername="alice" \
            sipAuthPassword="s3cretpass">sip:alice@phone.plivo.com</User>
            """)
        guard case .user(let user) = target else { Issue.record("not a user"); return }
        #expect(user.uri == "sip:alice@phone.plivo.com")
        #expect(user.sendDigits == "1")
        #expect(user.sendOnPreanswer == true)
        #expect(user.sipHeaders == [NameValuePair(name: "head1", value: "val1"), NameValuePair(name: "head2", value: "val2")])
        #expect(user.sipAuthUsername == "alice")
        #expect(user.sipAuthPassword == "s3cretpass")
    }

    @Test("User needs a SIP URI and both credentials or none", arguments: [
        ("<User/>", "User: needs a SIP URI such as sip:alice@phone.plivo.com as its text"),
        ("<User>alice@phone.plivo.com</User>", #"User: text must be a SIP URI such as sip:alice@phone.plivo.com, got "alice@phone.plivo.com""#),
        ("<User>sip:@phone.plivo.com</User>", #"User: text must be a SIP URI such as sip:alice@phone.plivo.com, got "sip:@phone.plivo.com""#),
        ("<User>sip:alice@</User>", #"User: text must be a SIP URI such as sip:alice@phone.plivo.com, got "sip:alice@""#),
        ("<User sipAuthUsername=\"alice\">sip:a@b</User>", "User: sipAuthUsername and sipAuthPassword go together, got only sipAuthUsername"),
        ("<User sipAuthUsername=\"alice\" sipAuthPassword=\"short\">sip:a@b</User>",
         #"User: attribute sipAuthPassword must be 8 to 128 characters, got "short""#),
    ])
    func refusesBadUsers(xml: String, message: String) {
        #expect(messages("<Dial>\(xml)</Dial>") == [message])
    }
}

import Testing

@testable import PlivoXML

@Suite struct DialTests {
    private let number = "<Number>14155550100</Number>"

    @Test("a Dial with one number has the documented defaults")
    func defaults() throws {
        let dial = try single(Dial.self, "<Dial>\(number)</Dial>")
        #expect(dial.action == nil)
        #expect(dial.method == .post)
        #expect(dial.timeout == nil)
        #expect(dial.timeLimit == 14_400)
        #expect(dial.callerId == nil)
        #expect(dial.callerName == nil)
        #expect(dial.hangupOnStar == false)
        #expect(dial.confirmSound == nil)
        #expect(dial.confirmKey == nil)
        #expect(dial.confirmTimeout == 120)
        #expect(dial.dialMusic == nil)
        #expect(dial.callbackURL == nil)
        #expect(dial.callbackMethod == .post)
        #expect(dial.redirect == true)
        #expect(dial.digitsMatch == [])
        #expect(dial.digitsMatchBLeg == [])
        #expect(dial.sipHeaders == [])
        #expect(dial.callType == .voice)
        #expect(dial.targets.count == 1)
    }

    @Test("every attribute is read")
    func readsAttributes() throws {
        let dial = try single(Dial.self, """
            <Dial action="https://example.com/dial" method="GET" timeout="20" timeLimit="600" callerId="+14155550199" \
            callerName="Support" hangupOnStar="true" confirmSound="https://example.com/confirm" confirmKey="5" \
            confirmTimeout="30" dialMusic="real" callbackUrl="https://example.com/events" callbackMethod="GET" \
            redirect="false" digitsMatch="123,45*" digitsMatchBLeg="#9" sipHeaders="Team=Sales,Tier=1" callType="whatsapp">\
            \(number)</Dial>
            """)
        #expect(dial.action == "https://example.com/dial")
        #expect(dial.method == .get)
        #expect(dial.timeout == 20)
        #expect(dial.timeLimit == 600)
        #expect(dial.callerId == "+14155550199")
        #expect(dial.callerName == "Support")
        #expect(dial.hangupOnStar == true)
        #expect(dial.confirmSound == "https://example.com/confirm")
        #expect(dial.confirmKey == "5")
        #expect(dial.confirmTimeout == 30)
        #expect(dial.dialMusic == .real)
        #expect(dial.callbackURL == "https://example.com/events")
        #expect(dial.callbackMethod == .get)
        #expect(dial.redirect == false)
        #expect(dial.digitsMatch == ["123", "45*"])
        #expect(dial.digitsMatchBLeg == ["#9"])
        #expect(dial.sipHeaders == [NameValuePair(name: "Team", value: "Sales"), NameValuePair(name: "Tier", value: "1")])
        #expect(dial.callType == .whatsapp)
    }

    @Test("dialMusic can be a URL")
    func readsDialMusicURL() throws {
        #expect(try single(Dial.self, "<Dial dialMusic=\"https://example.com/music\">\(number)</Dial>").dialMusic
            == .url("https://example.com/music"))
    }

    @Test("a timeLimit beyond a day is cut to a day, as Plivo does")
    func clampsTimeLimit() throws {
        #expect(try single(Dial.self, "<Dial timeLimit=\"100000\">\(number)</Dial>").timeLimit == 86_400)
    }

    @Test("numbers and users are rung in the order written")
    func readsTargets() throws {
        let dial = try single(Dial.self, "<Dial><Number>+14155550100</Number><User>sip:alice@phone.plivo.com</User><Number>14155550101</Number></Dial>")
        let names = dial.targets.map { target in
            switch target {
            case .number(let number): number.number
            case .user(let user): user.uri
            }
        }
        #expect(names == ["+14155550100", "sip:alice@phone.plivo.com", "14155550101"])
    }

    @Test("a Dial with nobody to ring is refused")
    func needsTargets() {
        let found = errors("<Response><Dial timeLimit=\"2\"/></Response>")
        #expect(found.map(\.message) == ["Dial: needs at least one Number or User to ring"])
        #expect(found.map(\.kind) == [.missingChild])
    }

    @Test("bad Dial values are refused", arguments: [
        ("timeout=\"0\"", #"Dial: attribute timeout must be an integer of at least 1, got "0""#),
        ("callerName=\"\(String(repeating: "n", count: 51))\"",
         #"Dial: attribute callerName must be at most 50 characters, got "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…""#),
        ("confirmKey=\"12\"", #"Dial: attribute confirmKey must be one key of 0-9, * or #, got "12""#),
        ("dialMusic=\"ringing\"", #"Dial: attribute dialMusic must be real or an absolute http/https URL, got "ringing""#),
        ("digitsMatch=\"12,,3\"", #"Dial: attribute digitsMatch must be comma-separated sequences of 0-9, * and #, got "12,,3""#),
        ("sipHeaders=\"X-Team=Sales\"",
         #"Dial: attribute sipHeaders must be comma-separated name=value pairs of letters and digits, got "X-Team=Sales""#),
        ("sipHeaders=\"Team\"",
         #"Dial: attribute sipHeaders must be comma-separated name=value pairs of letters and digits, got "Team""#),
        ("callType=\"video\"", #"Dial: attribute callType must be one of voice, whatsapp, got "video""#),
    ])
    func refusesBadValues(attribute: String, message: String) {
        #expect(messages("<Dial \(attribute)>\(number)</Dial>") == [message])
    }

    @Test("a callerName of exactly 50 characters is accepted")
    func acceptsFiftyCharacterNames() throws {
        let name = String(repeating: "n", count: 50)
        #expect(try single(Dial.self, "<Dial callerName=\"\(name)\">\(number)</Dial>").callerName == name)
    }

    @Test("only Number and User may stand in a Dial")
    func refusesOtherChildren() {
        #expect(messages("<Dial>\(number)<Speak>Hi</Speak></Dial>") == ["Speak: not allowed inside Dial (allowed: Number, User)"])
        #expect(messages("<Dial>+14155550100</Dial>")
            == [#"Dial: takes no text, got "+14155550100""#, "Dial: needs at least one Number or User to ring"])
    }
}

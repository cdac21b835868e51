import Testing

@testable import PlivoXML

@Suite struct RecordTests {
    @Test("a bare Record records in the foreground with the documented defaults")
    func defaults() throws {
        let record = try single(Record.self, "<Record/>")
        #expect(record.action == nil)
        #expect(record.method == .post)
        #expect(record.fileFormat == .mp3)
        #expect(record.redirect == true)
        #expect(record.timeout == 15)
        #expect(record.maxLength == 60)
        #expect(record.finishOnKey == "#")
        #expect(record.playBeep == true)
        #expect(record.recordSession == false)
        #expect(record.startOnDialAnswer == false)
        #expect(record.recordChannelType == .stereo)
        #expect(record.transcriptionType == nil)
        #expect(record.transcriptionURL == nil)
        #expect(record.transcriptionMethod == .post)
        #expect(record.transcriptionReportType == .compact)
        #expect(record.callbackURL == nil)
        #expect(record.callbackMethod == .post)
        #expect(record.isBackground == false)
    }

    @Test("every attribute is read")
    func readsAttributes() throws {
        let record = try single(Record.self, """
            <Record action="https://example.com/rec" method="GET" fileFormat="wav" redirect="false" timeout="5" \
            maxLength="3600" finishOnKey="1234567890*#" playBeep="false" recordSession="true" startOnDialAnswer="false" \
            recordChannelType="mono" transcriptionType="auto" transcriptionUrl="https://example.com/t" \
            transcriptionMethod="GET" transcriptionReportType="full" callbackUrl="https://example.com/cb" callbackMethod="GET"/>
            """)
        #expect(record.action == "https://example.com/rec")
        #expect(record.method == .get)
        #expect(record.fileFormat == .wav)
        #expect(record.redirect == false)
        #expect(record.timeout == 5)
        #expect(record.maxLength == 3600)
        #expect(record.finishOnKey == "1234567890*#")
        #expect(record.playBeep == false)
        #expect(record.recordSession == true)
        #expect(record.recordChannelType == .mono)
        #expect(record.transcriptionType == .auto)
        #expect(record.transcriptionURL == "https://example.com/t")
        #expect(record.transcriptionMethod == .get)
        #expect(record.transcriptionReportType == .full)
        #expect(record.callbackURL == "https://example.com/cb")
        #expect(record.callbackMethod == .get)
        #expect(record.isBackground == true)
    }

    @Test("finishOnKey none or empty means no key stops the recording", arguments: ["none", ""])
    func readsNoFinishKey(value: String) throws {
        #expect(try single(Record.self, "<Record finishOnKey=\"\(value)\"/>").finishOnKey == "")
    }

    @Test("every transcription type some Plivo source names is accepted", arguments: TranscriptionType.allCases)
    func acceptsTranscriptionTypes(type: TranscriptionType) throws {
        #expect(try single(Record.self, "<Record transcriptionType=\"\(type.rawValue)\"/>").transcriptionType == type)
    }

    @Test("startOnDialAnswer records in the background")
    func startOnDialAnswerIsBackground() throws {
        #expect(try single(Record.self, "<Record startOnDialAnswer=\"true\"/>").isBackground == true)
    }

    @Test("bad Record values are refused", arguments: [
        ("<Record fileFormat=\"ogg\"/>", #"Record: attribute fileFormat must be one of mp3, wav, got "ogg""#),
        ("<Record maxLength=\"1\"/>", #"Record: attribute maxLength must be an integer of at least 2, got "1""#),
        ("<Record timeout=\"0\"/>", #"Record: attribute timeout must be an integer of at least 1, got "0""#),
        ("<Record finishOnKey=\"x\"/>", #"Record: attribute finishOnKey must be keys from 0-9, * and #, or none, got "x""#),
        ("<Record recordChannelType=\"dual\"/>", #"Record: attribute recordChannelType must be one of mono, stereo, got "dual""#),
        ("<Record transcriptionType=\"fast\"/>", #"Record: attribute transcriptionType must be one of auto, hybrid, manual, got "fast""#),
        ("<Record transcriptionReportType=\"short\"/>",
         #"Record: attribute transcriptionReportType must be one of full, compact, got "short""#),
        ("<Record transcriptionUrl=\"mailto:a@b.c\"/>",
         #"Record: attribute transcriptionUrl must be an absolute http/https URL, got "mailto:a@b.c""#),
        ("<Record><Speak>Hi</Speak></Record>", "Speak: not allowed inside Record, which takes no content"),
    ])
    func refusesBadValues(xml: String, message: String) {
        #expect(messages(xml) == [message])
    }
}

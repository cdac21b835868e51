import Foundation
import Testing
@testable import MockPlivo
@testable import OutboundHTTP
@testable import PlivoSupport

extension CallbackTests {
    /// The five SDK vectors reproduced by `docs/callbacks.md`, and strings printed by that file
    /// for the corners the vectors do not reach (ports, user info, encoded queries, non-ASCII values).
    @Suite struct PlivoSignatureTests {
        static let token = "Y2Q2ZDgxZmY5YWRiOTI5YmQ1Njg0MTAxZWIyOTc4"
        static let nonce = "31627761595286130198"
        static let urlWithQuery = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml/?a=b&c=d"
        static let urlWithoutQuery = "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml"
        static let parameters: [String: String] = [
            "Direction": "outbound", "From": "19792014278", "ALegUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
            "CallStatus": "in-progress", "BillRate": "0.002", "ParentAuthID": "MANWVLYTK4ZWU1YTY4QA",
            "To": "sip:PlivoSignature382029104058171078704104@phone-qa.voice.plivodev.com",
            "ALegRequestUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
            "CallUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
            "RequestUUID": "3e82ae9d-2c78-4d85-b1a4-6eae7dbafb36",
            "SIP-H-To": "<sip:PlivoSignature382029104058171078704104@52.9.11.55;transport=udp>;tag=1",
            "SessionStart": "2020-04-08 11:34:33.238707", "Event": "StartApp",
        ]

        @Test("Signs the SDK version 2 vector")

        func signsTheSDKVersion2Vector() {
            #expect(
                PlivoSignature.v2(url: "https://answer.url", nonce: "12345", authToken: "my_auth_token")
                    == "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=")
        }

        @Test("Signs the SDK version 3 vectors", arguments: [
            ("POST", urlWithQuery, "k7Pusd4OxCIjR5IfA9iedDNu/h/gbdYqdzG/MiYtd1c="),
            ("GET", urlWithQuery, "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ="),
            ("POST", urlWithoutQuery, "iAjE5QqI37mbkYe4w3jTMudqEzbDufdqi7sYwTu64e0="),
            ("GET", urlWithoutQuery, "i/MQsaQSAd6fiKhOh2qeeeLHZ9faldADSb3/7+Akfbc="),
        ])
        func signsTheSDKVersion3Vectors(method: String, url: String, expected: String) {
            let signature = PlivoSignature.v3(
                method: method, url: url, nonce: Self.nonce, authToken: Self.token, parameters: Self.parameters)
            #expect(signature == expected)
        }

        @Test("Builds the version 3 string as the reference does", arguments: [
            ("POST", urlWithoutQuery, "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml?A1B2"),
            (
                "POST", urlWithQuery,
                "https://plivobin.non-prod.plivops.com/api/v1/validate_signature03.xml/?a=b&c=d.A1B2"
            ),
            ("GET", "http://h:81/p?x=1&a=%20b+c&z", "http://h:81/p?A=1&B=2&a= b c&x=1&z="),
            ("POST", "http://h:81/p?x=1&a=%20b+c&z", "http://h:81/p?a= b c&x=1&z=.A1B2"),
        ])
        func buildsTheVersion3StringAsTheReferenceDoes(method: String, url: String, expected: String) {
            #expect(PlivoSignature.v3String(method: method, url: url, parameters: ["B": "2", "A": "1"]) == expected)
        }

        @Test("Leaves a URL without parameters as it is")

        func leavesAURLWithoutParametersAsItIs() {
            #expect(PlivoSignature.v3String(method: "POST", url: "http://h/p", parameters: [:]) == "http://h/p")
            #expect(PlivoSignature.v3String(method: "GET", url: "http://h/p", parameters: [:]) == "http://h/p")
        }

        @Test("Keeps the port and signs non-ASCII values as UTF-8")

        func keepsThePortAndSignsNonASCIIValuesAsUTF8() {
            let nonce = "12345678901234567890"
            let parameters = ["From": "1 2", "To": "é"]
            #expect(
                PlivoSignature.v3(
                    method: "POST", url: "http://127.0.0.1:5000/answer/", nonce: nonce, authToken: "tok",
                    parameters: parameters) == "FG/6M15SKBKD2fmRGwtB+73T5o4dRlwpM1k4NSsuiN8=")
            #expect(
                PlivoSignature.v3(
                    method: "GET", url: "http://127.0.0.1:5000/answer/?q=1", nonce: nonce, authToken: "tok",
                    parameters: parameters) == "BSg0eG+cRG+38iiG3HjzaywQG3FE+REhLQwqWPDHhOw=")
            #expect(
                PlivoSignature.v2(url: "http://user@127.0.0.1:5000/answer/?q=1#f", nonce: nonce, authToken: "tok")
                    == "4JL5r9d5MDokH8o0EmQaFVC7RGL0OzRlGNI8ITS9CJU=")
        }

        /// A GET callback is signed over the URL as requested (parameters already in its query); a receiver that
        /// validates with that URL must get the same answer as signing the configured URL plus the parameters.
        @Test("Signs a GET request URL like the configured URL plus parameters")
        func signsAGETRequestURLLikeTheConfiguredURLPlusParameters() {
            let requested = CallbackURL(Self.urlWithQuery).addingQuery(Self.parameters)
            let headers = PlivoSignature.headers(
                method: "GET", url: requested, parameters: Self.parameters, authToken: Self.token,
                mainAuthToken: "main", nonceV2: "1", nonceV3: Self.nonce)
            #expect(
                headers.first { $0.name == "X-Plivo-Signature-V3" }?.value
                    == "UBq8jAtd32wR8EK9VgxbBn4n5rpI/l1H9iN4WfSEHFQ=")
        }

        @Test("The sender's headers equal the general form's on the URL it requests", arguments: [
            ("GET", "http://127.0.0.1:5000/report/"),
            ("GET", "http://u:p@127.0.0.1:5000/report/?Status=x&b=a+b%2Fc&b=1&flag#frag"),
            ("POST", "https://127.0.0.1/report?z=1&a=%E2%82%AC"),
            ("POST", "http://127.0.0.1:8080/"),
        ])
        func senderHeadersMatchTheGeneralForm(method: String, url: String) {
            let parameters = ["Status": "delivered", "To": "+44 7700 900123", "Text": "a&b=c €", "b": "2"]
            let configured = CallbackURL(url)
            let requested = method == "GET" ? configured.addingQuery(parameters) : configured.withoutFragment
            let general = PlivoSignature.headers(
                method: method, url: requested, parameters: method == "GET" ? [:] : parameters, authToken: "tok",
                mainAuthToken: "main", nonceV2: "12345", nonceV3: "67890")
            let sender = PlivoSignature.headers(
                method: method, configuredURL: configured, parameters: parameters, authToken: "tok",
                mainAuthToken: "main", nonceV2: "12345", nonceV3: "67890")
            #expect(sender.map { "\($0.name): \($0.value)" } == general.map { "\($0.name): \($0.value)" })
        }

        @Test("Signs the main account headers with the main token")

        func signsTheMainAccountHeadersWithTheMainToken() {
            let headers = PlivoSignature.headers(
                method: "POST", url: "https://answer.url", parameters: [:], authToken: "sub_token",
                mainAuthToken: "my_auth_token", nonceV2: "12345", nonceV3: "12345")
            let values = Dictionary(uniqueKeysWithValues: headers.map { ($0.name, $0.value) })
            #expect(values["X-Plivo-Signature-Ma-V2"] == "ehV3IKhLysWBxC1sy8INm0qGoQYdYsHwuoKjsX7FsXc=")
            #expect(
                values["X-Plivo-Signature-V2"]
                    == PlivoSignature.v2(url: "https://answer.url", nonce: "12345", authToken: "sub_token"))
            #expect(values["X-Plivo-Signature-V2"] != values["X-Plivo-Signature-Ma-V2"])
            #expect(values["X-Plivo-Signature-V2-Nonce"] == "12345")
            #expect(values["X-Plivo-Signature-V3-Nonce"] == "12345")
        }

        @Test("Makes twenty-digit nonces")

        func makesTwentyDigitNonces() {
            let nonce = PlivoSignature.makeNonce()
            #expect(nonce.count == 20)
            #expect(nonce.allSatisfy { $0.isASCII && $0.isNumber })
            #expect(PlivoSignature.makeNonce() != nonce)
        }

        @Test("Splits URLs as urlsplit does")

        func splitsURLsAsURLSplitDoes() {
            let url = CallbackURL("HTTP://user:pw@Host:8080/a/b?x=1&y#frag")
            #expect(url.scheme == "http")
            #expect(url.netloc == "user:pw@Host:8080")
            #expect(url.path == "/a/b")
            #expect(url.query == "x=1&y")
            #expect(url.fragment == "frag")
            #expect(url.queryValues == ["x": ["1"], "y": [""]])
        }

        /// The HMAC-SHA-256 under every signature: RFC 4231 §4.3 and §4.2 (whose keys and messages are text, as a
        /// token and a signed string are), and a key longer than SHA-256's block, as Python's `hmac` computes it.
        @Test("Signs with HMAC-SHA256", arguments: [
            ("Jefe", "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (String(repeating: "\u{0b}", count: 20), "Hi There",
             "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (String(repeating: "a", count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
             "d021303c2f34bf3ae541b4ec9c672691694c6f71c5c0c55781545a66115b14a7"),
        ])
        func signsWithHMACSHA256(key: String, message: String, expectedHex: String) throws {
            let signature = PlivoSignature.sign(message, authToken: key)
            let bytes = try #require(Data(base64Encoded: signature))
            #expect(bytes.hexString == expectedHex)
        }
    }
}

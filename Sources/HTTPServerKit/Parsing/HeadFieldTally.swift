/// How often a request's head names the fields its framing depends on (`Host`, `Content-Length`,
/// `Transfer-Encoding`, `Expect`), counted while the parser adds the fields, and the first `Content-Length` value.
///
/// Names are told apart by their length before any byte is compared: most fields are none of the four.
struct FramingFields {
    var hosts = 0
    var contentLengths = 0
    var transferEncodings = 0
    var expects = 0
    var firstContentLength: String?

    mutating func count(_ name: String, value: String) {
        switch name.utf8.count {
        case 4 where name.isEqualIgnoringASCIICase("Host"):
            hosts += 1
        case 6 where name.isEqualIgnoringASCIICase("Expect"):
            expects += 1
        case 14 where name.isEqualIgnoringASCIICase("Content-Length"):
            if contentLengths == 0 { firstContentLength = value }
            contentLengths += 1
        case 17 where name.isEqualIgnoringASCIICase("Transfer-Encoding"):
            transferEncodings += 1
        default:
            break
        }
    }
}

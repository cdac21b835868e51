/// How often a request's head names the fields the parser itself checks (`Host`; `Content-Length` and
/// `Transfer-Encoding` for framing; `Expect`), counted as the fields are added, and the first `Content-Length` value.
///
/// Names are told apart by their length before any byte is compared: most fields are none of the four.
struct HeadFieldTally {
    var hosts = 0
    var contentLengths = 0
    var transferEncodings = 0
    var expects = 0
    var firstContentLength: String?

    mutating func note(name: String, value: String) {
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

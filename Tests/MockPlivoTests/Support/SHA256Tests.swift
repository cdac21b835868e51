import Testing
@testable import MockPlivo

@Suite("SHA-256")
struct SHA256Tests {
    /// FIPS 180-4 examples (https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values)
    /// and the empty message.
    @Test("Digests match the NIST test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
            + "mnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func vectors(message: String, digest: String) {
        #expect(SHA256.hash(message).hexString == digest)
    }

    @Test("A million 'a's hash to the NIST long-message digest")
    func millionA() {
        let digest = SHA256.hash(repeatElement(UInt8(ascii: "a"), count: 1_000_000))
        #expect(digest.hexString == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Feeding the message in pieces gives the one-shot digest", arguments: [1, 7, 55, 56, 63, 64, 65, 200])
    func incremental(pieceSize: Int) {
        let message = Array((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        var hasher = SHA256()
        var start = 0
        while start < message.count {
            let end = min(start + pieceSize, message.count)
            hasher.update(message[start..<end])
            start = end
        }
        #expect(hasher.finalize() == SHA256.hash(message))
    }

    @Test("Password hashes are salted and verify only the right password")
    func passwordHash() {
        let first = PasswordHash.make(password: "secret", salt: [1, 2, 3])
        let second = PasswordHash.make(password: "secret", salt: [4, 5, 6])
        #expect(first != second)
        #expect(first.hasPrefix("sha256$010203$"))
        #expect(PasswordHash.verify(password: "secret", against: first))
        #expect(!PasswordHash.verify(password: "Secret", against: first))
        #expect(!PasswordHash.verify(password: "secret", against: "garbage"))
    }
}

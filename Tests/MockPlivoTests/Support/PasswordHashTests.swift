import Foundation
import Testing
@testable import MockPlivo
@testable import PlivoSupport

/// Endpoint passwords are stored as salted SHA-256 (swift-crypto underneath). The NIST vectors pin the digest the
/// stored text carries: with an empty salt, the stored digest is SHA-256 of the password itself.
@Suite("Password hashes")
struct PasswordHashTests {
    /// FIPS 180-4 examples (https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values)
    /// and the empty message.
    @Test("An unsalted hash carries the NIST digest of the password", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(password: String, digest: String) {
        #expect(PasswordHash.make(password: password, salt: []) == "sha256$$\(digest)")
    }

    @Test("The salt goes in front of the password: salt 'ab' and password 'c' hash as 'abc'")
    func saltPrecedesPassword() {
        #expect(PasswordHash.make(password: "c", salt: Array("ab".utf8))
            == "sha256$6162$ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
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
        #expect(!PasswordHash.verify(password: "secret", against: first + "0"))
    }
}

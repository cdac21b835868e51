import Crypto

/// How endpoint passwords are stored: `sha256$<salt hex>$<SHA-256(salt ‖ password) hex>`.
///
/// A salted SHA-256 is enough for a local mock (it only has to keep clear passwords out of the file);
/// the prefix leaves room to change the scheme without ambiguity.
package enum PasswordHash {
    package static let scheme = "sha256"

    package static func make(password: String, salt: [UInt8]) -> String {
        "\(scheme)$\(salt.hexString)$\(digest(password: password, salt: salt).hexString)"
    }

    /// Whether `password` matches a stored `make(password:salt:)` text. Compares in constant time.
    package static func verify(password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == scheme, let salt = bytes(fromHex: parts[1]) else { return false }
        return ConstantTime.equals(parts[2].utf8, digest(password: password, salt: salt).hexString.utf8)
    }

    private static func digest(password: String, salt: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: salt)
        hasher.update(data: Array(password.utf8))
        return Array(hasher.finalize())
    }

    private static func bytes(fromHex hex: Substring) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

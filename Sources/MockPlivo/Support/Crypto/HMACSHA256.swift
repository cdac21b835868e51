/// HMAC-SHA-256 (RFC 2104, with SHA-256's 64-byte block), the MAC behind Plivo's V2 and V3 callback signatures.
struct HMACSHA256 {
    /// SHA-256's input block size in bytes (RFC 2104 §2 calls it B).
    static let blockSize = 64

    /// The 32-byte authentication code of `message` under `key`.
    static func authenticationCode(for message: some Sequence<UInt8>, key: some Sequence<UInt8>) -> [UInt8] {
        var keyBlock = Array(key)
        // RFC 2104 §3: keys longer than B are hashed first; shorter ones are zero-padded to B.
        if keyBlock.count > blockSize {
            keyBlock = SHA256.hash(keyBlock)
        }
        keyBlock += [UInt8](repeating: 0, count: blockSize - keyBlock.count)

        let innerPad = keyBlock.map { $0 ^ 0x36 }
        let outerPad = keyBlock.map { $0 ^ 0x5c }
        let innerHash = SHA256.hash(innerPad + Array(message))
        return SHA256.hash(outerPad + innerHash)
    }

    /// Convenience for the signature code, which works on UTF-8 text as the SDKs do (`str.encode()`).
    static func authenticationCode(for message: String, key: String) -> [UInt8] {
        authenticationCode(for: Array(message.utf8), key: Array(key.utf8))
    }
}

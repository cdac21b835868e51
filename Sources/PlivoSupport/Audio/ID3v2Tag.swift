/// An ID3v2 tag at the start of an MP3 (title, artist, cover art), which the reader steps over to reach the
/// first audio frame.
///
/// id3.org, "ID3 tag version 2.4.0 - Main Structure" §3.1: `ID3`, major version, revision (neither 0xFF),
/// flags, and the tag's size after this 10-byte header as a 28-bit "syncsafe" integer, 7 bits in each of four
/// bytes whose top bit is 0. Flag 0x10 (v2.4 only) adds a 10-byte footer the size does not count. Versions 2.2
/// and 2.3 have the same header.
struct ID3v2Tag {
    /// Header, body and footer.
    var length: Int

    /// The tag at `offset`: nil when there is none; throws when there is one whose header is cut or broken.
    static func read(_ bytes: [UInt8], at offset: Int, fileOffset: Int, fileSize: Int?) throws(AudioLengthError) -> ID3v2Tag? {
        guard bytes.hasTag("ID3", at: offset) else { return nil }
        guard offset + 10 <= bytes.count else {
            throw .ends(bytes, fileOffset: fileOffset, fileSize: fileSize, "inside an ID3 tag's header")
        }
        let major = bytes[offset + 3], revision = bytes[offset + 4], flags = bytes[offset + 5]
        let sizeBytes = bytes[(offset + 6)..<(offset + 10)]
        guard major != 0xFF, revision != 0xFF, sizeBytes.allSatisfy({ $0 < 0x80 }) else {
            throw .malformed("an ID3 tag with a broken header (size bytes \(Array(sizeBytes).hexString))")
        }
        let size = sizeBytes.reduce(0) { $0 << 7 | Int($1) }
        let hasFooter = major >= 4 && flags & 0x10 != 0
        return ID3v2Tag(length: 10 + size + (hasFooter ? 10 : 0))
    }
}

/// Why ``AudioLength`` cannot tell how long a file plays. Each case reads as a sentence (`description`) for the
/// call's trace, where the developer whose `<Play>` misbehaves will look.
package enum AudioLengthError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither a RIFF/WAVE file nor an MPEG audio stream; `start` is the file's first bytes when they are
    /// printable text (an HTML error page served with 200, say), to show what came instead.
    case notAudio(start: String?)
    /// What was read ends before the part of the header that holds the length.
    case incomplete(String)
    /// The header is there but contradicts itself or the format (a zero sample rate, a bad ID3 size).
    case malformed(String)
    /// A valid file this reader does not measure (free-format MP3, big-endian RIFX).
    case unsupported(String)
    /// The length follows only from the file's size (a constant-bitrate MP3 without a Xing header, a WAV
    /// written while streaming), and the size was not given.
    case needsFileSize(String)
    /// The MP3's first frame starts at byte `offset` of the file and ends past what was read, usually behind
    /// large ID3 tags (cover art): reading again from there (an HTTP range request) can still tell.
    case audioStartsBeyondPrefix(offset: Int)

    package var description: String {
        switch self {
        case .notAudio(let start?): "not a WAV or MP3 file (it starts with \"\(start)\")"
        case .notAudio(nil): "not a WAV or MP3 file"
        case .incomplete(let reason), .malformed(let reason), .unsupported(let reason), .needsFileSize(let reason):
            reason
        case .audioStartsBeyondPrefix(let offset): "the MP3's first frame, at byte \(offset), ends past what was read"
        }
    }

    /// `.notAudio` with the first bytes as text when they are printable ASCII, cut to 24 characters.
    static func notAudio(_ bytes: [UInt8]) -> Self {
        let start = bytes.prefix(24)
        let isText = !start.isEmpty && start.allSatisfy { (0x20..<0x7F).contains($0) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard isText else { return .notAudio(start: nil) }
        let text = String(decoding: start, as: UTF8.self).map { $0.isWhitespace ? " " : $0 }
        return .notAudio(start: String(text) + (bytes.count > start.count ? "…" : ""))
    }

    /// `.incomplete` for a part missing from what was read: "the file ends" when it is all of the file, "the
    /// first N bytes end" when it is a prefix.
    static func ends(_ bytes: [UInt8], fileOffset: Int = 0, fileSize: Int?, _ what: String) -> Self {
        if let fileSize, fileOffset + bytes.count >= fileSize {
            return .incomplete("the file ends \(what)")
        }
        return .incomplete("the first \(fileOffset + bytes.count) bytes read end \(what)")
    }
}

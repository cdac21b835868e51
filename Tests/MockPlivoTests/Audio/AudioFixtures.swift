/// Audio files built by hand, byte by byte from the format references rather than with the code under test, so
/// that a reader and a writer that share a mistake cannot agree on it.
enum AudioFixtures {
    // MARK: WAV

    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
    static func le64(_ value: UInt64) -> [UInt8] { le32(Int(value & 0xFFFF_FFFF)) + le32(Int(value >> 32)) }

    /// A RIFF chunk: id, size, body, and the pad byte an odd size takes.
    static func chunk(_ id: String, _ body: [UInt8], size: Int? = nil) -> [UInt8] {
        Array(id.utf8) + le32(size ?? body.count) + body + (body.count % 2 == 1 ? [0] : [])
    }

    /// A 16-byte PCMWAVEFORMAT `fmt ` chunk.
    static func fmt(format: Int = 1, channels: Int = 1, rate: Int = 8_000, bits: Int = 16, byteRate: Int? = nil) -> [UInt8] {
        let blockAlign = channels * bits / 8
        return chunk("fmt ", le16(format) + le16(channels) + le32(rate) + le32(byteRate ?? rate * blockAlign)
            + le16(blockAlign) + le16(bits))
    }

    /// A 40-byte WAVE_FORMAT_EXTENSIBLE `fmt ` chunk whose SubFormat is `subFormat`'s GUID
    /// (xxxxxxxx-0000-0010-8000-00aa00389b71).
    static func extensibleFmt(subFormat: Int, channels: Int, rate: Int, bits: Int) -> [UInt8] {
        let blockAlign = channels * bits / 8
        let guidTail: [UInt8] = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71]
        return chunk("fmt ", le16(0xFFFE) + le16(channels) + le32(rate) + le32(rate * blockAlign) + le16(blockAlign)
            + le16(bits) + le16(22) + le16(bits) + le32(3) + le16(subFormat) + guidTail)
    }

    static func wav(_ chunks: [UInt8]..., form: String = "RIFF", riffSize: Int? = nil) -> [UInt8] {
        let body = chunks.flatMap { $0 }
        return Array(form.utf8) + le32(riffSize ?? body.count + 4) + Array("WAVE".utf8) + body
    }

    // MARK: MP3

    /// The ten-byte ID3v2 header and `size` bytes of body (zeros, as padding is), `size` written syncsafe.
    static func id3(size: Int, major: UInt8 = 3, footer: Bool = false) -> [UInt8] {
        let syncsafe = [UInt8(size >> 21 & 0x7F), UInt8(size >> 14 & 0x7F), UInt8(size >> 7 & 0x7F), UInt8(size & 0x7F)]
        let header = Array("ID3".utf8) + [major, 0, footer ? 0x10 : 0] + syncsafe
        return header + [UInt8](repeating: 0, count: size) + (footer ? Array("3DI".utf8) + [major, 0, 0x10] + syncsafe : [])
    }

    /// One frame: `header` and zeros up to `length` bytes.
    static func frame(_ header: [UInt8], length: Int) -> [UInt8] {
        header + [UInt8](repeating: 0, count: length - header.count)
    }

    /// MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo, no CRC: 417 bytes, 418 padded, 1152 samples.
    static let mpeg1Layer3: [UInt8] = [0xFF, 0xFB, 0x90, 0x40]
    static let mpeg1Layer3Padded: [UInt8] = [0xFF, 0xFB, 0x92, 0x40]
    /// MPEG-2 Layer III, 32 kbit/s, 22.05 kHz, mono, no CRC: 104 bytes (72 × 32000 / 22050), 576 samples.
    static let mpeg2Layer3Mono: [UInt8] = [0xFF, 0xF3, 0x40, 0xC0]
    /// MPEG-1 Layer II, 192 kbit/s, 48 kHz, stereo: 576 bytes, 1152 samples.
    static let mpeg1Layer2: [UInt8] = [0xFF, 0xFD, 0xA4, 0x00]
    /// MPEG-1 Layer I, 384 kbit/s, 32 kHz, stereo: (12 × 384000 / 32000) × 4 = 576 bytes, 384 samples.
    static let mpeg1Layer1: [UInt8] = [0xFF, 0xFF, 0xC8, 0x00]
    /// MPEG 2.5 Layer III, 8 kbit/s, 8 kHz, mono: 72 bytes, 576 samples.
    static let mpeg25Layer3Mono: [UInt8] = [0xFF, 0xE3, 0x18, 0xC0]

    /// `count` frames alternating unpadded and padded, as a 44.1 kHz encoder writes them: 417.96 bytes a frame on
    /// average is 417 or 418.
    static func mpeg1Layer3Frames(_ count: Int) -> [UInt8] {
        (0..<count).flatMap { $0 % 2 == 0 ? frame(mpeg1Layer3, length: 417) : frame(mpeg1Layer3Padded, length: 418) }
    }

    static func be32(_ value: Int) -> [UInt8] { [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }

    /// A frame of `header` (MPEG-1 stereo Layer III: 32 bytes of side information) carrying a Xing or Info header
    /// with frame and byte counts.
    static func xingFrame(_ header: [UInt8], length: Int, sideInfo: Int, tag: String = "Xing", frames: Int, flags: Int = 3) -> [UInt8] {
        var bytes = frame(header, length: length)
        let xing = Array(tag.utf8) + be32(flags) + be32(frames) + be32(123_456)
        bytes.replaceSubrange((4 + sideInfo)..<(4 + sideInfo + xing.count), with: xing)
        return bytes
    }

    /// A frame of `header` carrying a VBRI header 32 bytes after it.
    static func vbriFrame(_ header: [UInt8], length: Int, frames: Int) -> [UInt8] {
        var bytes = frame(header, length: length)
        let vbri = Array("VBRI".utf8) + [0, 1] + [0x04, 0x60] + [0, 75] + be32(654_321) + be32(frames) + [0, 0, 0, 1, 0, 2, 0, 1]
        bytes.replaceSubrange(36..<(36 + vbri.count), with: vbri)
        return bytes
    }
}

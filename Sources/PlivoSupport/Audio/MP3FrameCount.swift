/// The frame count an encoder writes into the first frame of an MP3, in one of two headers, so that a player
/// knows the length without reading the file. The frame carrying the header decodes to silence and is not
/// counted; the count times the samples per frame is the decoded length.
///
/// - Xing (Xing Technology, 1998; the same layout tagged `Info` when LAME writes it into a constant-bitrate file):
///   in a Layer III frame, right after the side information. The tag (4), flags (big-endian 32-bit: 1 frames,
///   2 bytes, 4 TOC, 8 quality), then the frame count (32-bit) when flag 1 is set, then the others.
/// - VBRI (Fraunhofer's encoders): 32 bytes after the frame header, whatever the side information. The tag (4),
///   version (2), delay (2), quality (2), bytes (4), frames (4), then its seek table.
enum MP3FrameCount {
    /// The frames the header in the frame at `offset` counts, and which header it was; nil when it has none, or
    /// a Xing header without a frame count.
    static func read(_ bytes: [UInt8], frameAt offset: Int, header: MPEGFrameHeader) -> (frames: UInt32, basis: AudioLength.Basis)? {
        guard header.layer == 3 else { return nil }
        // Encoders write the Xing header into a frame without CRC; a decoder that meets one with CRC finds the
        // side information, and so the header, two bytes further on.
        var xingOffsets = [offset + 4 + header.sideInfoLength]
        if header.hasCRC { xingOffsets.append(offset + 6 + header.sideInfoLength) }
        for xing in xingOffsets where bytes.hasTag("Xing", at: xing) || bytes.hasTag("Info", at: xing) {
            guard let flags = bytes.bigEndianUInt32(at: xing + 4), flags & 1 == 1,
                let frames = bytes.bigEndianUInt32(at: xing + 8)
            else { return nil }
            return (frames, .xingFrameCount)
        }
        let vbri = offset + 4 + 32
        if bytes.hasTag("VBRI", at: vbri), let frames = bytes.bigEndianUInt32(at: vbri + 14) {
            return (frames, .vbriFrameCount)
        }
        return nil
    }
}

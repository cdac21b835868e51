extension SilentAudio {
    /// MPEG-2 Layer III (ISO/IEC 13818-3), 16 kHz mono at 8 kbit/s without CRC, the smallest frames the standard
    /// has: 576 samples in 72 × 8000 / 16000 = 36 bytes exactly, so no frame is ever padded, 36 ms each, 1 kB a
    /// second. (MPEG 2.5 has 8 kHz, the telephone's rate, but is no standard, and some decoders refuse it.)
    ///
    ///     0xFF 0xF3   sync, MPEG-2 (10), Layer III (01), no CRC (1)
    ///     0x18        bitrate index 1 (8 kbit/s), sample rate index 2 (16 kHz), no padding, private 0
    ///     0xC4        mono (11), mode extension 00, not copyrighted, original, no emphasis
    static let mp3FrameHeader: [UInt8] = [0xFF, 0xF3, 0x18, 0xC4]
    static let mp3FrameLength = 36
    static let mp3FrameMicroseconds: Int64 = 36_000
    /// MPEG-2 mono side information (§2.4.1.7): main_data_begin (8 bits), private bits (1), and one granule's
    /// part2_3_length (12), big_values (9), global_gain (8), scalefac_compress (9), block flags and tables (23),
    /// scalefac_scale and count1table_select (2).
    static let mp3SideInfoLength = 9

    /// Lays the frame headers over `window`, which holds the file's bytes from `start` on; the rest is zeros.
    ///
    /// Every frame is the header and 32 zero bytes. All-zero side information is main_data_begin 0 (no bit
    /// reservoir) and a granule with part2_3_length 0 and big_values 0: no scale factors, no Huffman data, every
    /// spectral line zero, which decodes to silence. The first frame is the same, with LAME's `Info` header
    /// (Xing's layout, for constant bitrate) after the side information: flags 3 (frames, bytes), the count of
    /// the frames after it, the file's size. Players take the length from it, as ``AudioLength`` does; one that
    /// ignores it plays the frame as 36 ms more silence.
    func writeMP3Headers(into window: inout [UInt8], from start: Int) {
        let end = start + window.count
        if start < Self.mp3FrameLength {
            let info = -start + 4 + Self.mp3SideInfoLength
            window.store(Self.mp3FrameHeader, at: -start)
            window.store(Array("Info".utf8), at: info)
            window.storeBigEndian(3, width: 4, at: info + 4)
            window.storeBigEndian(UInt64(units), width: 4, at: info + 8)
            window.storeBigEndian(UInt64(byteCount), width: 4, at: info + 12)
        }
        // Frame j (1 ... units) starts at 36 j; the first whose header reaches into the window starts at or after
        // start - 3.
        var frame = max(1, (max(start - 3, 0) + Self.mp3FrameLength - 1) / Self.mp3FrameLength)
        while frame <= units && frame * Self.mp3FrameLength < end {
            window.store(Self.mp3FrameHeader, at: frame * Self.mp3FrameLength - start)
            frame += 1
        }
    }
}

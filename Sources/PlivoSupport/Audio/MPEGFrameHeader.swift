/// The 32-bit header that starts every MPEG audio frame, decoded.
///
/// ISO/IEC 11172-3 (MPEG-1) and ISO/IEC 13818-3 (MPEG-2, at half the sample rates), syntax in §2.4.1.3 and
/// semantics in §2.4.2.3 of both, with Fraunhofer's MPEG 2.5 (quarter rates), which takes the ID bit's place as
/// the last bit of the sync word:
///
///     AAAAAAAA AAABBCCD EEEEFFGH IIJJKLMM
///     A sync (all ones)   B version (00 2.5, 01 reserved, 10 MPEG-2, 11 MPEG-1)   C layer (01 III, 10 II, 11 I)
///     D protection (0: a 16-bit CRC follows)   E bitrate index   F sample rate index   G padding   H private
///     I channel mode (11 mono)   J mode extension   K copyright   L original   M emphasis (10 reserved)
///
/// A header with a reserved field, the free-format bitrate (index 0) or the forbidden one (15) is not one:
/// these are what tell a frame from four bytes that happen to start with eleven ones.
struct MPEGFrameHeader: Equatable {
    enum Version: Equatable {
        case mpeg1, mpeg2, mpeg25
    }

    var version: Version
    /// 1, 2 or 3.
    var layer: Int
    var hasCRC: Bool
    /// Bits per second.
    var bitrate: Int
    var sampleRate: Int
    var isPadded: Bool
    var isMono: Bool

    /// Kilobits per second by bitrate index 1...14 (the bitrate_index semantics, §2.4.2.3 of both parts).
    private static let mpeg1Bitrates: [[Int]] = [
        [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],  // Layer I
        [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],  // Layer II
        [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],  // Layer III
    ]
    private static let mpeg2Bitrates: [[Int]] = [
        [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],  // Layer I
        [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],  // Layers II and III
    ]
    /// Hertz by sample rate index 0...2.
    private static let sampleRates: [Version: [Int]] = [
        .mpeg1: [44_100, 48_000, 32_000], .mpeg2: [22_050, 24_000, 16_000], .mpeg25: [11_025, 12_000, 8_000],
    ]

    /// The header at `offset`, or nil when the four bytes there are not a valid one.
    init?(_ bytes: [UInt8], at offset: Int) {
        guard let word = bytes.bigEndianUInt32(at: offset), word & 0xFFE0_0000 == 0xFFE0_0000 else { return nil }
        switch (word >> 19) & 0b11 {
        case 0b00: version = .mpeg25
        case 0b10: version = .mpeg2
        case 0b11: version = .mpeg1
        default: return nil
        }
        let layerBits = Int((word >> 17) & 0b11)
        let bitrateIndex = Int((word >> 12) & 0b1111)
        let sampleRateIndex = Int((word >> 10) & 0b11)
        guard layerBits != 0, (1...14).contains(bitrateIndex), sampleRateIndex != 3, word & 0b11 != 0b10 else {
            return nil
        }
        layer = 4 - layerBits
        hasCRC = (word >> 16) & 1 == 0
        let table = version == .mpeg1 ? Self.mpeg1Bitrates[layer - 1] : Self.mpeg2Bitrates[min(layer - 1, 1)]
        bitrate = table[bitrateIndex - 1] * 1000
        sampleRate = Self.sampleRates[version]![sampleRateIndex]
        isPadded = (word >> 9) & 1 == 1
        isMono = (word >> 6) & 0b11 == 0b11
    }

    /// Whether the four bytes at `offset` start a header with the bit pattern `0xFFE` of a frame sync, whatever
    /// follows: the free-format bitrate is recognized this way, to be reported rather than skipped.
    static func isFreeFormat(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard let word = bytes.bigEndianUInt32(at: offset) else { return false }
        return word & 0xFFE0_0000 == 0xFFE0_0000 && (word >> 19) & 0b11 != 0b01 && (word >> 17) & 0b11 != 0
            && (word >> 12) & 0b1111 == 0 && (word >> 10) & 0b11 != 3
    }

    /// PCM samples per channel a frame decodes to: 384 for Layer I, 1152 for II, 1152 for MPEG-1 Layer III and
    /// 576 for MPEG-2 and 2.5 Layer III, whose frames hold one granule rather than two (13818-3 §2.4.1.7).
    var samplesPerFrame: Int {
        switch layer {
        case 1: 384
        case 2: 1152
        default: version == .mpeg1 ? 1152 : 576
        }
    }

    /// The frame's length in bytes, header included: samples / 8 × bitrate / sample rate bytes (rounded down),
    /// plus the padding slot, which is 4 bytes in Layer I and 1 byte in II and III (padding_bit, §2.4.2.3).
    var frameLength: Int {
        if layer == 1 { return (12 * bitrate / sampleRate + (isPadded ? 1 : 0)) * 4 }
        return samplesPerFrame / 8 * bitrate / sampleRate + (isPadded ? 1 : 0)
    }

    /// Layer III's side information, which follows the header (and its CRC): 17 or 32 bytes for MPEG-1 mono or
    /// stereo, 9 or 17 for MPEG-2 and 2.5 (Layer III audio_data syntax, §2.4.1.7 of both parts). A Xing header
    /// sits right after it.
    var sideInfoLength: Int {
        switch (version == .mpeg1, isMono) {
        case (true, true): 17
        case (true, false): 32
        case (false, true): 9
        case (false, false): 17
        }
    }

    /// Whether `other` can be the next frame of the same stream: same version, layer and sample rate.
    func continues(_ other: MPEGFrameHeader) -> Bool {
        version == other.version && layer == other.layer && sampleRate == other.sampleRate
    }
}

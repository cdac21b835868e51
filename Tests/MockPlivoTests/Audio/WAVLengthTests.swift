import Testing
@testable import PlivoSupport

@Suite("Audio length of WAV files")
struct WAVLengthTests {
    typealias F = AudioFixtures

    static func samples(_ count: Int) -> [UInt8] { [UInt8](repeating: 0, count: count) }

    @Test("A canonical PCM header gives the length to the sample, with or without the samples")
    func aCanonicalPCMHeaderGivesTheLengthToTheSample() throws {
        let file = F.wav(F.fmt(rate: 8_000, bits: 16), F.chunk("data", Self.samples(16_002)))
        let whole = try AudioLength.read(file, fileSize: file.count)
        #expect(whole == AudioLength(format: .wav, microseconds: 1_000_125, basis: .wavDataSize))
        #expect(try AudioLength.read(Array(file.prefix(44)), fileSize: nil).microseconds == 1_000_125)
        #expect(try AudioLength.read(Array(file.prefix(44)), fileSize: file.count).microseconds == 1_000_125)
    }

    @Test("Chunks before the data chunk are stepped over, odd sizes with their pad byte")
    func chunksBeforeTheDataChunkAreSteppedOver() throws {
        let list = F.chunk("LIST", Array("INFOISFT\u{0D}\0\0\0Lavf58.76.100".utf8))  // 25 bytes, padded to 26
        #expect(list.count == 8 + 26)
        let file = F.wav(F.chunk("JUNK", Self.samples(28)), F.fmt(channels: 2, rate: 44_100, bits: 16), list,
            F.chunk("data", [], size: 44_100 * 4 * 3))
        #expect(try AudioLength.read(file, fileSize: nil) == AudioLength(format: .wav, microseconds: 3_000_000, basis: .wavDataSize))
    }

    @Test("WAVE_FORMAT_EXTENSIBLE is read by its SubFormat", arguments: [(1, 24), (3, 32)])
    func extensibleIsReadByItsSubFormat(subFormat: Int, bits: Int) throws {
        let bytesPerSecond = 48_000 * 2 * bits / 8
        let file = F.wav(F.extensibleFmt(subFormat: subFormat, channels: 2, rate: 48_000, bits: bits),
            F.chunk("data", [], size: bytesPerSecond * 5 / 2))
        #expect(try AudioLength.read(file, fileSize: nil).microseconds == 2_500_000)
    }

    @Test("A streamed data size of 0 or 0xFFFFFFFF is the rest of the file, when its size is known", arguments: [0, 0xFFFF_FFFF])
    func aStreamedDataSizeIsTheRestOfTheFile(declared: Int) throws {
        let header = F.wav(F.fmt(rate: 8_000, bits: 16), F.chunk("data", [], size: declared), riffSize: declared)
        #expect(header.count == 44)
        let length = try AudioLength.read(header, fileSize: 44 + 8_000 * 2 * 7)
        #expect(length == AudioLength(format: .wav, microseconds: 7_000_000, basis: .wavDataSize))
        #expect(throws: AudioLengthError.needsFileSize(
            "a WAV written while streaming (data size 0 or 0xFFFFFFFF) needs the file's size")) {
            try AudioLength.read(header, fileSize: nil)
        }
    }

    @Test("A data size past the end of the file is cut to what the file holds")
    func aDataSizePastTheEndIsCut() throws {
        let file = F.wav(F.fmt(rate: 8_000, bits: 8), F.chunk("data", Self.samples(4_000), size: 80_000))
        #expect(try AudioLength.read(file, fileSize: file.count).microseconds == 500_000)
        #expect(try AudioLength.read(file, fileSize: nil).microseconds == 10_000_000)
    }

    @Test("µ-law and A-law count one byte a sample")
    func muLawAndALawCountOneByteASample() throws {
        for format in [6, 7] {
            let file = F.wav(F.fmt(format: format, rate: 8_000, bits: 8), F.chunk("fact", F.le32(12_000)),
                F.chunk("data", [], size: 12_000))
            #expect(try AudioLength.read(file, fileSize: nil) == AudioLength(format: .wav, microseconds: 1_500_000, basis: .wavDataSize))
        }
    }

    @Test("A compressed WAV is measured by its fact chunk, else by its average byte rate")
    func aCompressedWAVIsMeasuredByItsFactChunk() throws {
        // IMA ADPCM (0x11), 8 kHz mono: 256-byte blocks of 505 samples, 4055 bytes a second on average.
        let fmt = F.chunk("fmt ", F.le16(0x11) + F.le16(1) + F.le32(8_000) + F.le32(4_055) + F.le16(256) + F.le16(4)
            + F.le16(2) + F.le16(505))
        let withFact = F.wav(fmt, F.chunk("fact", F.le32(505 * 160)), F.chunk("data", [], size: 256 * 160))
        #expect(try AudioLength.read(withFact, fileSize: nil) == AudioLength(format: .wav, microseconds: 10_100_000, basis: .wavSampleCount))
        let withoutFact = F.wav(fmt, F.chunk("data", [], size: 4_055 * 4))
        #expect(try AudioLength.read(withoutFact, fileSize: nil) == AudioLength(format: .wav, microseconds: 4_000_000, basis: .wavByteRate))
    }

    @Test("RF64 takes the data size from its ds64 chunk")
    func rf64TakesTheDataSizeFromItsDS64Chunk() throws {
        let dataSize: UInt64 = 5_000_000_000  // past 4 GiB: 8.68 hours of 48 kHz stereo 16-bit
        let ds64 = F.chunk("ds64", F.le64(dataSize + 36) + F.le64(dataSize) + F.le64(dataSize / 4) + F.le32(0))
        let file = F.wav(ds64, F.fmt(channels: 2, rate: 48_000, bits: 16), F.chunk("data", [], size: 0xFFFF_FFFF),
            form: "RF64", riffSize: 0xFFFF_FFFF)
        #expect(try AudioLength.read(file, fileSize: nil).microseconds == 26_041_666_666)
    }

    @Test("A data chunk with a size before the fmt chunk is stepped over")
    func aDataChunkBeforeTheFmtChunkIsSteppedOver() throws {
        let file = F.wav(F.chunk("data", Self.samples(800)), F.fmt(rate: 8_000, bits: 16))
        #expect(try AudioLength.read(file, fileSize: file.count).microseconds == 50_000)
    }

    static let broken: [(file: [UInt8], error: AudioLengthError)] = [
        (F.wav(F.fmt(rate: 0), F.chunk("data", [])), .malformed("a WAV fmt chunk with a sample rate of 0")),
        (F.wav(F.chunk("fmt ", F.le16(1) + F.le32(8_000)), F.chunk("data", [])),
         .malformed("a WAV fmt chunk of 6 bytes, under the 14 of WAVEFORMAT")),
        (F.wav(F.chunk("fmt ", F.le16(0xFFFE) + [UInt8](repeating: 1, count: 16)), F.chunk("data", [])),
         .malformed("a WAVE_FORMAT_EXTENSIBLE fmt chunk of 18 bytes, under 40")),
        (F.wav(F.fmt(format: 1, rate: 8_000, bits: 0), F.chunk("data", [])), .malformed("a WAV fmt chunk with a block size of 0")),
        (F.wav(F.chunk("data", [], size: 0), F.fmt()), .malformed("the WAV data chunk comes before the fmt chunk")),
        (F.wav(F.chunk("LIST", [])), .incomplete("the file ends before the WAV fmt chunk")),
        (F.wav(F.fmt(), F.chunk("LIST", Self.samples(8))), .incomplete("the file ends before the WAV data chunk")),
        (Array("RIFF\u{4}\0\0\0AVI ".utf8), .notAudio(start: nil)),
        (Array("RIFX\0\0\0\u{24}WAVE".utf8), .unsupported("a big-endian (RIFX) WAV file")),
        (Array("RIFF\0\0".utf8), .incomplete("the file ends inside its RIFF header")),
    ]

    @Test("Broken headers say what is wrong", arguments: broken)
    func brokenHeadersSayWhatIsWrong(file: [UInt8], error: AudioLengthError) {
        #expect(throws: error) { try AudioLength.read(file, fileSize: file.count) }
    }

    @Test("A header longer than what was read says so")
    func aHeaderLongerThanWhatWasReadSaysSo() {
        let file = F.wav(F.fmt(), F.chunk("LIST", Self.samples(70_000)), F.chunk("data", Self.samples(100)))
        #expect(throws: AudioLengthError.incomplete("the first 65536 bytes read end before the WAV data chunk")) {
            try AudioLength.read(Array(file.prefix(65_536)), fileSize: file.count)
        }
    }
}

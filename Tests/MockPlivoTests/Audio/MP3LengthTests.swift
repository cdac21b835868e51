import Testing
@testable import PlivoSupport

@Suite("Audio length of MP3 files")
struct MP3LengthTests {
    typealias F = AudioFixtures

    @Test("A constant-bitrate MP3 behind an ID3 tag is measured from its size")
    func aConstantBitrateMP3BehindAnID3TagIsMeasuredFromItsSize() throws {
        let file = F.id3(size: 1_000) + F.mpeg1Layer3Frames(100)
        #expect(file.count == 1_010 + 41_750)
        // 41,750 audio bytes at 128 kbit/s.
        #expect(try AudioLength.read(file, fileSize: file.count)
            == AudioLength(format: .mp3, microseconds: 2_609_375, basis: .constantBitrate))
        #expect(try AudioLength.read(Array(file.prefix(4_096)), fileSize: file.count).microseconds == 2_609_375)
        #expect(throws: AudioLengthError.needsFileSize("an MP3 without a Xing or VBRI header needs the file's size to be measured")) {
            try AudioLength.read(Array(file.prefix(4_096)), fileSize: nil)
        }
    }

    static let otherLayers: [(header: [UInt8], frameLength: Int, microseconds: Int64)] = [
        (F.mpeg1Layer2, 576, 240_000), (F.mpeg1Layer1, 576, 120_000), (F.mpeg25Layer3Mono, 72, 720_000),
    ]

    @Test("Layers I and II and MPEG 2.5 are measured too", arguments: otherLayers)
    func layersOneAndTwoAndMPEG25AreMeasuredToo(header: [UInt8], frameLength: Int, microseconds: Int64) throws {
        // Ten frames: 10 × 1152 / 48 kHz, 10 × 384 / 32 kHz, 10 × 576 / 8 kHz.
        let file = (0..<10).flatMap { _ in F.frame(header, length: frameLength) }
        #expect(try AudioLength.read(file, fileSize: file.count).microseconds == microseconds)
    }

    @Test("An ID3v2.4 footer is stepped over with the tag, and so is a second tag")
    func anID3v24FooterIsSteppedOver() throws {
        let tags = F.id3(size: 500, major: 4, footer: true) + F.id3(size: 90)
        #expect(tags.count == 520 + 100)
        let file = tags + F.mpeg1Layer3Frames(20)
        #expect(throws: AudioLengthError.audioStartsBeyondPrefix(offset: 620)) {
            try AudioLength.read(Array(file.prefix(620)), fileSize: file.count)
        }
        #expect(try AudioLength.read(file, fileSize: file.count).microseconds == Int64(file.count - 620) * 8 * 1_000_000 / 128_000)
    }

    @Test("A Xing header's frame count gives the length without the file's size")
    func aXingHeadersFrameCountGivesTheLength() throws {
        let file = F.xingFrame(F.mpeg1Layer3, length: 417, sideInfo: 32, frames: 1_000) + F.mpeg1Layer3Frames(3)
        // 1000 × 1152 / 44,100 s.
        #expect(try AudioLength.read(file, fileSize: nil)
            == AudioLength(format: .mp3, microseconds: 26_122_448, basis: .xingFrameCount))
    }

    @Test("An Info header in an MPEG-2 mono frame sits after nine bytes of side information")
    func anInfoHeaderInAnMPEG2MonoFrame() throws {
        let file = F.xingFrame(F.mpeg2Layer3Mono, length: 104, sideInfo: 9, tag: "Info", frames: 250)
            + (0..<3).flatMap { _ in F.frame(F.mpeg2Layer3Mono, length: 104) }
        // 250 × 576 / 22,050 s.
        #expect(try AudioLength.read(file, fileSize: nil).microseconds == 6_530_612)
    }

    @Test("A Xing header after a CRC is found two bytes further on")
    func aXingHeaderAfterACRCIsFound() throws {
        let protected: [UInt8] = [0xFF, 0xFA, 0x90, 0x40]
        var first = F.frame(protected, length: 417)
        first.replaceSubrange(38..<50, with: Array("Xing".utf8) + F.be32(1) + F.be32(441))
        let file = first + (0..<3).flatMap { _ in F.frame(protected, length: 417) }
        #expect(try AudioLength.read(file, fileSize: nil).microseconds == 11_520_000)
    }

    @Test("A Xing header without a frame count falls back on the size")
    func aXingHeaderWithoutAFrameCountFallsBackOnTheSize() throws {
        let file = F.xingFrame(F.mpeg1Layer3, length: 417, sideInfo: 32, frames: 1_000, flags: 2) + F.mpeg1Layer3Frames(3)
        #expect(try AudioLength.read(file, fileSize: 128_000).basis == .constantBitrate)
        #expect(try AudioLength.read(file, fileSize: 128_000).microseconds == 8_000_000)
    }

    @Test("A VBRI header's frame count gives the length")
    func aVBRIHeadersFrameCountGivesTheLength() throws {
        let file = F.vbriFrame(F.mpeg1Layer3, length: 417, frames: 500) + F.mpeg1Layer3Frames(3)
        #expect(try AudioLength.read(file, fileSize: nil)
            == AudioLength(format: .mp3, microseconds: 13_061_224, basis: .vbriFrameCount))
    }

    @Test("Four bytes that look like a frame header but are not followed by a frame are skipped")
    func aFalseSyncIsSkipped() throws {
        let junk: [UInt8] = [0xFF, 0xFB, 0x90, 0x40, 1, 2, 3, 4, 0xFF, 0xFF]
        let file = F.id3(size: 20) + junk + F.mpeg1Layer3Frames(10)
        let audioStart = 30 + junk.count
        #expect(try AudioLength.read(file, fileSize: file.count).microseconds
            == Int64(file.count - audioStart) * 8 * 1_000_000 / 128_000)
    }

    @Test("Audio behind an ID3 tag larger than what was read is read again from where it starts")
    func audioBehindALargeID3TagIsReadAgain() throws {
        let file = F.id3(size: 100_000) + F.xingFrame(F.mpeg1Layer3, length: 417, sideInfo: 32, frames: 441)
            + F.mpeg1Layer3Frames(5)
        #expect(throws: AudioLengthError.audioStartsBeyondPrefix(offset: 100_010)) {
            try AudioLength.read(Array(file.prefix(65_536)), fileSize: file.count)
        }
        let rest = Array(file[100_010...].prefix(65_536))
        #expect(try AudioLength.readMP3(rest, fileOffset: 100_010, fileSize: file.count).microseconds == 11_520_000)
    }

    @Test("A first frame cut by the end of what was read is read again from its start")
    func aFirstFrameCutByTheEndOfWhatWasReadIsReadAgain() throws {
        let file = F.id3(size: 10) + F.xingFrame(F.mpeg1Layer3, length: 417, sideInfo: 32, frames: 441)
        #expect(throws: AudioLengthError.audioStartsBeyondPrefix(offset: 20)) {
            try AudioLength.read(Array(file.prefix(40)), fileSize: nil)
        }
        #expect(try AudioLength.read(file, fileSize: file.count).microseconds == 11_520_000)
    }

    @Test("A free-format MP3 is reported as such")
    func aFreeFormatMP3IsReportedAsSuch() {
        let file = F.frame([0xFF, 0xFB, 0x00, 0x40], length: 1_000)
        #expect(throws: AudioLengthError.unsupported("a free-format MP3 (its frames give no bitrate)")) {
            try AudioLength.read(file, fileSize: file.count)
        }
    }
}

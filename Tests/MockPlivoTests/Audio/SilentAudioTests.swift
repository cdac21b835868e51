import Testing
@testable import PlivoSupport

@Suite("Silent audio files")
struct SilentAudioTests {
    static let lengths: [Int64] = [0, 1, 62, 125, 17_999, 18_000, 36_000, 1_000_000, 59_999_999, 600_000_000]

    @Test("A silent WAV reads back at its length, within half a sample of the one asked for", arguments: lengths)
    func aSilentWAVReadsBackAtItsLength(microseconds: Int64) throws {
        let audio = SilentAudio(.wav, microseconds: microseconds)
        let bytes = audio.bytes
        #expect(bytes.count == audio.byteCount)
        #expect(abs(audio.microseconds - microseconds) <= 62)
        #expect(try AudioLength.read(bytes, fileSize: bytes.count)
            == AudioLength(format: .wav, microseconds: audio.microseconds, basis: .wavDataSize))
        // A data size of 0 is also what a streaming writer leaves: without the file's size, it cannot tell.
        if audio.microseconds > 0 {
            #expect(try AudioLength.read(Array(bytes.prefix(64 * 1024)), fileSize: nil).microseconds == audio.microseconds)
        }
    }

    @Test("A silent MP3 reads back at its length from its Info header, the nearest whole frame and two at least",
          arguments: lengths)
    func aSilentMP3ReadsBackAtItsLength(microseconds: Int64) throws {
        let audio = SilentAudio(.mp3, microseconds: microseconds)
        let bytes = audio.bytes
        #expect(bytes.count == audio.byteCount)
        #expect(audio.microseconds == max(72_000, (microseconds + 18_000) / 36_000 * 36_000))
        #expect(try AudioLength.read(Array(bytes.prefix(64 * 1024)), fileSize: nil)
            == AudioLength(format: .mp3, microseconds: audio.microseconds, basis: .xingFrameCount))
        // A reader that ignores the Info header and plays its frame too hears 36 ms more.
        let frames = try #require(MPEGFrameHeader(bytes, at: 0))
        #expect(Int64(bytes.count / frames.frameLength) * 36_000 == audio.microseconds + 36_000)
    }

    @Test("The WAV header is the canonical 44 bytes of 8 kHz mono 16-bit PCM")
    func theWAVHeaderIsTheCanonical44Bytes() {
        let audio = SilentAudio(.wav, microseconds: 1_000_000)
        let expected: [UInt8] = Array("RIFF".utf8) + [0xA4, 0x3E, 0, 0] + Array("WAVEfmt ".utf8) + [16, 0, 0, 0, 1, 0, 1, 0]
            + [0x40, 0x1F, 0, 0] + [0x80, 0x3E, 0, 0] + [2, 0, 16, 0] + Array("data".utf8) + [0x80, 0x3E, 0, 0]
        #expect(Array(audio.bytes.prefix(44)) == expected)
        #expect(audio.bytes.dropFirst(44).allSatisfy { $0 == 0 })
        #expect(audio.byteCount == 44 + 16_000)
        #expect(audio.contentType == "audio/wav")
    }

    @Test("Every MP3 frame is an MPEG-2 Layer III 8 kbit/s 16 kHz mono header and zeros")
    func everyMP3FrameIsAHeaderAndZeros() throws {
        let audio = SilentAudio(.mp3, microseconds: 360_000)
        let bytes = audio.bytes
        #expect(bytes.count == 11 * 36)
        let info: [UInt8] = [0xFF, 0xF3, 0x18, 0xC4] + [UInt8](repeating: 0, count: 9) + Array("Info".utf8)
            + [0, 0, 0, 3] + [0, 0, 0, 10] + [0, 0, 0x01, 0x8C] + [UInt8](repeating: 0, count: 7)
        #expect(Array(bytes.prefix(36)) == info)
        for start in stride(from: 36, to: bytes.count, by: 36) {
            #expect(Array(bytes[start..<(start + 4)]) == [0xFF, 0xF3, 0x18, 0xC4])
            #expect(bytes[(start + 4)..<(start + 36)].allSatisfy { $0 == 0 })
            let header = try #require(MPEGFrameHeader(bytes, at: start))
            #expect(header.version == .mpeg2 && header.layer == 3 && header.bitrate == 8_000 && header.sampleRate == 16_000)
            #expect(header.isMono && !header.hasCRC && header.frameLength == 36 && header.samplesPerFrame == 576)
        }
        #expect(audio.contentType == "audio/mpeg")
    }

    @Test("Any byte range is the same bytes as the whole file", arguments: [SilentAudio.Format.wav, .mp3])
    func anyByteRangeIsTheSameBytesAsTheWholeFile(format: SilentAudio.Format) {
        let audio = SilentAudio(format, microseconds: 2_000_000)
        let whole = audio.bytes
        var random = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let lower = Int.random(in: 0...whole.count, using: &random)
            let upper = Int.random(in: lower...min(whole.count, lower + 200), using: &random)
            #expect(audio.bytes(in: lower..<upper) == Array(whole[lower..<upper]), "\(lower)..<\(upper)")
        }
        #expect(audio.bytes(in: (whole.count - 10)..<(whole.count + 100)) == Array(whole.suffix(10)))
        #expect(audio.bytes(in: whole.count..<(whole.count + 5)).isEmpty)
    }

    @Test("Lengths are clamped to a day, whose size is known without building the file")
    func lengthsAreClampedToADay() throws {
        let day = SilentAudio(.wav, microseconds: 48 * 3_600_000_000)
        #expect(day.microseconds == 86_400_000_000)
        #expect(day.byteCount == 44 + 86_400 * 16_000)
        let header = day.bytes(in: 0..<44)
        #expect(try AudioLength.read(header, fileSize: day.byteCount).microseconds == 86_400_000_000)
        let mp3 = SilentAudio(.mp3, microseconds: 48 * 3_600_000_000)
        #expect(try AudioLength.read(mp3.bytes(in: 0..<4_096), fileSize: nil).microseconds == mp3.microseconds)
        #expect(SilentAudio(.mp3, microseconds: -5) == SilentAudio(.mp3, microseconds: 0))
    }
}

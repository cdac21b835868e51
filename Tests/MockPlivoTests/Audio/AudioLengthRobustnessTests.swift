import Testing
@testable import PlivoSupport

/// What the user's server may send instead of audio, or only part of it: never a crash, always a reason.
@Suite("Audio length of garbage and truncated files")
struct AudioLengthRobustnessTests {
    typealias F = AudioFixtures

    static let notAudio: [(file: [UInt8], error: AudioLengthError)] = [
        (Array("<!DOCTYPE html>\n<html><head><title>404</title></head></html>".utf8),
         .notAudio(start: "<!DOCTYPE html> <html><h…")),
        (Array("Not Found".utf8), .notAudio(start: "Not Found")),
        (Array("OggS".utf8) + [0, 2] + [UInt8](repeating: 0, count: 60), .notAudio(start: nil)),
        (Array("fLaC".utf8) + [0, 0, 0, 34] + [UInt8](repeating: 0xFF, count: 60), .notAudio(start: nil)),
    ]

    @Test("Text and other formats are not a WAV or MP3 file", arguments: notAudio)
    func textAndOtherFormatsAreNotAWAVOrMP3File(file: [UInt8], error: AudioLengthError) {
        #expect(throws: error) { try AudioLength.read(file, fileSize: file.count) }
        #expect(error.description.hasPrefix("not a WAV or MP3 file"))
    }

    static let brokenID3: [(file: [UInt8], error: AudioLengthError)] = [
        (Array("ID3".utf8), .incomplete("the file ends inside an ID3 tag's header")),
        (Array("ID3".utf8) + [3, 0, 0, 0, 0, 0, 0x80], .malformed("an ID3 tag with a broken header (size bytes 00000080)")),
        (F.id3(size: 30), .malformed("an MP3 with ID3 tags and no audio")),
        (F.id3(size: 30) + Array("<html>not audio at all</html>".utf8),
         .malformed("no MPEG audio frame in the 29 bytes after the ID3 tags")),
    ]

    @Test("An empty file says so")
    func anEmptyFileSaysSo() {
        #expect(throws: AudioLengthError.incomplete("the file is empty")) { try AudioLength.read([], fileSize: nil) }
        #expect(throws: AudioLengthError.incomplete("the file is empty")) { try AudioLength.read([], fileSize: 0) }
        #expect(throws: AudioLengthError.incomplete("nothing of the file was read")) { try AudioLength.read([], fileSize: 10) }
    }

    @Test("Broken ID3 tags say what is wrong", arguments: brokenID3)
    func brokenID3TagsSayWhatIsWrong(file: [UInt8], error: AudioLengthError) {
        #expect(throws: error) { try AudioLength.read(file, fileSize: file.count) }
    }

    static let validFiles: [[UInt8]] = [
        F.wav(F.fmt(channels: 2, rate: 44_100), F.chunk("LIST", [1, 2, 3]), F.chunk("data", [UInt8](repeating: 0, count: 400))),
        F.wav(F.extensibleFmt(subFormat: 1, channels: 2, rate: 48_000, bits: 24), F.chunk("data", [], size: 0)),
        F.id3(size: 40, major: 4, footer: true) + F.mpeg1Layer3Frames(4),
        F.xingFrame(F.mpeg2Layer3Mono, length: 104, sideInfo: 9, frames: 9) + F.frame(F.mpeg2Layer3Mono, length: 104),
        SilentAudio(.mp3, microseconds: 100_000).bytes,
        SilentAudio(.wav, microseconds: 2_000).bytes,
    ]

    @Test("Every prefix of a valid file, with or without the size, gives a length or a reason", arguments: validFiles)
    func everyPrefixOfAValidFileGivesALengthOrAReason(file: [UInt8]) throws {
        let whole = try AudioLength.read(file, fileSize: file.count)
        for count in 0...file.count {
            for fileSize in [file.count, nil] {
                do {
                    let length = try AudioLength.read(Array(file.prefix(count)), fileSize: fileSize)
                    if fileSize != nil { #expect(length == whole, "prefix of \(count)") }
                } catch {
                    #expect(!error.description.isEmpty)
                }
            }
        }
    }

    @Test("Every bit of a valid file's first 64 bytes flipped gives a length or a reason", arguments: validFiles)
    func everyBitFlippedGivesALengthOrAReason(file: [UInt8]) {
        for index in 0..<min(64, file.count) {
            for bit in 0..<8 {
                var flipped = file
                flipped[index] ^= 1 << bit
                for fileSize in [flipped.count, nil] {
                    do {
                        let length = try AudioLength.read(flipped, fileSize: fileSize)
                        #expect(length.microseconds >= 0)
                    } catch {
                        #expect(!error.description.isEmpty)
                    }
                }
            }
        }
    }

    @Test("Random bytes give a length or a reason, and bytes without 0xFF are not audio")
    func randomBytesGiveALengthOrAReason() {
        var random = SplitMix64(seed: 7)
        for round in 0..<400 {
            var bytes = (0..<(round * 37 % 3_000)).map { _ in UInt8.random(in: 0...255, using: &random) }
            for fileSize in [bytes.count, nil, bytes.count * 100] {
                _ = try? AudioLength.read(bytes, fileSize: fileSize)
            }
            bytes = bytes.map { $0 == 0xFF ? 0 : $0 }
            if !bytes.isEmpty && !bytes.starts(with: Array("RIFF".utf8)) && !bytes.starts(with: Array("ID3".utf8)) {
                #expect(throws: AudioLengthError.notAudio(start: nil)) { try AudioLength.read(bytes, fileSize: nil) }
            }
        }
    }

    @Test("Sizes at the limits are a reason, not an overflow")
    func sizesAtTheLimitsAreAReason() throws {
        let mp3 = F.mpeg1Layer3Frames(3)
        #expect(throws: AudioLengthError.malformed("an MP3 too long to measure")) {
            try AudioLength.read(mp3, fileSize: Int.max)
        }
        let wav = F.wav(F.fmt(format: 0x11, rate: 8_000, byteRate: 1), F.chunk("data", [], size: 0xFFFF_FFFE))
        #expect(try AudioLength.read(wav, fileSize: nil).microseconds == 0xFFFF_FFFE * 1_000_000)
    }
}

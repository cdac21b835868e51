/// An MP3 as the reader meets it: ID3v2 tags, perhaps a few bytes of junk, then MPEG audio frames, the first of
/// which may carry a frame count (``MP3FrameCount``). There is no file header: the first valid frame header is
/// found by its sync word, and confirmed by the frames that follow it.
enum MP3Stream {
    /// The play length of the MP3 whose bytes from `fileOffset` on are `bytes`.
    ///
    /// With a frame count, the length is exact. Without one, it is the audio's bytes (to the end of the file, so
    /// an ID3v1 tag there counts, 128 bytes) over the first frame's bitrate: exact for a constant-bitrate file,
    /// and a guess for a variable-bitrate file without a header, which the file's first frame cannot improve.
    static func length(of bytes: [UInt8], fileOffset: Int, fileSize: Int?) throws(AudioLengthError) -> AudioLength {
        let readsToEnd = fileSize.map { fileOffset + bytes.count >= $0 } ?? false
        var start = 0
        var hasTag = false
        while let tag = try ID3v2Tag.read(bytes, at: start, fileOffset: fileOffset, fileSize: fileSize) {
            start += tag.length
            hasTag = true
        }
        if start >= bytes.count {
            if readsToEnd { throw .malformed("an MP3 with ID3 tags and no audio") }
            throw .audioStartsBeyondPrefix(offset: fileOffset + start)
        }

        for index in stride(from: start, to: bytes.count - 3, by: 1) where bytes[index] == 0xFF {
            guard let header = MPEGFrameHeader(bytes, at: index) else {
                if index == start && MPEGFrameHeader.isFreeFormat(bytes, at: index) {
                    throw .unsupported("a free-format MP3 (its frames give no bitrate)")
                }
                continue
            }
            guard isConfirmed(header, at: index, atStart: index == start, in: bytes, fileOffset: fileOffset, fileSize: fileSize)
            else { continue }
            // The frame count, if any, is inside the first frame: it must have been read whole.
            if index + header.frameLength > bytes.count && !readsToEnd {
                throw .audioStartsBeyondPrefix(offset: fileOffset + index)
            }
            return try measure(header, at: index, in: bytes, fileOffset: fileOffset, fileSize: fileSize)
        }
        if hasTag || fileOffset > 0 {
            throw .malformed("no MPEG audio frame in the \(bytes.count - start) bytes after the ID3 tags")
        }
        throw .notAudio(bytes)
    }

    /// Whether the frame at `offset` is followed by two frames of the same stream, so that four bytes of junk or
    /// cover art that look like a header are not taken for one. A frame the stream ends with (the file's end,
    /// or an ID3v1 tag) needs no successor. Where what was read ends first, a frame at the very start of the
    /// audio is trusted (a file is not junk from its first byte), and any other needs one confirmed successor.
    private static func isConfirmed(
        _ header: MPEGFrameHeader, at offset: Int, atStart: Bool, in bytes: [UInt8], fileOffset: Int, fileSize: Int?
    ) -> Bool {
        var position = offset
        var current = header
        for confirmed in 0..<2 {
            let next = position + current.frameLength
            if fileOffset + next == fileSize || bytes.hasTag("TAG", at: next) { return true }
            guard next + 4 <= bytes.count else { return atStart || confirmed > 0 }
            guard let following = MPEGFrameHeader(bytes, at: next), following.continues(header) else { return false }
            position = next
            current = following
        }
        return true
    }

    private static func measure(
        _ header: MPEGFrameHeader, at offset: Int, in bytes: [UInt8], fileOffset: Int, fileSize: Int?
    ) throws(AudioLengthError) -> AudioLength {
        let microseconds: Int64?
        let basis: AudioLength.Basis
        if let (frames, counted) = MP3FrameCount.read(bytes, frameAt: offset, header: header) {
            let samples = UInt64(frames) * UInt64(header.samplesPerFrame)
            microseconds = AudioLength.microseconds(samples, perSecond: UInt64(header.sampleRate))
            basis = counted
        } else if let fileSize {
            let (bits, overflow) = UInt64(max(fileSize - (fileOffset + offset), 0)).multipliedReportingOverflow(by: 8)
            microseconds = overflow ? nil : AudioLength.microseconds(bits, perSecond: UInt64(header.bitrate))
            basis = .constantBitrate
        } else {
            throw .needsFileSize("an MP3 without a Xing or VBRI header needs the file's size to be measured")
        }
        guard let microseconds else { throw .malformed("an MP3 too long to measure") }
        return AudioLength(format: .mp3, microseconds: microseconds, basis: basis)
    }
}

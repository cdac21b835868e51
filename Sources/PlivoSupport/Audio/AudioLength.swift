/// How long an audio file plays, read from its first bytes: what the call engine needs to time a `<Play>`
/// without decoding, or even downloading, the file.
///
/// Two formats, the two Plivo plays: WAV (RIFF/WAVE, RF64) and MP3 (any MPEG-1, -2 or 2.5 audio layer). Pure:
/// bytes in, a length or an ``AudioLengthError`` out, so every header shape is tested without a server.
package struct AudioLength: Sendable, Equatable, CustomStringConvertible {
    package enum Format: Sendable, Equatable {
        case wav
        case mp3
    }

    /// Where the length comes from, from exact to estimated.
    package enum Basis: Sendable, Equatable {
        /// A WAV's data chunk size over its block size: exact to the sample.
        case wavDataSize
        /// A compressed WAV's `fact` chunk, which counts its samples.
        case wavSampleCount
        /// A compressed WAV without a `fact` chunk: its size over its average byte rate, an estimate.
        case wavByteRate
        /// An MP3's Xing or Info header (LAME and most encoders write one), which counts its frames: exact.
        case xingFrameCount
        /// An MP3's VBRI header (Fraunhofer's encoders), which counts its frames: exact.
        case vbriFrameCount
        /// An MP3 without either: its audio bytes over the first frame's bitrate, exact for constant bitrate.
        case constantBitrate
    }

    package var format: Format
    package var microseconds: Int64
    package var basis: Basis

    package init(format: Format, microseconds: Int64, basis: Basis) {
        self.format = format
        self.microseconds = microseconds
        self.basis = basis
    }

    package var description: String { "\(format) of \(microseconds) µs by \(basis)" }

    /// Reads the length of the file whose first bytes are `prefix`.
    ///
    /// - Parameters:
    ///   - prefix: the file's first bytes, or all of it; 64 KiB covers the headers of nearly every file.
    ///   - fileSize: the whole file's size when known (`Content-Length`), needed for MP3s without a frame
    ///     count and for WAVs written while streaming, and used to cut a data size that claims more than there is.
    package static func read(_ prefix: [UInt8], fileSize: Int?) throws(AudioLengthError) -> AudioLength {
        if prefix.isEmpty {
            throw fileSize.map { $0 > 0 } == true ? .incomplete("nothing of the file was read") : .incomplete("the file is empty")
        }
        if prefix.hasTag("RIFF", at: 0) || prefix.hasTag("RF64", at: 0) || prefix.hasTag("BW64", at: 0) {
            return try WAVHeader(parsing: prefix, fileSize: fileSize).length(fileSize: fileSize)
        }
        if prefix.hasTag("RIFX", at: 0) {
            throw .unsupported("a big-endian (RIFX) WAV file")
        }
        return try MP3Stream.length(of: prefix, fileOffset: 0, fileSize: fileSize)
    }

    /// Reads the length of an MP3 from bytes that start at `fileOffset` of the file: the second read after
    /// ``AudioLengthError/audioStartsBeyondPrefix(offset:)``.
    package static func readMP3(_ bytes: [UInt8], fileOffset: Int, fileSize: Int?) throws(AudioLengthError) -> AudioLength {
        try MP3Stream.length(of: bytes, fileOffset: fileOffset, fileSize: fileSize)
    }

    /// `count × 1,000,000 / perSecond`, rounded down, computed in 128 bits: nil when it does not fit in 63 bits
    /// or `perSecond` is 0. Sizes in an RF64 header are 64-bit, so the product may not fit in 64.
    static func microseconds(_ count: UInt64, perSecond: UInt64) -> Int64? {
        guard perSecond > 0 else { return nil }
        let product = count.multipliedFullWidth(by: 1_000_000)
        guard product.high < perSecond else { return nil }
        let quotient = perSecond.dividingFullWidth(product).quotient
        return quotient <= UInt64(Int64.max) ? Int64(quotient) : nil
    }
}

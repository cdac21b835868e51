/// What a WAV file's header says about its audio: the format (`fmt `), the samples a compressed file holds
/// (`fact`), and where its samples (`data`) start and how many bytes they take.
///
/// The layout is RIFF's (Microsoft and IBM, "Multimedia Programming Interface and Data Specifications 1.0",
/// 1991, ch. 2 and the WAVE form in ch. 3): `RIFF`, a little-endian 32-bit size, `WAVE`, then chunks, each a
/// four-character id, a 32-bit size and that many bytes, plus a pad byte the size does not count when it is odd.
/// Chunks the reader does not need (`LIST`, `bext`, `JUNK`) are stepped over, wherever they are. The `fmt ` chunk
/// is a WAVEFORMATEX; with `WAVE_FORMAT_EXTENSIBLE` (0xFFFE; Microsoft, "Multiple Channel Audio Data and WAVE
/// Files", 2001) the real format code is the first two bytes of the SubFormat GUID, 24 bytes into the chunk.
/// RF64 (EBU Tech 3306) and BW64 (ITU-R BS.2088) files, for audio past 4 GiB, put 0xFFFFFFFF in the 32-bit
/// sizes and the real ones in a `ds64` chunk before all others.
struct WAVHeader {
    /// The format code, the SubFormat's for an extensible file: 1 is PCM, 3 IEEE float, 6 A-law, 7 µ-law.
    var formatTag: UInt16
    var sampleRate: UInt32
    /// `nAvgBytesPerSec`: exact for PCM, an average for compressed formats.
    var byteRate: UInt32
    /// Bytes per sample frame (all channels) for PCM.
    var blockAlign: UInt16
    /// The `fact` chunk's sample count (per channel), which compressed formats must carry.
    var factSampleCount: UInt32?
    /// Where the samples start in the file.
    var dataOffset: Int
    /// The `data` chunk's size; nil when it is 0 or 0xFFFFFFFF and no `ds64` gives it: written while streaming,
    /// before the writer knew the size (and some never go back to fill it in).
    var dataSize: UInt64?

    /// Formats whose block size divides the data into samples exactly.
    private static let uncompressedFormats: Set<UInt16> = [1, 3, 6, 7]

    init(parsing bytes: [UInt8], fileSize: Int?) throws(AudioLengthError) {
        guard bytes.hasTag("WAVE", at: 8) else {
            if bytes.count < 12 { throw .ends(bytes, fileSize: fileSize, "inside its RIFF header") }
            throw .notAudio(bytes)  // a RIFF of another form: AVI, WebP
        }
        let isRF64 = !bytes.hasTag("RIFF", at: 0)
        var format: (tag: UInt16, rate: UInt32, byteRate: UInt32, blockAlign: UInt16)?
        var factSampleCount: UInt32?
        var ds64DataSize: UInt64?
        var data: (offset: Int, size: UInt32)?
        var offset = 12
        while format == nil || data == nil {
            guard let size = bytes.littleEndianUInt32(at: offset + 4) else {
                throw .ends(bytes, fileSize: fileSize, "before the WAV \(format == nil ? "fmt" : "data") chunk")
            }
            let body = offset + 8
            if bytes.hasTag("fmt ", at: offset) {
                format = try Self.parseFormat(bytes, at: body, size: size, fileSize: fileSize)
            } else if bytes.hasTag("fact", at: offset), size >= 4 {
                factSampleCount = bytes.littleEndianUInt32(at: body)
            } else if bytes.hasTag("ds64", at: offset), isRF64 {
                // riffSize (8), dataSize (8), sampleCount (8), table length (4).
                guard size >= 28 else { throw .malformed("an RF64 ds64 chunk of \(size) bytes, under 28") }
                guard let dataSize = bytes.littleEndianUInt64(at: body + 8) else {
                    throw .ends(bytes, fileSize: fileSize, "inside the RF64 ds64 chunk")
                }
                ds64DataSize = dataSize
            } else if bytes.hasTag("data", at: offset) {
                data = (body, size)
                // The fmt chunk must come first (RIFF ch. 3); a data chunk of unknown size cannot be stepped over.
                if format == nil && (size == 0 || size == 0xFFFF_FFFF) {
                    throw .malformed("the WAV data chunk comes before the fmt chunk")
                }
            }
            offset = body + Int(size) + Int(size & 1)
        }
        guard let format, let data else { throw .malformed("a WAV header without fmt or data chunk") }  // the loop ends with both
        self.formatTag = format.tag
        self.sampleRate = format.rate
        self.byteRate = format.byteRate
        self.blockAlign = format.blockAlign
        self.factSampleCount = factSampleCount
        self.dataOffset = data.offset
        switch data.size {
        case 0xFFFF_FFFF where ds64DataSize != nil: dataSize = ds64DataSize
        case 0, 0xFFFF_FFFF: dataSize = nil
        default: dataSize = UInt64(data.size)
        }
    }

    /// WAVEFORMATEX: format tag (2), channels (2), samples per second (4), average bytes per second (4), block
    /// align (2), bits per sample (2), then for extensible formats cbSize (2), valid bits (2), channel mask (4)
    /// and the SubFormat GUID (16).
    private static func parseFormat(
        _ bytes: [UInt8], at body: Int, size: UInt32, fileSize: Int?
    ) throws(AudioLengthError) -> (tag: UInt16, rate: UInt32, byteRate: UInt32, blockAlign: UInt16) {
        guard size >= 14 else { throw .malformed("a WAV fmt chunk of \(size) bytes, under the 14 of WAVEFORMAT") }
        guard var tag = bytes.littleEndianUInt16(at: body), let rate = bytes.littleEndianUInt32(at: body + 4),
            let byteRate = bytes.littleEndianUInt32(at: body + 8), let blockAlign = bytes.littleEndianUInt16(at: body + 12)
        else { throw .ends(bytes, fileSize: fileSize, "inside the WAV fmt chunk") }
        if tag == 0xFFFE {
            guard size >= 40 else { throw .malformed("a WAVE_FORMAT_EXTENSIBLE fmt chunk of \(size) bytes, under 40") }
            guard let subFormat = bytes.littleEndianUInt16(at: body + 24) else {
                throw .ends(bytes, fileSize: fileSize, "inside the WAV fmt chunk")
            }
            tag = subFormat
        }
        guard rate > 0 else { throw .malformed("a WAV fmt chunk with a sample rate of 0") }
        return (tag, rate, byteRate, blockAlign)
    }

    /// The play length. With the file's size, a data size that claims more than the file holds is cut to what
    /// is there, as players stop at the end; a streamed data size (unknown) is the rest of the file.
    func length(fileSize: Int?) throws(AudioLengthError) -> AudioLength {
        let available = fileSize.map { UInt64(max($0 - dataOffset, 0)) }
        let size: UInt64
        if let dataSize {
            size = min(dataSize, available ?? dataSize)
        } else if let available {
            size = available
        } else {
            throw .needsFileSize("a WAV written while streaming (data size 0 or 0xFFFFFFFF) needs the file's size")
        }

        let microseconds: Int64?
        let basis: AudioLength.Basis
        if Self.uncompressedFormats.contains(formatTag) {
            guard blockAlign > 0 else { throw .malformed("a WAV fmt chunk with a block size of 0") }
            microseconds = AudioLength.microseconds(size / UInt64(blockAlign), perSecond: UInt64(sampleRate))
            basis = .wavDataSize
        } else if let factSampleCount, let dataSize, dataSize <= available ?? dataSize {
            microseconds = AudioLength.microseconds(UInt64(factSampleCount), perSecond: UInt64(sampleRate))
            basis = .wavSampleCount
        } else {
            guard byteRate > 0 else { throw .malformed("a compressed WAV with an average byte rate of 0") }
            microseconds = AudioLength.microseconds(size, perSecond: UInt64(byteRate))
            basis = .wavByteRate
        }
        guard let microseconds else { throw .malformed("a WAV too long to measure") }
        return AudioLength(format: .wav, microseconds: microseconds, basis: basis)
    }
}

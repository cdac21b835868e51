extension SilentAudio {
    // 8 kHz mono 16-bit PCM: the telephone's sample rate, in the one WAV encoding every player and browser
    // decodes. 8-bit µ-law would halve the size, but browsers' support for it in WAV is patchy, and a recording
    // a developer cannot open in a browser tab is worse than one twice as large.
    static let wavSampleRate = 8_000
    static let wavBytesPerSample = 2
    static let wavSampleMicroseconds: Int64 = 1_000_000 / 8_000
    static let wavHeaderLength = 44

    /// Lays the canonical 44-byte header over `window`, which holds the file's bytes from `start` on; the
    /// samples after it are zeros, which is silence in signed 16-bit PCM.
    ///
    /// RIFF (Microsoft and IBM, "Multimedia Programming Interface and Data Specifications 1.0", 1991): `RIFF`,
    /// the size of all that follows, `WAVE`; a 16-byte `fmt ` chunk (format 1 PCM, 1 channel, 8000 samples and
    /// 16000 bytes a second, 2-byte blocks, 16 bits); the `data` chunk and its size. The data size is even, so no
    /// pad byte follows.
    func writeWAVHeader(into window: inout [UInt8], from start: Int) {
        guard start < Self.wavHeaderLength else { return }
        let dataSize = UInt64(units * Self.wavBytesPerSample)
        let at = -start
        window.store(Array("RIFF".utf8), at: at)
        window.storeLittleEndian(36 + dataSize, width: 4, at: at + 4)
        window.store(Array("WAVEfmt ".utf8), at: at + 8)
        window.storeLittleEndian(16, width: 4, at: at + 16)
        window.storeLittleEndian(1, width: 2, at: at + 20)  // WAVE_FORMAT_PCM
        window.storeLittleEndian(1, width: 2, at: at + 22)  // channels
        window.storeLittleEndian(UInt64(Self.wavSampleRate), width: 4, at: at + 24)
        window.storeLittleEndian(UInt64(Self.wavSampleRate * Self.wavBytesPerSample), width: 4, at: at + 28)
        window.storeLittleEndian(UInt64(Self.wavBytesPerSample), width: 2, at: at + 32)  // block align
        window.storeLittleEndian(16, width: 2, at: at + 34)  // bits per sample
        window.store(Array("data".utf8), at: at + 36)
        window.storeLittleEndian(dataSize, width: 4, at: at + 40)
    }
}

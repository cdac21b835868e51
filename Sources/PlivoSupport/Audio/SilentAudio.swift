/// A silent audio file of a given length, WAV or MP3: what the mock serves as a call's recording, a real file
/// that any player opens and that plays for as long as the call recorded.
///
/// Described rather than built: its size is known at once and ``bytes(in:)`` makes any byte range of it in time
/// and memory linear in the range (one zeroed array, headers laid over it), so a recording of hours can be served,
/// range requests and all, without ever being held whole. ``AudioLength`` reads back ``microseconds`` exactly.
package struct SilentAudio: Sendable, Equatable {
    package enum Format: Sendable, Equatable {
        case wav
        case mp3
    }

    package var format: Format
    /// Samples (WAV) or silent frames after the Info frame (MP3).
    let units: Int

    /// The longest file made, a day: Plivo's longest call. Its WAV is 1.4 GB, under RIFF's 4 GiB.
    package static let maximumMicroseconds: Int64 = 86_400 * 1_000_000

    /// A file of `microseconds` (clamped to 0 ... ``maximumMicroseconds``), rounded to the nearest whole unit:
    /// a sample for WAV (125 µs), a frame for MP3 (36 ms), and an MP3 has two frames (72 ms) at least, as
    /// ffmpeg's MP3 demuxer refuses a stream whose first audio frame has no successor. ``microseconds`` is the
    /// length the file has.
    package init(_ format: Format, microseconds requested: Int64) {
        self.format = format
        let clamped = min(max(requested, 0), Self.maximumMicroseconds)
        switch format {
        case .wav: units = Int((clamped + Self.wavSampleMicroseconds / 2) / Self.wavSampleMicroseconds)
        case .mp3: units = max(2, Int((clamped + Self.mp3FrameMicroseconds / 2) / Self.mp3FrameMicroseconds))
        }
    }

    /// The length the file plays.
    package var microseconds: Int64 {
        Int64(units) * (format == .wav ? Self.wavSampleMicroseconds : Self.mp3FrameMicroseconds)
    }

    package var byteCount: Int {
        switch format {
        case .wav: Self.wavHeaderLength + units * Self.wavBytesPerSample
        case .mp3: (units + 1) * Self.mp3FrameLength
        }
    }

    /// The media type to serve it with.
    package var contentType: String {
        format == .wav ? "audio/wav" : "audio/mpeg"
    }

    /// The file's bytes in `range`, clamped to the file.
    package func bytes(in range: Range<Int>) -> [UInt8] {
        let clamped = range.clamped(to: 0..<byteCount)
        var window = [UInt8](repeating: 0, count: clamped.count)
        switch format {
        case .wav: writeWAVHeader(into: &window, from: clamped.lowerBound)
        case .mp3: writeMP3Headers(into: &window, from: clamped.lowerBound)
        }
        return window
    }

    /// The whole file.
    package var bytes: [UInt8] { bytes(in: 0..<byteCount) }
}

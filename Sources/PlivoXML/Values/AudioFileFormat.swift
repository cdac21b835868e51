/// The format of a recording (Record `fileFormat`, Conference `recordFileFormat`).
public enum AudioFileFormat: String, Sendable, Equatable, CaseIterable, AttributeChoice {
    case mp3
    case wav
}

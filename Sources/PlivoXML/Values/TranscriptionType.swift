/// How a recording is transcribed. Plivo's docs list `auto`; older pages add `hybrid` and Plivo's agent guide
/// `manual`; the mock accepts all three (the Python SDK's own tests use `hybrid`).
public enum TranscriptionType: String, Sendable, Equatable, CaseIterable, AttributeChoice {
    case auto
    case hybrid
    case manual
}

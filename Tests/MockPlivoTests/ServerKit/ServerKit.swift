
/// The namespace of the HTTPServerKit suites, so that `swift test --filter ServerKit` runs exactly them.
enum ServerKit {}

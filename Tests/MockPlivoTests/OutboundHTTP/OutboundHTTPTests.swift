import Testing

/// The parent of the non-blocking client's suites, so `swift test --filter OutboundHTTPTests` selects them all.
@Suite enum OutboundHTTPTests {}

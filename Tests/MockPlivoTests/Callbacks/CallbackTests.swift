import Testing

/// The parent of every callback suite, so `swift test --filter Callback` selects them all.
@Suite enum CallbackTests {}

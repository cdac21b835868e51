/// Work an application runs on each event-loop thread: once as the loop starts, and after every batch of ready
/// connections the loop has served (SwiftNIO's `channelReadComplete`, per loop rather than per channel).
///
/// What it is for: work cheaper done once for many requests than once for each. A database commit is the example:
/// the requests a loop read in one go can be committed in one transaction, and answered once it is done.
/// Both closures run on the loop's thread, which serves nothing while they run: keep them short.
public struct EventLoopHooks: Sendable {
    /// Runs once on each loop's thread, before it serves anything.
    public var loopDidStart: @Sendable () -> Void
    /// Runs on the loop's thread after each batch of events it handled, after each sweep of timed-out
    /// connections, and once as the loop ends; never after an idle wake-up.
    public var batchDidEnd: @Sendable () -> Void

    public init(loopDidStart: @escaping @Sendable () -> Void, batchDidEnd: @escaping @Sendable () -> Void) {
        self.loopDidStart = loopDidStart
        self.batchDidEnd = batchDidEnd
    }
}

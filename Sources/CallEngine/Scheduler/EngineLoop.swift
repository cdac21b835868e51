import DequeModule
import HeapModule
import Primitives
import Synchronization

/// The call engine's one thread: a simulated clock, a queue of timed work, and fairness between accounts.
///
/// ## Model
/// Everything the engine does (a message changing state, a call ringing, a verb ending, a callback's answer
/// coming back) is a job on this thread, run at a simulated time. No job blocks: waiting is a job scheduled
/// later, and I/O is a request handed to a port whose completion is posted back. So 10,000 live calls are
/// 10,000 small values, not threads, and engine state needs no locks.
///
/// ## Time
/// Jobs run when the ``EnginePace`` releases their time (at once with `--time-scale 0`, at the scaled wall
/// time otherwise, when a test advances its manual clock). Each job runs at its own simulated time and
/// schedules what follows relative to it, so a call's timeline is the same however fast the machine is.
///
/// ## Fairness
/// Released jobs wait in one queue per account, in time order, and the loop takes a batch from each account in
/// turn, so an
/// account that floods the engine (10,000 calls, or a server that answers slowly) delays its own work, never
/// another account's. Work posted from other threads (the API's commands, callback completions) joins its
/// account's queue the same way. Within an account jobs run in simulated-time order even when everything is
/// released at once (`--time-scale 0`): a job that schedules a follow-up earlier than work already released
/// goes ahead of it, so a call's 3 s Speak ends before its 30 s time limit fires.
///
/// ## Timers that may not fire
/// ``EngineTurn/timer(at:_:)`` returns an ``EngineTimer``; a cancelled one is dropped when its time comes,
/// without moving the simulated present (a finished call's four-hour time limit must not drag the clock on).
///
/// ## Changes, then callbacks
/// Jobs record their changes for the store (``EngineTurn/record(_:)``) and defer what the outside world may see
/// of them (``EngineTurn/afterChangesStored(_:)``: callbacks): the loop hands the changes of many jobs to the
/// store in one call, then runs what was deferred. So a user's server that looks a message up on its status
/// report finds the state the report announces, and the store sees one transaction per batch, not per job.
public final class EngineLoop: Sendable {
    /// Jobs run per account before the loop looks at its mailbox again.
    static let batchPerAccount = 64
    /// Changes gathered before the loop hands them to the store while there is still work; an idle loop hands
    /// over whatever it has.
    static let changesPerFlush = 1_024
    /// Longest real time recorded changes wait for the store while the loop is busy: bounds how late a callback
    /// deferred behind them goes out.
    static let flushInterval: Duration = .milliseconds(5)

    public let pace: any EnginePace
    /// Where the changes jobs record go, once per round of work.
    let store: (any EngineStore)?
    private let doorbell = Doorbell()
    private let mailbox = LockedValue<[Posted]>([])
    /// Latest simulated time a job ran at, in microseconds: the present for new work (``now``).
    private let processed: Atomic<Int64>
    private let running = Atomic<Bool>(false)
    private let stopped = Doorbell()
    /// Counts what may give the loop work (posts, a pace that moved); ``idleGeneration`` is the count the loop had
    /// seen when it last found nothing to do. Together they let a test wait until everything due has run.
    private let workGeneration = Atomic<UInt64>(0)
    private let idleGeneration = Atomic<UInt64>(0)
    private let idleBell = Doorbell()
    private let isIdle = Atomic<Bool>(false)
    // Touched by the loop thread only (jobs run there, and `schedule` is only reachable from a job's turn).
    private nonisolated(unsafe) let queues: Queues

    /// Work posted from another thread.
    private struct Posted: Sendable {
        var time: SimulatedTime
        var account: String
        var work: @Sendable (EngineTurn) -> Void
    }

    /// The timer heap and the per-account ready queues.
    private final class Queues {
        struct Timed: Comparable {
            var time: SimulatedTime
            var sequence: UInt64
            var job: Job
            static func < (lhs: Timed, rhs: Timed) -> Bool {
                (lhs.time, lhs.sequence) < (rhs.time, rhs.sequence)
            }
            static func == (lhs: Timed, rhs: Timed) -> Bool { lhs.sequence == rhs.sequence }
        }
        var timers = Heap<Timed>()
        var sequence: UInt64 = 0
        /// The latest simulated time released, as of the last look at the pace: a job scheduled at or before it
        /// is ready at once.
        var released = SimulatedTime(microseconds: .min)
        var ready: [String: Heap<Timed>] = [:]
        /// Accounts with ready jobs, in the order they are served.
        var rotation = Deque<String>()
        /// What jobs recorded for the store since the last flush, and when the first of them was.
        var changes: [EngineChange] = []
        var changedSince: MonotonicInstant?
        /// What jobs deferred until their changes are stored.
        var afterStored: [() -> Void] = []

        func enqueueReady(_ timed: Timed) {
            if ready[timed.job.account]?.isEmpty ?? true { rotation.append(timed.job.account) }
            ready[timed.job.account, default: Heap()].insert(timed)
        }
    }

    public init(pace: any EnginePace, store: (any EngineStore)? = nil) {
        self.pace = pace
        self.store = store
        processed = Atomic(pace.origin.microseconds)
        queues = Queues()
    }

    /// The simulated present: where a new call or message starts.
    public var now: SimulatedTime {
        pace.present(afterProcessing: SimulatedTime(microseconds: processed.load(ordering: .acquiring)))
    }

    /// Starts the loop's thread if it is not running; returns false if the system refused a thread. Posting work
    /// starts it too, so an engine nobody uses costs no thread.
    @discardableResult
    public func start() -> Bool {
        guard !running.exchange(true, ordering: .acquiringAndReleasing) else { return true }
        pace.onAdvance { [weak self] in self?.paceAdvanced() }
        return DetachedThread.start { [self] in run() }
    }

    /// Stops the loop after the job it is running; work still queued is dropped. Waits for the thread to end.
    public func stop() {
        guard running.exchange(false, ordering: .acquiringAndReleasing) else { return }
        doorbell.ring()
        stopped.wait(upTo: .seconds(10))
    }

    /// Runs `work` on the engine thread for `account`, at `time` (the simulated present when nil: the present
    /// as this call is made, not as the loop gets to it, so a command lands at the time it was given). Callable
    /// from any thread.
    public func post(account: String, at time: SimulatedTime? = nil, _ work: @escaping @Sendable (EngineTurn) -> Void) {
        let time = time ?? now
        mailbox.withLock { $0.append(Posted(time: time, account: account, work: work)) }
        workGeneration.add(1, ordering: .acquiringAndReleasing)
        if !running.load(ordering: .acquiring) { start() }
        doorbell.ring()
    }

    /// Blocks the calling thread (never the engine's) until the engine has run everything posted or released so
    /// far, and what that scheduled for times already released: for tests that step a ``ManualPace``, and for
    /// `--time-scale 0` runs that want a scenario settled. False if it did not settle within `timeout`.
    @discardableResult
    public func waitUntilIdle(timeout: Duration = .seconds(10)) -> Bool {
        // A loop never started has had nothing posted to it: idle by definition.
        guard running.load(ordering: .acquiring) else { return true }
        let wanted = workGeneration.load(ordering: .acquiring)
        let deadline = MonotonicInstant.now + timeout
        doorbell.ring()
        while idleGeneration.load(ordering: .acquiring) < wanted || !isIdle.load(ordering: .acquiring) {
            guard MonotonicInstant.now < deadline else { return false }
            idleBell.wait(upTo: .milliseconds(20))
        }
        return true
    }

    private func paceAdvanced() {
        workGeneration.add(1, ordering: .acquiringAndReleasing)
        doorbell.ring()
    }

    /// From a job's turn only.
    func record(_ change: EngineChange) {
        if queues.changedSince == nil { queues.changedSince = .now }
        queues.changes.append(change)
    }

    /// From a job's turn only.
    func afterChangesStored(_ action: @escaping () -> Void) {
        if queues.changedSince == nil { queues.changedSince = .now }
        queues.afterStored.append(action)
    }

    /// From a job's turn only.
    func schedule(_ job: Job) {
        queues.sequence += 1
        let timed = Queues.Timed(time: job.time, sequence: queues.sequence, job: job)
        if job.time <= queues.released {
            queues.enqueueReady(timed)
        } else {
            queues.timers.insert(timed)
        }
    }

    private func run() {
        while running.load(ordering: .acquiring) {
            takeMailbox()
            releaseDueTimers()
            if !queues.rotation.isEmpty {
                serveReadyAccounts()
                if queues.rotation.isEmpty || queues.changes.count + queues.afterStored.count >= Self.changesPerFlush
                    || queues.changedSince.map({ MonotonicInstant.now - $0 >= Self.flushInterval }) == true {
                    flushChanges()
                }
                continue
            }
            flushChanges()
            let wait = queues.timers.min.map { pace.realWait(until: $0.time) } ?? nil
            // Seen before checking the mailbox, so work posted after this point makes the loop busy again.
            let generation = workGeneration.load(ordering: .acquiring)
            if mailbox.withLock({ $0.isEmpty }) && wait != .zero {
                isIdle.store(true, ordering: .releasing)
                idleGeneration.store(generation, ordering: .releasing)
                idleBell.ring()
            }
            doorbell.wait(upTo: wait)
            isIdle.store(false, ordering: .releasing)
        }
        stopped.ring()
    }

    private func takeMailbox() {
        let posted = mailbox.withLock { mailbox -> [Posted] in
            defer { mailbox.removeAll(keepingCapacity: true) }
            return mailbox
        }
        for item in posted {
            let work = item.work
            schedule(Job(time: item.time, account: item.account, work: { work($0) }))
        }
    }

    private func releaseDueTimers() {
        let released = pace.releasedUntil()
        queues.released = released
        while let first = queues.timers.min, first.time <= released {
            queues.enqueueReady(queues.timers.removeMin())
        }
    }

    /// Hands the changes recorded since the last flush to the store in one call (one transaction there), however
    /// many jobs made them, then runs what the jobs deferred until then.
    private func flushChanges() {
        queues.changedSince = nil
        if !queues.changes.isEmpty {
            let changes = queues.changes
            queues.changes.removeAll(keepingCapacity: true)
            store?.apply(changes)
        }
        guard !queues.afterStored.isEmpty else { return }
        let actions = queues.afterStored
        queues.afterStored.removeAll(keepingCapacity: true)
        for action in actions { action() }
    }

    /// One round over the accounts with ready work, a bounded batch each.
    private func serveReadyAccounts() {
        var rounds = queues.rotation.count
        while rounds > 0, let account = queues.rotation.popFirst() {
            rounds -= 1
            var served = 0
            while served < Self.batchPerAccount, let job = queues.ready[account]?.popMin()?.job {
                served += 1
                if job.timer?.isCancelled == true { continue }
                if job.time.microseconds > processed.load(ordering: .relaxed) {
                    processed.store(job.time.microseconds, ordering: .releasing)
                }
                job.work(EngineTurn(time: job.time, account: account, loop: self))
            }
            if queues.ready[account]?.isEmpty == false {
                queues.rotation.append(account)
            } else {
                queues.ready[account] = nil
            }
        }
    }
}

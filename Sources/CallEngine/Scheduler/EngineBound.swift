/// A value that belongs to the engine thread, carried through a `@Sendable` closure (a callback's completion) only
/// to be used again in a job posted back to that thread. `@unchecked`: the compiler cannot see that the value is
/// never touched on the way, only carried; every use of ``value`` must be on the engine thread.
struct EngineBound<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

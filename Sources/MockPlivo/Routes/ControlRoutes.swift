import HTTPServerKit
import PlivoStore

/// The mock's own control API, relative to the control group (`/__mock`), a prefix no Plivo path can have. Every
/// call but `health` needs Basic auth; who may make which call: ``ControlCaller``. Documented with curl examples
/// in `docs/control-api.md`.
enum ControlRoutes {
    static let prefix = "/__mock"

    /// `GET /health`, which Docker and CI probe before they know any account: declared outside authentication.
    static func registerHealth(_ control: ControlHandlers, on routes: inout HTTPRoutes) {
        routes.add("GET /health/", control.health)
    }

    static func register(
        store: any ControlStore, plane: ControlPlane, engine: EngineComponents, on routes: inout HTTPRoutes
    ) {
        let accounts = AccountControlHandlers(store: store, plane: plane, engine: engine)
        let clock = ClockHandlers(engine: engine)
        routes.add("POST /reset/", accounts.resetAll)
        routes.add("POST /accounts/", accounts.create)
        routes.add("DELETE /accounts/:authID/", accounts.delete)
        routes.add("POST /accounts/:authID/reset/", accounts.resetAccount)
        routes.add("POST /accounts/:authID/credit/", accounts.setCredit)

        let journal = JournalHandlers(plane: plane)
        routes.add("GET /journal/", journal.list)
        routes.add("DELETE /journal/", journal.clear)
        routes.add("GET /journal/wait/", journal.wait)

        let faults = FaultHandlers(plane: plane)
        routes.add("POST /faults/", faults.create)
        routes.add("GET /faults/", faults.list)
        routes.add("DELETE /faults/", faults.clear)
        routes.add("DELETE /faults/:faultID/", faults.delete)

        routes.add("GET /clock/", clock.get)
        routes.add("POST /clock/advance/", clock.advance)

        let snapshots = SnapshotHandlers(store: store, plane: plane)
        routes.add("GET /snapshots/", snapshots.list)
        routes.add("POST /snapshots/:name/", snapshots.save)
        routes.add("DELETE /snapshots/:name/", snapshots.delete)
        routes.add("POST /snapshots/:name/restore/", snapshots.restore)
    }
}

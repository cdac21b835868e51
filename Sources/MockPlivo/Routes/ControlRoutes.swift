import HTTPServerKit

/// The mock's own control API, under a prefix no Plivo path can have. Every call but `health` needs Basic auth;
/// who may make which call: ``ControlCaller``. Documented with curl examples in `docs/control-api.md`.
enum ControlRoutes {
    static let prefix = "/__mock"

    /// Paths that need no credentials: Docker and CI probe them before they know any account.
    static let publicPaths = ["\(prefix)/health"]

    /// Whether `path` belongs to the control API, which the journal and fault rules leave alone.
    static func isControlPath(_ path: String) -> Bool {
        path.isPath(under: prefix)
    }

    static func register(control: ControlHandlers, store: any ControlStore, plane: ControlPlane, on router: HTTPRouter) {
        router.add("GET \(prefix)/health/", control.health)

        let accounts = AccountControlHandlers(store: store, plane: plane)
        router.add("POST \(prefix)/reset/", accounts.resetAll)
        router.add("POST \(prefix)/accounts/", accounts.create)
        router.add("DELETE \(prefix)/accounts/:authID/", accounts.delete)
        router.add("POST \(prefix)/accounts/:authID/reset/", accounts.resetAccount)

        let journal = JournalHandlers(plane: plane)
        router.add("GET \(prefix)/journal/", journal.list)
        router.add("DELETE \(prefix)/journal/", journal.clear)
        router.add("GET \(prefix)/journal/wait/", journal.wait)

        let faults = FaultHandlers(plane: plane)
        router.add("POST \(prefix)/faults/", faults.create)
        router.add("GET \(prefix)/faults/", faults.list)
        router.add("DELETE \(prefix)/faults/", faults.clear)
        router.add("DELETE \(prefix)/faults/:faultID/", faults.delete)

        let snapshots = SnapshotHandlers(store: store, plane: plane)
        router.add("GET \(prefix)/snapshots/", snapshots.list)
        router.add("POST \(prefix)/snapshots/:name/", snapshots.save)
        router.add("DELETE \(prefix)/snapshots/:name/", snapshots.delete)
        router.add("POST \(prefix)/snapshots/:name/restore/", snapshots.restore)
    }
}

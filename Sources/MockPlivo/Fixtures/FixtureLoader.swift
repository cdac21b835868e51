#if canImport(Glibc)
    import Glibc
#endif
import FoundationEssentials
import PlivoStore
import PlivoSupport

/// Loads every `*.json` file of a directory, in name order, into the store at start-up. Each file is validated
/// whole before anything of it is stored, with the same rules as the API, and a bad file stops start-up with a
/// message naming file and field. Fixture format: `fixtures/README.md`.
struct FixtureLoader {
    let store: SQLiteStore
    /// The main account that owns records which name none.
    let defaultAccountID: String

    func load(directory: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw FixtureError(file: directory, field: "directory", problem: "cannot be read: \(Self.reason(directory))")
        }
        for name in names {
            let path = FilePaths.join(directory, name)
            let fixtures = try parse(path: path)
            do {
                try store.importFixtures(fixtures)
            } catch let error as StoreError {
                throw FixtureError(file: name, field: "references", problem: "are invalid: \(error)")
            }
        }
    }

    /// Why `directory` cannot be listed, in strerror(3)'s words ("No such file or directory"): the error
    /// FoundationEssentials throws describes itself only as a code.
    private static func reason(_ directory: String) -> String {
        guard let handle = opendir(directory) else { return String(cString: strerror(errno)) }
        closedir(handle)
        return "it could not be listed"
    }

    func parse(path: String) throws(FixtureError) -> FixtureSet {
        let file = FilePaths.lastComponent(of: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FixtureError(file: file, field: "file", problem: "cannot be read")
        }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw FixtureError(file: file, field: "file", problem: "is not valid JSON")
        }
        guard case .object(let members) = root else {
            throw FixtureError(file: file, field: "file", problem: "must hold a JSON object")
        }
        var reader = FixtureReader(file: file, defaultAccountID: defaultAccountID)
        return try reader.read(members)
    }
}

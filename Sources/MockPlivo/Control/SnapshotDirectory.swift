#if canImport(Glibc)
    import Glibc
#endif
import FoundationEssentials
import PlivoSupport

/// Where named snapshots of the database live: one SQLite file per name, `<directory>/<name>.sqlite`, written with
/// SQLite's backup API. The directory is created on the first save.
struct SnapshotDirectory: Sendable {
    /// A snapshot as `GET /__mock/snapshots` lists it.
    struct Snapshot: Sendable, Equatable {
        var name: String
        var sizeBytes: Int
    }

    static let fileExtension = ".sqlite"

    let path: String

    /// A fresh directory under the system's temporary directory, unique to this process and application.
    static func makeTemporaryPath() -> String {
        let unique = UUID().uuidString.prefix(8).lowercased()
        return FilePaths.join(
            FileManager.default.temporaryDirectory.path,
            "mock-plivo-snapshots-\(ProcessInfo.processInfo.processIdentifier)-\(unique)")
    }

    /// Names are 1–64 letters, digits, `-`, `_` or `.`, not starting with `.`: safe as a file name anywhere.
    static func isValidName(_ name: String) -> Bool {
        guard (1...64).contains(name.utf8.count), name.first != "." else { return false }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default: false
            }
        }
    }

    /// The file of snapshot `name`; the name must have been validated.
    func file(for name: String) -> String {
        FilePaths.join(path, name + Self.fileExtension)
    }

    /// Creates the directory if needed and returns the file to write snapshot `name` to.
    func prepareFile(for name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return file(for: name)
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: file(for: name))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: file(for: name))
    }

    /// The snapshots present, by name.
    func list() -> [Snapshot] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(Self.fileExtension) }.sorted().map { fileName in
            let name = String(fileName.dropLast(Self.fileExtension.count))
            return Snapshot(name: name, sizeBytes: Self.size(of: file(for: name)))
        }
    }

    /// The file's size from stat(2), 0 if it is gone: `attributesOfItem` hands back an untyped dictionary whose
    /// number type differs between Foundation implementations.
    private static func size(of file: String) -> Int {
        var info = stat()
        return stat(file, &info) == 0 ? Int(info.st_size) : 0
    }
}

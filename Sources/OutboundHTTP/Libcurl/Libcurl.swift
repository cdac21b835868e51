#if canImport(Glibc)
    import Glibc
#endif
import CLibcurl

/// libcurl's easy API, loaded with dlopen(3) when the first https callback needs it, never linked.
///
/// Linking libcurl (as FoundationNetworking does) maps it and its TLS and crypto libraries into every process,
/// several MB of resident memory for a feature most users of a local mock never touch. Loaded on demand, it costs
/// nothing until an https callback goes out; where it is not installed, those callbacks fail with a message that
/// names the package (`libcurl4` on Debian and Ubuntu) and everything else works.
///
/// `@unchecked Sendable`: it holds only pointers to functions of a library that is never unloaded, and curl's easy
/// functions may be called from any thread as long as each handle stays on one (https://curl.se/libcurl/c/threadsafe.html).
package final class Libcurl: @unchecked Sendable {
    typealias Handle = OpaquePointer

    /// The soname of libcurl 7 and 8, whose easy API and option numbers have stayed the same.
    package static let libraryName = "libcurl.so.4"

    /// The process's libcurl, loaded on first use. A failure is kept as well: every https callback then reports
    /// it without trying dlopen again.
    package static let shared = load(libraryName)

    let easyInit: @convention(c) () -> Handle?
    let easyCleanup: @convention(c) (Handle?) -> Void
    let easyPerform: @convention(c) (Handle?) -> Int32
    let easyStrerror: @convention(c) (Int32) -> UnsafePointer<CChar>?
    let slistAppend: @convention(c) (Handle?, UnsafePointer<CChar>?) -> Handle?
    let slistFreeAll: @convention(c) (Handle?) -> Void
    /// Variadic in C: called through `CLibcurl`'s trampolines.
    private let setoptFunction: UnsafeMutableRawPointer
    private let getinfoFunction: UnsafeMutableRawPointer

    /// Opens `name` and looks up the functions the https client calls, then initialises curl once for the process.
    package static func load(_ name: String) -> Result<Libcurl, CallbackTransportError> {
        guard let library = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "dlopen failed"
            return .failure(.httpsUnavailable("\(name) could not be loaded (\(reason)); install libcurl4"))
        }
        func symbol(_ symbolName: String) throws(CallbackTransportError) -> UnsafeMutableRawPointer {
            guard let address = dlsym(library, symbolName) else {
                throw .httpsUnavailable("\(name) has no \(symbolName); install libcurl4 7.17 or later")
            }
            return address
        }
        do throws(CallbackTransportError) {
            let curl = Libcurl(
                easyInit: unsafeBitCast(try symbol("curl_easy_init"), to: (@convention(c) () -> Handle?).self),
                easyCleanup: unsafeBitCast(try symbol("curl_easy_cleanup"), to: (@convention(c) (Handle?) -> Void).self),
                easyPerform: unsafeBitCast(try symbol("curl_easy_perform"), to: (@convention(c) (Handle?) -> Int32).self),
                easyStrerror: unsafeBitCast(
                    try symbol("curl_easy_strerror"), to: (@convention(c) (Int32) -> UnsafePointer<CChar>?).self),
                slistAppend: unsafeBitCast(
                    try symbol("curl_slist_append"), to: (@convention(c) (Handle?, UnsafePointer<CChar>?) -> Handle?).self),
                slistFreeAll: unsafeBitCast(try symbol("curl_slist_free_all"), to: (@convention(c) (Handle?) -> Void).self),
                setoptFunction: try symbol("curl_easy_setopt"),
                getinfoFunction: try symbol("curl_easy_getinfo"))
            // curl_global_init is not thread-safe in older libcurl; running it here, inside `shared`'s one-time
            // initialisation, means it runs once, before any handle exists.
            let globalInit = unsafeBitCast(try symbol("curl_global_init"), to: (@convention(c) (Int) -> Int32).self)
            let status = globalInit(Option.globalDefault)
            guard status == 0 else { throw .httpsUnavailable("curl_global_init failed: \(curl.describe(status))") }
            return .success(curl)
        } catch {
            dlclose(library)
            return .failure(error)
        }
    }

    private init(
        easyInit: @escaping @convention(c) () -> Handle?, easyCleanup: @escaping @convention(c) (Handle?) -> Void,
        easyPerform: @escaping @convention(c) (Handle?) -> Int32,
        easyStrerror: @escaping @convention(c) (Int32) -> UnsafePointer<CChar>?,
        slistAppend: @escaping @convention(c) (Handle?, UnsafePointer<CChar>?) -> Handle?,
        slistFreeAll: @escaping @convention(c) (Handle?) -> Void,
        setoptFunction: UnsafeMutableRawPointer, getinfoFunction: UnsafeMutableRawPointer
    ) {
        self.easyInit = easyInit
        self.easyCleanup = easyCleanup
        self.easyPerform = easyPerform
        self.easyStrerror = easyStrerror
        self.slistAppend = slistAppend
        self.slistFreeAll = slistFreeAll
        self.setoptFunction = setoptFunction
        self.getinfoFunction = getinfoFunction
    }

    /// curl's one-line text for a `CURLcode`.
    func describe(_ code: Int32) -> String {
        easyStrerror(code).map { String(cString: $0) } ?? "error \(code)"
    }

    /// `curl_easy_setopt` with a `long` argument; the `CURLcode` it returns.
    @discardableResult
    func setOption(_ handle: Handle, _ option: Int32, _ value: Int) -> Int32 {
        clibcurl_setopt_long(setoptFunction, UnsafeMutableRawPointer(handle), option, value)
    }

    /// `curl_easy_setopt` with a pointer argument: a string (which curl copies), a list, or callback data.
    @discardableResult
    func setOption(_ handle: Handle, _ option: Int32, _ value: UnsafeRawPointer?) -> Int32 {
        clibcurl_setopt_pointer(setoptFunction, UnsafeMutableRawPointer(handle), option, value)
    }

    /// `curl_easy_setopt` with a write callback.
    @discardableResult
    func setOption(_ handle: Handle, _ option: Int32, _ callback: clibcurl_write_callback) -> Int32 {
        clibcurl_setopt_write_callback(setoptFunction, UnsafeMutableRawPointer(handle), option, callback)
    }

    /// `curl_easy_getinfo` for a `long`.
    func info(_ handle: Handle, _ info: Int32) -> Int? {
        var value = 0
        return clibcurl_getinfo_long(getinfoFunction, UnsafeMutableRawPointer(handle), info, &value) == 0 ? value : nil
    }

    /// `curl_easy_getinfo` for a `curl_off_t`.
    func info(_ handle: Handle, _ info: Int32) -> Int64? {
        var value: Int64 = 0
        return clibcurl_getinfo_off_t(getinfoFunction, UnsafeMutableRawPointer(handle), info, &value) == 0 ? value : nil
    }

    /// `curl_easy_getinfo` for a string, which curl owns until the handle is cleaned up.
    func info(_ handle: Handle, _ info: Int32) -> String? {
        var value: UnsafePointer<CChar>?
        guard clibcurl_getinfo_string(getinfoFunction, UnsafeMutableRawPointer(handle), info, &value) == 0 else {
            return nil
        }
        return value.map { String(cString: $0) }
    }
}

import PlivoStore
import PlivoSupport
import Primitives

/// Bodies of `GET …/Application/{app_id}/`, rendered once per application and viewer and reused.
///
/// A GET answers the same object every time but for its fresh `api_id`, and writing those ~700 bytes of JSON was
/// the largest part of the handler. A rendering is kept with the `Application` value and the auth id it was made
/// for, and used only when both equal the request's: a changed row or another viewer simply misses and is
/// rendered again, so there is nothing to invalidate. The `api_id` is written over the rendering's own, which has
/// the same width: api ids are always 36-character lower-case UUIDs (anything else is rendered in full).
///
/// A rendering also keeps the store's ``ApplicationStore/applicationsVersion``, read before the row it was made
/// from. While the store still reports that version, no application has changed since, and the viewer could see
/// the row then: ``body(ofUnchanged:authID:version:apiID:)`` answers without reading the row again.
final class ApplicationJSONCache: Sendable {
    private struct Rendering: Sendable {
        let application: Application
        let authID: String
        let body: [UInt8]
        /// Where the `api_id` value's opening quote is in `body`.
        let apiIDOffset: Int
        /// The applications version read before `application` was; nil when not known.
        var version: UInt64?
    }

    /// The width of a UUID such as `874df593-5049-11eb-8445-0242ac110003`.
    static let apiIDLength = 36
    let capacity: Int
    private let renderings = LockedValue<[String: Rendering]>([:])

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 1)
    }

    /// The JSON of application `appID` as `authID` sees it, with the `apiID` made only on a hit, if it was
    /// rendered for that viewer at `version` (see the type's comment); nil otherwise.
    func body(ofUnchanged appID: String, authID: String, version: UInt64, apiID: () -> String) -> [UInt8]? {
        // Only the body leaves the lock: copying the whole rendering out would retain each of the row's strings.
        let found: (body: [UInt8], apiIDOffset: Int)? = renderings.withLock { renderings in
            guard let rendering = renderings[appID], rendering.version == version, rendering.authID == authID else {
                return nil
            }
            return (rendering.body, rendering.apiIDOffset)
        }
        guard let found else { return nil }
        let apiID = apiID()
        guard Self.isPlainUUID(apiID) else { return nil }
        return Self.stamp(found.body, apiID: apiID, at: found.apiIDOffset)
    }

    /// The JSON of `application` as `authID` sees it, with `apiID`. `version` is the store's applications version
    /// read before `application` was, if the caller has it.
    func body(of application: Application, authID: String, apiID: String, version: UInt64? = nil) -> [UInt8] {
        guard Self.isPlainUUID(apiID) else { return Self.render(application, authID: authID, apiID: apiID).body }
        let cached = renderings.withLock { $0[application.appID] }
        var rendering: Rendering
        if let cached, cached.application == application, cached.authID == authID {
            rendering = cached
            guard let version, cached.version != version else {
                return Self.stamp(rendering.body, apiID: apiID, at: rendering.apiIDOffset)
            }
            rendering.version = version  // the same row, seen at a later version
        } else {
            rendering = Self.render(application, authID: authID, apiID: apiID)
            rendering.version = version
        }
        renderings.withLock { [rendering] renderings in
            // A full cache starts over, as ``ReadCache`` does: a mock's working set is small.
            if renderings.count >= capacity, renderings[application.appID] == nil { renderings.removeAll() }
            renderings[application.appID] = rendering
        }
        return Self.stamp(rendering.body, apiID: apiID, at: rendering.apiIDOffset)
    }

    /// `body` with `apiID` written over the api_id whose opening quote is at `offset`.
    private static func stamp(_ body: [UInt8], apiID: String, at offset: Int) -> [UInt8] {
        var body = body
        body.withUnsafeMutableBufferPointer { buffer in
            var position = offset + 1  // past the opening quote
            for byte in apiID.utf8 {
                buffer[position] = byte
                position += 1
            }
        }
        return body
    }

    var count: Int { renderings.withLock { $0.count } }

    /// 36 bytes of hex digits and dashes: what can be written over another api_id as is, with no JSON escaping.
    static func isPlainUUID(_ apiID: String) -> Bool {
        guard apiID.utf8.count == apiIDLength else { return false }
        var apiID = apiID
        // On the contiguous bytes: walking the UTF-8 view showed per GET.
        return apiID.withUTF8 { bytes in
            bytes.allSatisfy { byte in
                byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            }
        }
    }

    private static func render(_ application: Application, authID: String, apiID: String) -> Rendering {
        var json = JSONWriter()
        var apiIDOffset = 0
        ApplicationJSON.write(application, authID: authID, apiID: apiID, into: &json, apiIDOffset: &apiIDOffset)
        return Rendering(
            application: application, authID: authID, body: json.bytes, apiIDOffset: apiIDOffset, version: nil)
    }
}

import CallEngine
import OutboundHTTP
import PlivoSupport
import Primitives

/// The engine's media port: how long a `<Play>` file plays, from a GET of the file's first 64 KiB read by
/// ``AudioLength`` (WAV or MP3 headers), on the non-blocking client under the account's pool. Plivo fetches Play
/// files itself, unsigned, so the request carries no signature, only the callbacks' `User-Agent`.
///
/// The outcomes are the ones ``PlayVerb`` tells apart: a file that cannot be fetched (no connection, a timeout, an
/// answer other than 2xx; redirects are not followed, as the client follows none) is ``MediaError/Kind/unreachable``
/// and the `<Play>` is skipped; one fetched but not measurable (an HTML page, an Ogg file, an MP3 without a frame
/// count whose server sent no `Content-Length`) is ``MediaError/Kind/unknownLength``, with
/// ``AudioLengthError``'s reason for the trace. An MP3 whose first frame lies past the first 64 KiB, behind ID3
/// tags with cover art, is read again from there with one range request.
///
/// Lengths are cached by URL (``AudioLengthCache``), and concurrent lookups share one fetch. Completions run on
/// the client's loop thread, or at once on the caller's for a cached length.
struct AudioMediaPort: MediaPort {
    /// The client, or why none could start: then every lookup is unreachable with that reason.
    var client: Result<OutboundHTTPClient, CallbackTransportError> = EngineCallbackPort.sharedClient
    /// Each fetch's bound, queue wait included. Plivo gives an audio file 2 s to connect and 120 s to arrive
    /// whole; the mock reads only the header, so the 120 s does not apply, and 2 s to connect is tight for the
    /// tunnels (ngrok) and cold serverless functions developers serve files from. 10 s covers those, and still
    /// bounds how long a black-holed URL holds its call.
    var timeout: Duration = .seconds(10)
    /// The bytes read from the start of the file (and, for an MP3 behind large ID3 tags, from its first frame).
    var prefixBytes = 64 * 1024
    var userAgent = "PlivoHTTP/1.0"
    /// The hosts files may be fetched from (`--outbound-hosts`); others are unreachable at once.
    var hosts: OutboundHostPolicy
    let cache: AudioLengthCache

    init(
        client: Result<OutboundHTTPClient, CallbackTransportError> = EngineCallbackPort.sharedClient,
        cache: AudioLengthCache = AudioLengthCache(), hosts: OutboundHostPolicy = .any
    ) {
        self.client = client
        self.hosts = hosts
        self.cache = cache
    }

    func audioLength(
        of url: String, account: String, completion: @escaping @Sendable (Result<SimulatedDuration, MediaError>) -> Void
    ) {
        switch cache.join(url, account: account, completion) {
        case .cached(let length):
            completion(.success(length))
        case .waiting:
            break
        case .first:
            let cache = self.cache
            fetch(url, account: account) { cache.finish(url, account: account, with: $0) }
        }
    }

    /// Fetches the file's start and measures it; on an MP3 whose first frame is past it, fetches from there.
    private func fetch(_ url: String, account: String, completion: @escaping @Sendable (Result<SimulatedDuration, MediaError>) -> Void) {
        get(url, account: account, range: nil) { [self] result in
            let response: CallbackHTTPResponse
            switch result {
            case .success(let fetched): response = fetched
            case .failure(let error): return completion(.failure(error))
            }
            let fileSize = response.fullBodyLength
            do throws(AudioLengthError) {
                let length = try AudioLength.read(response.body, fileSize: fileSize)
                completion(.success(SimulatedDuration(microseconds: length.microseconds)))
            } catch .audioStartsBeyondPrefix(let offset) {
                readAgain(url, account: account, from: offset, fileSize: fileSize, completion: completion)
            } catch {
                completion(.failure(MediaError(.unknownLength, error.description)))
            }
        }
    }

    /// The second read of an MP3: `Range: bytes=offset-…` (RFC 9110 §14.1.2). A server that ignores the range
    /// answers 200 with the file's start again, which cannot help.
    private func readAgain(
        _ url: String, account: String, from offset: Int, fileSize: Int?,
        completion: @escaping @Sendable (Result<SimulatedDuration, MediaError>) -> Void
    ) {
        let first = AudioLengthError.audioStartsBeyondPrefix(offset: offset).description
        get(url, account: account, range: offset..<(offset + prefixBytes)) { result in
            switch result {
            case .failure(let error):
                completion(.failure(MediaError(.unknownLength, "\(first), and reading from there failed: \(error.message)")))
            case .success(let response) where response.status != 206:
                completion(.failure(MediaError(.unknownLength, "\(first), and the server ignores range requests")))
            case .success(let response):
                do throws(AudioLengthError) {
                    let length = try AudioLength.readMP3(response.body, fileOffset: offset, fileSize: fileSize)
                    completion(.success(SimulatedDuration(microseconds: length.microseconds)))
                } catch {
                    completion(.failure(MediaError(.unknownLength, error.description)))
                }
            }
        }
    }

    /// One GET of `url`, its body bounded by ``prefixBytes``: a 2xx response, or the reason the file is
    /// unreachable.
    private func get(
        _ url: String, account: String, range: Range<Int>?,
        completion: @escaping @Sendable (Result<CallbackHTTPResponse, MediaError>) -> Void
    ) {
        let client: OutboundHTTPClient
        switch hosts.refusal(url: url).map(Result.failure) ?? self.client {
        case .success(let started): client = started
        case .failure(let error): return completion(.failure(MediaError(.unreachable, error.message)))
        }
        var headers = [(name: "User-Agent", value: userAgent), (name: "Accept", value: "audio/*, */*")]
        if let range { headers.append((name: "Range", value: "bytes=\(range.lowerBound)-\(range.upperBound - 1)")) }
        let request = CallbackRequest(url: url, method: "GET", headers: headers, body: [])
        let timeout = self.timeout
        client.send(request, pool: account, timeout: timeout, maxResponseBytes: prefixBytes) { result in
            switch result {
            case .success(let response) where (200..<300).contains(response.status):
                completion(.success(response))
            case .success(let response):
                completion(.failure(MediaError(.unreachable, "answered \(response.status)")))
            case .failure(.timedOut):
                completion(.failure(MediaError(.unreachable, "timed out after \(timeout)")))
            case .failure(let error):
                completion(.failure(MediaError(.unreachable, error.message)))
            }
        }
    }
}

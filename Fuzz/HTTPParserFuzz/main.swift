// libFuzzer target for HTTPRequestParser. Not part of the package: `scripts/fuzz-parser.sh` compiles it together
// with the HTTPServerKit sources into one module, so it reaches internal API without `@testable`.
//
// Each input is the byte stream of one connection. It is parsed the way a server would read it:
//   1. in a single read;
//   2. in two reads, split at a position the first byte picks (byte value / 255 of the length);
//   3. for inputs up to 512 bytes, one byte per read, which puts a read boundary at every position (such as
//      between a CR and its LF) without the fuzzer having to guess it.
// After every `.request` the consumed bytes are dropped and parsing continues, so pipelined requests are covered.
// Invariants, any breach of which traps and is kept by libFuzzer as a crash artifact:
//   - nothing crashes (Swift runtime traps and AddressSanitizer reports both count);
//   - `consumed` is positive and never more than the bytes shown;
//   - an error's status is a 4xx or 5xx, and `isAwaitingContinue` is false right after a request;
//   - both ways give the same requests, the same final error or the same unconsumed remainder.
// Limits are small so that inputs up to `-max_len=4096` reach every limit check.

/// Limits small enough for short inputs to hit each one.
let fuzzLimits = HTTPParserLimits(maxRequestLineLength: 64, maxHeaderBytes: 256, maxHeaderCount: 8, maxBodyBytes: 256)

/// What a connection made of the stream: each request's fields, then the error or the bytes left waiting.
struct FuzzTranscript: Equatable {
    var requests: [[String]] = []
    var bodies: [[UInt8]] = []
    var error: HTTPParseError?
    var pending = 0
    var awaitingContinue = false
}

/// Feeds `reads` to one parser in order, as successive socket reads into one connection buffer.
func transcript(of reads: [ArraySlice<UInt8>]) -> FuzzTranscript {
    var parser = HTTPRequestParser(limits: fuzzLimits)
    var buffer: [UInt8] = []
    var result = FuzzTranscript()
    for read in reads where !read.isEmpty {
        buffer.append(contentsOf: read)
        do throws(HTTPParseError) {
            while case .request(let request, let consumed) = try parser.parse(buffer) {
                precondition(consumed > 0 && consumed <= buffer.count, "consumed \(consumed) of \(buffer.count)")
                precondition(!parser.isAwaitingContinue, "still awaiting 100-continue after a whole request")
                result.requests.append(summary(of: request))
                result.bodies.append(request.body)
                buffer.removeFirst(consumed)
            }
        } catch {
            precondition((400..<600).contains(error.status.code), "status \(error.status) for \(error)")
            result.error = error
            return result
        }
    }
    result.pending = buffer.count
    result.awaitingContinue = parser.isAwaitingContinue
    return result
}

func summary(of request: HTTPRequest) -> [String] {
    [request.method.rawValue, request.target, request.path, request.query ?? "<nil>", "\(request.version)",
     "\(request.keepAlive)"] + request.headers.flatMap { [$0.name, $0.value] }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPRequestParser(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let split = count * Int(bytes[0]) / 255
    let whole = transcript(of: [bytes[...]])
    let twoReads = transcript(of: [bytes[..<split], bytes[split...]])
    expect(whole, equals: twoReads, "split at \(split)")
    if count <= 512 {
        expect(whole, equals: transcript(of: bytes.map { [$0][...] }), "byte by byte")
    }
    return 0
}

func expect(_ whole: FuzzTranscript, equals other: FuzzTranscript, _ way: String) {
    guard whole != other else { return }
    fatalError("result depends on how the input was split\none read: \(whole)\n\(way): \(other)")
}

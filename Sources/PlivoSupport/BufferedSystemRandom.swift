import CLinuxShims
import Glibc

/// The kernel's CSPRNG (`getrandom`), drawn 32 words at a time.
///
/// `SystemRandomNumberGenerator` makes one `getrandom` call per 64-bit draw; an application create draws once
/// inside the store's critical section, so that syscall delayed every other request waiting for the store. The
/// words are the same quality (tokens and salts come from here too); they only arrive in batches.
package struct BufferedSystemRandom: RandomNumberGenerator {
    private var words = [UInt64](repeating: 0, count: 32)
    private var position = 32

    package mutating func next() -> UInt64 {
        if position == words.count { refill() }
        defer { position += 1 }
        return words[position]
    }

    private mutating func refill() {
        let filled = words.withUnsafeMutableBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = getrandom(buffer.baseAddress! + offset, buffer.count - offset, 0)
                if count > 0 {
                    offset += count
                } else if errno != EINTR {
                    return false
                }
            }
            return true
        }
        if !filled {
            // Only kernels older than 3.17 lack getrandom; the stdlib's generator finds another source.
            var system = SystemRandomNumberGenerator()
            for index in words.indices { words[index] = system.next() }
        }
        position = 0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard error and asking whether a stream is a terminal.
enum StandardError {
    /// Writes text to standard error, unbuffered, after what standard output has pending.
    static func write(_ text: String) {
        fflush(nil)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }

    /// Whether standard error is a terminal.
    static var isTerminal: Bool { isatty(2) != 0 }
}

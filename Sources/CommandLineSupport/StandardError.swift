#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard error and asking whether a stream is a terminal.
public enum StandardError {
    /// Writes text to standard error, unbuffered, after what standard output has pending.
    public static func write(_ text: String) {
        fflush(nil)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                writeToDescriptor(2, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }

    /// Whether standard error is a terminal.
    public static var isTerminal: Bool { isatty(2) != 0 }
}

/// The C library's `write(2)`, named apart from ``StandardError/write(_:)``, which hides it
/// inside the type.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a lesson file's bytes, refusing anything that is not a readable regular file of at most 1 MiB.
///
/// The size is checked with `stat` before a byte is read, and reading stops one byte past
/// the limit, so a file that grows meanwhile is refused too. Only regular files are read,
/// so a FIFO or a device can never make the loader wait.
enum LessonFileReader {
    /// The file's bytes, or a problem saying why they cannot be used.
    static func bytes(atPath path: String) throws(LessonError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            guard errno == ENOENT || errno == ENOTDIR else { throw .file(path, "cannot read the file: \(Self.describe(errno))") }
            var missing = LessonError.file(path, "no such file")
            missing.isMissingFile = true
            throw missing
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .file(path, info.st_mode & S_IFMT == S_IFDIR ? "is a directory, not a lesson file"
                        : "is not a regular file")
        }
        let limit = LessonLimits.maxFileBytes
        guard info.st_size <= limit else {
            throw .file(path, "the file is \(info.st_size) bytes; lessons may be at most \(limit) bytes (1 MiB)")
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .file(path, "cannot read the file: \(Self.describe(errno))") }
        defer { close(descriptor) }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .file(path, "cannot read the file: \(Self.describe(errno))")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        guard bytes.count <= limit else {
            throw .file(path, "the file is over \(limit) bytes; lessons may be at most \(limit) bytes (1 MiB)")
        }
        return bytes
    }

    /// The system's text for an error number, in lower case (`permission denied`).
    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

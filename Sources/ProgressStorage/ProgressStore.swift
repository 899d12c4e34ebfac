#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads and writes a student's progress in `progress.json`, safely.
///
/// - **Atomic**: a write goes to a temporary file in the same folder, is flushed with
///   `fsync`, renamed over `progress.json`, and the folder is `fsync`ed; a reader sees the
///   old file or the new one, never part of one, and a failed write leaves the old file as it was.
/// - **Shared**: every read-modify-write holds an exclusive `flock` on `progress.json.lock`,
///   re-reads the file under it and applies the change to what it finds, so two copies of
///   `backprop` running at once lose nothing.
/// - **Forgiving**: a file that cannot be read or decoded is moved aside to
///   `progress.json.corrupt-<UTC timestamp>` with a warning saying what is wrong and where
///   (see ``ProgressFileDecoder``), and progress starts afresh; nothing about the file can
///   crash the program.
public struct ProgressStore: Sendable {
    /// The folder holding `progress.json`.
    public let directory: String
    /// For tests: a write stops after this many bytes with an error, as a full disk would.
    var failWritingAfterBytes: Int?

    /// A store in `directory`, created (mode 0700) at the first write.
    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_STATE_HOME/backprop`, or `~/.local/state/backprop` when `XDG_STATE_HOME` is unset,
    /// empty or relative (the XDG rule); nil when there is no home folder either.
    public static func standardDirectory(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/backprop" }
        guard let home = environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 }) ?? Self.passwordHome() else {
            return nil
        }
        return (home.hasSuffix("/") ? home : home + "/") + ".local/state/backprop"
    }

    /// The progress file's path.
    public var path: String { directory + "/progress.json" }
    /// The lock file's path.
    var lockPath: String { directory + "/progress.json.lock" }

    /// The progress saved so far (none when there is no file), and warnings about a file that
    /// had to be moved aside.
    public func load() -> (progress: StudentProgress, warnings: [ProgressWarning]) {
        guard Self.exists(directory) else { return (StudentProgress(), []) }
        do {
            let lock = try FileLock(path: lockPath)
            defer { lock.release() }
            return readUnderLock()
        } catch {
            // No lock (a read-only folder, say): read anyway, but leave a bad file where it is.
            var warnings: [ProgressWarning] = [ProgressWarning("\(error.message); reading \(path) without a lock")]
            switch readFile() {
            case .success(let progress): return (progress, warnings)
            case .failure(let problem):
                warnings.append(ProgressWarning("\(path): \(problem.message); starting with no progress"))
                return (StudentProgress(), warnings)
            }
        }
    }

    /// Changes one lesson's progress and saves it; returns the whole progress as saved, with
    /// warnings. The change is applied to the file as it is now, under the lock, so a change
    /// another process saved meanwhile is kept.
    @discardableResult
    public func update(lesson id: String, _ change: (inout LessonProgress) -> Void) throws(ProgressError)
        -> (progress: StudentProgress, warnings: [ProgressWarning]) {
        try update { progress in
            var lesson = progress[lesson: id]
            change(&lesson)
            lesson.updated = Self.timestamp(Date(), style: .iso8601)
            progress[lesson: id] = lesson
        }
    }

    /// Changes the progress and saves it, under the lock (see ``update(lesson:_:)``).
    @discardableResult
    public func update(_ change: (inout StudentProgress) -> Void) throws(ProgressError)
        -> (progress: StudentProgress, warnings: [ProgressWarning]) {
        try Self.makeDirectory(directory)
        let lock = try FileLock(path: lockPath)
        defer { lock.release() }
        var (progress, warnings) = readUnderLock()
        change(&progress)
        progress.version = StudentProgress.currentVersion
        try write(progress)
        return (progress, warnings)
    }

    // MARK: - Reading

    /// Reads the file; moves a bad one aside. The caller holds the lock.
    func readUnderLock() -> (StudentProgress, [ProgressWarning]) {
        switch readFile() {
        case .success(let progress):
            return (progress, [])
        case .failure(let problem):
            let aside = path + ".corrupt-" + Self.timestamp(Date(), style: .fileName)
            var target = aside
            var suffix = 2
            while Self.exists(target) {
                target = aside + "-\(suffix)"
                suffix += 1
            }
            if rename(path, target) == 0 {
                return (StudentProgress(), [ProgressWarning(
                    "\(path): \(problem.message); moved it to \(target) and started with no progress")])
            }
            return (StudentProgress(), [ProgressWarning(
                "\(path): \(problem.message), and it could not be moved aside (\(Self.describe(errno))); "
                + "starting with no progress")])
        }
    }

    /// The decoded file: no file is no progress; anything unreadable or undecodable is a problem.
    func readFile() -> Result<StudentProgress, ProgressError> {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            if !Self.exists(path) { return .success(StudentProgress()) }
            return .failure(ProgressError("cannot be read (\((error as NSError).localizedDescription))"))
        }
        return Result { () throws(ProgressError) in try ProgressFileDecoder.decode(data) }
    }

    // MARK: - Writing

    /// Writes `progress` atomically: temporary file, fsync, rename, fsync the folder.
    func write(_ progress: StudentProgress) throws(ProgressError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let bytes: [UInt8]
        do {
            bytes = Array(try encoder.encode(progress)) + [UInt8(ascii: "\n")]
        } catch {
            throw ProgressError("cannot encode the progress: \(error)")
        }
        do {
            try AtomicFile.replace(path, with: bytes, mode: 0o600, failAfterBytes: failWritingAfterBytes)
        } catch {
            throw ProgressError("cannot \(error.action) \(error.path): \(error.reason.lowercased())")
        }
    }

    // MARK: - Helpers

    /// Creates `path` and any missing folder above it, each with mode 0700.
    static func makeDirectory(_ path: String) throws(ProgressError) {
        guard !path.isEmpty, !exists(path) else {
            if !isDirectory(path) { throw ProgressError("\(path) is not a folder") }
            return
        }
        let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !parent.isEmpty { try makeDirectory(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw ProgressError("cannot create the folder \(path): \(describe(errno))")
        }
    }

    /// Whether anything is at `path` (without following a final link).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The home folder from the password database.
    static func passwordHome() -> String? {
        guard let entry = getpwuid(getuid()), let home = entry.pointee.pw_dir else { return nil }
        let text = String(cString: home)
        return text.isEmpty ? nil : text
    }

    /// How a timestamp is written.
    enum TimestampStyle {
        /// `2026-03-01T10:15:00Z`.
        case iso8601
        /// `20260301T101500Z`, for file names.
        case fileName
    }

    /// A UTC timestamp.
    static func timestamp(_ date: Date, style: TimestampStyle) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(parts.tm_year + 1900), month = two(parts.tm_mon + 1), day = two(parts.tm_mday)
        let hour = two(parts.tm_hour), minute = two(parts.tm_min), second = two(parts.tm_sec)
        switch style {
        case .iso8601: return "\(year)-\(month)-\(day)T\(hour):\(minute):\(second)Z"
        case .fileName: return "\(year)\(month)\(day)T\(hour)\(minute)\(second)Z"
        }
    }

    /// The system's text for an error number, in lower case.
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)).lowercased() }
}

/// An exclusive `flock` on a lock file, held until released.
struct FileLock {
    /// The open lock file.
    let descriptor: Int32

    /// Opens (creating, mode 0600) and locks `path`, waiting for any other holder.
    init(path: String) throws(ProgressError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ProgressError("cannot open the lock file \(path): \(ProgressStore.describe(errno))") }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let problem = ProgressStore.describe(errno)
            close(descriptor)
            throw ProgressError("cannot lock \(path): \(problem)")
        }
    }

    /// Unlocks and closes the lock file.
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

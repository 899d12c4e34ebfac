#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The lesson folders a student can choose from, and the lessons in them.
///
/// The built-in folder comes first: `$BACKPROP_LESSONS` when it names a folder, else the
/// first `lessons/` (or `share/backprop/lessons/`) holding a `.toml` file found by walking up
/// from the executable's real path, so `backprop` finds its lessons from any working
/// directory, whether run from `.build/debug/` or installed under a prefix; else the
/// lessons embedded in the binary (``embeddedFolder(environment:files:)``), so a binary
/// copied anywhere has them. The shared folders of the XDG base directories follow
/// (``sharedFolders(environment:)``), then the folders given with `--lessons`, in the order
/// given; a folder reached twice is listed once.
public struct LessonLibrary: Sendable {
    /// The folders, in menu order.
    public let folders: [String]

    /// A library of exactly these folders.
    public init(folders: [String]) {
        var seen = Set<String>()
        self.folders = folders.filter { seen.insert(Self.realPath($0) ?? $0).inserted }
    }

    /// The built-in folder (if one is found) followed by `extraFolders`; warnings say what was
    /// skipped and why (a `BACKPROP_LESSONS` or extra folder that does not exist).
    public static func standard(extraFolders: [String] = [], environment: [String: String],
                                executablePath: String? = Self.executablePath())
        -> (library: LessonLibrary, warnings: [String]) {
        var warnings: [String] = []
        var folders: [String] = []
        if let override = environment["BACKPROP_LESSONS"], !override.isEmpty {
            if isDirectory(override) {
                folders.append(override)
            } else {
                warnings.append("BACKPROP_LESSONS=\(override) is not a folder; using the built-in lessons")
            }
        }
        if folders.isEmpty, let builtIn = executablePath.flatMap(builtInFolder(searchingUpFrom:)) {
            folders.append(builtIn)
        }
        if folders.isEmpty, let embedded = embeddedFolder(environment: environment) {
            folders.append(embedded)
        }
        if folders.isEmpty { warnings.append("the built-in lessons folder was not found (set BACKPROP_LESSONS)") }
        folders += sharedFolders(environment: environment)
        for folder in extraFolders {
            if isDirectory(folder) {
                folders.append(folder)
            } else {
                warnings.append("--lessons \(folder): no such folder")
            }
        }
        return (LessonLibrary(folders: folders), warnings)
    }

    /// The first `lessons` or `share/backprop/lessons` folder holding a `.toml` file, looking in
    /// the folder of `executable` (after resolving links) and then in each folder above it.
    public static func builtInFolder(searchingUpFrom executable: String) -> String? {
        var folder = parent(of: realPath(executable) ?? executable)
        while true {
            for candidate in [join(folder, "lessons"), join(folder, "share/backprop/lessons")]
            where tomlFiles(in: candidate)?.isEmpty == false {
                return candidate
            }
            if folder == "/" || folder.isEmpty { return nil }
            folder = parent(of: folder)
        }
    }

    /// Every lesson file of every folder: folder by folder, each sorted by file name, each
    /// loaded (a file that does not load is an entry with its error, not a failure of the list).
    public func entries() -> [LessonEntry] {
        folders.enumerated().flatMap { index, folder in
            // The first folder's lessons keep their plain ids; another folder's are qualified by it.
            let prefix = index == 0 ? "" : (Self.realPath(folder) ?? folder) + "/"
            return (Self.tomlFiles(in: folder) ?? []).map {
                LessonEntry(path: Self.join(folder, $0), folder: folder, fileName: $0, idPrefix: prefix)
            }
        }
    }

    /// The lesson file that `name` names in these folders, by its number in the curriculum
    /// (`7`, `07`, `1b`), its name (`xor`, `worked-example`) or its file name with or without
    /// `.toml`; the first folder that has it wins. Nil when no lesson is so named.
    public func path(named name: String) -> String? {
        let wanted = name.lowercased().hasSuffix(".toml") ? String(name.dropLast(5)) : name
        let number = LessonEntry.split(wanted + "-x")?.order
        for folder in folders {
            let files = Self.tomlFiles(in: folder) ?? []
            let match = files.first { String($0.dropLast(5)) == wanted }
                ?? files.first { LessonEntry.id(forFileName: $0) == wanted }
                ?? files.first { number != nil && LessonEntry.split($0)?.order == number }
            if let match { return Self.join(folder, match) }
        }
        return nil
    }

    // MARK: - File system

    /// The running executable's path, or nil where the system does not say: from
    /// `/proc/self/exe` on Linux (and other systems with procfs), from
    /// `_NSGetExecutablePath` on macOS.
    public static func executablePath() -> String? {
        #if canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }

    /// The names of the `.toml` files in `folder`, sorted; nil if it cannot be read as a folder.
    static func tomlFiles(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".toml") && !name.hasPrefix(".") && isRegularFile(join(folder, name)) { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// `folder/name`, without doubling a slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder holding `path`: `/a/b` for `/a/b/c`, `/` for `/a`.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The canonical absolute path, with links resolved, or nil if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is a folder (following links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `path` is a regular file (following links).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}

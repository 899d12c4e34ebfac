#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import BuiltInLessons
import ProgressStorage

extension LessonLibrary {
    /// The folder of the lessons embedded in the binary (``BuiltInLessons``), written out
    /// once per set of lessons to `backprop/lessons-HASH` in the user's cache folder
    /// (`$XDG_CACHE_HOME`, else `~/.cache`, with `~` from the password database when `HOME`
    /// is unset, else the temporary folder), so that a binary copied anywhere has them.
    /// Nil when none is embedded or no folder can be written.
    ///
    /// The lessons are read from files like any others; the folder's name changes with their
    /// text, so a newer binary never reads an older copy. Each file is written atomically,
    /// so processes starting at once never see a part of one.
    public static func embeddedFolder(environment: [String: String],
                                      files: [BuiltInLessons.File] = BuiltInLessons.files) -> String? {
        guard !files.isEmpty else { return nil }
        let name = "lessons-" + fingerprint(of: files)
        for base in cacheFolders(environment: environment) {
            let folder = join(join(base, "backprop"), name)
            if tomlFiles(in: folder)?.count == files.count { return folder }
            guard (try? ensureFolder(folder)) != nil else { continue }
            let written = files.allSatisfy { file in
                (try? AtomicFile.replace(join(folder, file.name), with: Array(file.text.utf8), mode: 0o644)) != nil
            }
            if written { return folder }
        }
        return nil
    }

    /// The folders to keep the written-out lessons in, most preferred first.
    static func cacheFolders(environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { folders.append(cache) }
        if let home = environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 }) ?? passwordHome() {
            folders.append(join(home, ".cache"))
        }
        let temporary = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        folders.append(join(temporary, "backprop-\(getuid())"))
        return folders
    }

    /// The user's home folder from the password database, or nil.
    static func passwordHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }

    /// Creates `path` and the folders above it that are missing (mode 0700).
    static func ensureFolder(_ path: String) throws(FolderError) {
        if isDirectory(path) { return }
        let above = parent(of: path)
        if above != path && above != "." { try ensureFolder(above) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST, isDirectory(path) else { throw FolderError() }
    }

    /// A folder that could not be created.
    struct FolderError: Error {}

    /// 16 hex digits that change whenever a file's name or text does (FNV-1a, 64 bits).
    static func fingerprint(of files: [BuiltInLessons.File]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for file in files {
            for byte in file.name.utf8 + [0] + file.text.utf8 + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The shared lesson folders of the XDG base directories that exist:
    /// `$XDG_DATA_HOME/backprop/lessons` (default `~/.local/share`), then the same under each
    /// folder of `$XDG_DATA_DIRS` (default `/usr/local/share:/usr/share`).
    public static func sharedFolders(environment: [String: String]) -> [String] {
        var bases: [String] = []
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            bases.append(data)
        } else if let home = environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 }) {
            bases.append(join(home, ".local/share"))
        }
        let dirs = environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        bases += dirs.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        return bases.map { join($0, "backprop/lessons") }.filter(isDirectory)
    }
}

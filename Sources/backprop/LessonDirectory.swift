import Foundation
import Lessons

/// Finds the shipped `lessons/` folder for `backprop` run without a subcommand: beside or
/// above the executable (as in a checkout, `.build/debug/backprop`), else the current
/// directory or one above it.
enum LessonDirectory {
    /// The first folder named `lessons` holding `.toml` files, looking up from the
    /// executable's folder, then up from the current directory.
    static func find() -> URL? {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let starts = [executable.deletingLastPathComponent(),
                      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("lessons")
                if !files(in: candidate).isEmpty { return candidate }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// The `.toml` files in `folder`, sorted by name.
    static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The worked-example lesson in `folder` (its file name ends in `worked-example.toml`).
    static func workedExample(in folder: URL) -> URL? {
        files(in: folder).first { $0.lastPathComponent.hasSuffix("worked-example.toml") }
    }
}

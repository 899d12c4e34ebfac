import Foundation
import Lessons

/// Lessons the UI tests run on, read from the repository's `lessons/` folder.
enum Fixtures {
    /// The repository's `lessons/` folder.
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons")

    /// The shipped lesson whose file name ends with `suffix` (`worked-example.toml`).
    static func lesson(endingWith suffix: String) throws -> Lesson {
        let names = try FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)
        guard let name = names.sorted().first(where: { $0.hasSuffix(suffix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: suffix])
        }
        return try LessonLoader.load(path: lessonsFolder.appendingPathComponent(name).path)
    }

    /// The 2-2-2 worked example.
    static func workedExample() throws -> Lesson { try lesson(endingWith: "worked-example.toml") }

    /// The XOR lesson (many updates).
    static func xor() throws -> Lesson { try lesson(endingWith: "xor.toml") }
}

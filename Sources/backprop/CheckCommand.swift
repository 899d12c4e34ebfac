import ArgumentParser
import Lessons

/// `backprop check`: validates lesson files.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lesson files: prints `ok` per good file, or every problem with its line and key.",
        discussion: "Exits with status 65 if any file is bad."
    )

    @Argument(help: "Lesson files (TOML).")
    var lessons: [String]

    func run() throws {
        var bad = 0
        for path in lessons {
            do {
                _ = try LessonLoader.load(path: path)
                print("ok    \(path)")
            } catch {
                bad += 1
                print("FAIL  \(path)")
                StandardError.write(error.description + "\n")
            }
        }
        if bad > 0 {
            StandardError.write("\(bad) of \(lessons.count) lesson file\(lessons.count == 1 ? "" : "s") failed the check\n")
            throw LessonFile.badInput
        }
    }
}

import ArgumentParser
import Lessons

/// Loads lesson files for the commands, turning a bad file into its message and exit status 65.
enum LessonFile {
    /// The exit status for a bad lesson file (EX_DATAERR).
    static let badInput = ExitCode(65)

    /// The lesson at `path`, or the problems printed to standard error and exit status 65.
    static func load(_ path: String) throws -> Lesson {
        do {
            return try LessonLoader.load(path: path)
        } catch {
            StandardError.write(error.description + "\n")
            throw badInput
        }
    }
}

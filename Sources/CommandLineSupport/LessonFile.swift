import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Lessons

/// Finds and loads lesson files for the commands, turning a bad file into its message and
/// exit status 65, and a missing one into 66.
public enum LessonFile {
    /// The exit status for a bad lesson file (EX_DATAERR).
    public static let badInput = ExitCode(65)

    /// The exit status for a file that does not exist (EX_NOINPUT).
    public static let noInput = ExitCode(66)

    /// How shells complete a lesson argument: lesson files (and folders on the way to them).
    public static let completion = CompletionKind.file(extensions: ["toml"])

    /// The help for a command's lesson argument.
    public static let argumentHelp = "The lesson: a TOML file, or a built-in lesson's number or name (7, 1b, xor)."

    /// The path of the lesson `name` names: a file at that path, else the built-in lesson
    /// (or one in `$BACKPROP_LESSONS`) with that number or name (`7`, `xor`,
    /// `worked-example`); else `name` as given, for the loader to report.
    public static func resolve(_ name: String) -> String {
        if FileManager.default.fileExists(atPath: name) { return name }
        let library = LessonLibrary.standard(environment: ProcessInfo.processInfo.environment).library
        return library.path(named: name) ?? name
    }

    /// The lesson at `path`, or the problems printed to standard error and exit status 65
    /// (66 when there is no such file).
    public static func load(_ path: String) throws -> Lesson {
        do {
            return try LessonLoader.load(path: path)
        } catch {
            StandardError.write(error.description + "\n")
            if !path.contains("/") && !FileManager.default.fileExists(atPath: path) {
                StandardError.write("(\(path) is neither a lesson file nor a built-in lesson's number or name: "
                                    + "`backprop list` shows the lessons)\n")
            }
            throw error.isMissingFile ? noInput : badInput
        }
    }

    /// The first built-in lesson (or one in `$BACKPROP_LESSONS`) whose file name ends with
    /// `suffix`, for the commands and benchmarks that use a particular one.
    public static func builtIn(endingWith suffix: String) -> String? {
        LessonLibrary.standard(environment: ProcessInfo.processInfo.environment).library.entries()
            .first { $0.fileName.hasSuffix(suffix) }?.path
    }
}

import ArgumentParser
import CommandLineSupport
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
import TutorUI

/// Loads demo scripts for `open --script` and `replay --script`, turning a bad file into a
/// message that names the file, line and column, and exit status 65 (66 for a missing file).
enum DemoScriptFile {
    /// The script at `path`, or the problem printed to standard error and exit status 65 (66
    /// when there is no such file).
    static func load(_ path: String) throws -> DemoScript {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            StandardError.write("error: cannot read the demo script \(path): "
                                + (exists ? "it is not readable UTF-8 text" : "no such file") + "\n")
            throw exists ? LessonFile.badInput : LessonFile.noInput
        }
        do {
            return try DemoScript(parsing: text)
        } catch {
            StandardError.write("error: \(path):\(error.line):\(error.column): \(error.message)\n")
            throw LessonFile.badInput
        }
    }
}

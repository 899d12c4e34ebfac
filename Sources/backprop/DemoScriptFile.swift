import ArgumentParser
import Foundation
import TutorUI

/// Loads demo scripts for `open --script` and `replay --script`, turning a bad file into a
/// message that names the file, line and column, and exit status 65.
enum DemoScriptFile {
    /// The script at `path`, or the problem printed to standard error and exit status 65.
    static func load(_ path: String) throws -> DemoScript {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it is not readable UTF-8 text" : "no such file"
            StandardError.write("error: cannot read the demo script \(path): \(reason)\n")
            throw LessonFile.badInput
        }
        do {
            return try DemoScript(parsing: text)
        } catch {
            StandardError.write("error: \(path):\(error.line):\(error.column): \(error.message)\n")
            throw LessonFile.badInput
        }
    }
}

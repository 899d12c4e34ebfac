import ArgumentParser
import CommandLineSupport
import BackpropCore
import Lessons
import Reports

/// `backprop check`: validates lesson files, and with `--gradients` checks backpropagation
/// against finite differences on each.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lesson files: prints `ok` per good file, or every problem with its line and key.",
        discussion: """
            With --gradients, also checks every gradient of each lesson's first update: the \
            backpropagation gradient beside the central finite difference \
            (L(θ + ε) − L(θ − ε)) / 2ε, their relative difference, and how many forward passes \
            each way takes. Exits with status 65 if any file is bad, else 1 if any gradient \
            check fails.
            """
    )

    /// The exit status when a gradient disagrees with its finite difference.
    static let gradientFailure = ExitCode(1)

    @Flag(help: "Check every gradient against a central finite difference and print a table per lesson.")
    var gradients = false

    @Argument(help: "Lesson files (TOML), or built-in lessons' numbers or names (7, 1b, xor).", completion: LessonFile.completion)
    var lessons: [String]

    func run() throws {
        var bad = 0, missing = 0, failedChecks = 0
        for (index, path) in lessons.enumerated() {
            do {
                let lesson = try LessonLoader.load(path: LessonFile.resolve(path))
                StandardOutput.write("ok    \(PrintableText.escaped(path))\n")
                if gradients {
                    let check = GradientCheck(trainer: lesson.trainer)
                    if !check.passed { failedChecks += 1 }
                    let report = GradientCheckReport(check: check, architecture: lesson.network.architecture,
                                                     sampleCount: lesson.samples.count)
                    StandardOutput.write("gradient check, " + report.text() + (index == lessons.count - 1 ? "" : "\n"))
                }
            } catch {
                bad += 1
                if error.isMissingFile { missing += 1 }
                StandardOutput.write("FAIL  \(PrintableText.escaped(path))\n")
                StandardError.write(error.description + "\n")
            }
        }
        if bad > 0 {
            StandardError.write("\(bad) of \(lessons.count) lesson file\(lessons.count == 1 ? "" : "s") failed the check\n")
            // 66 when no file was there to check, 65 when one held bad data.
            throw missing == bad ? LessonFile.noInput : LessonFile.badInput
        }
        if failedChecks > 0 {
            StandardError.write("the gradient check failed for \(failedChecks) of \(lessons.count) "
                                + "lesson\(lessons.count == 1 ? "" : "s")\n")
            throw Self.gradientFailure
        }
    }
}

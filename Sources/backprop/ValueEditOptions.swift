import ArgumentParser
import Lessons

/// `--set NAME=VALUE`, repeatable: what-if edits made to a lesson before a command uses it.
///
/// Shared by the commands that take edits (`export`, and `open` in the stepper); the
/// syntax is documented in `docs/what-if-edits.md`.
struct ValueEditOptions: ParsableArguments {
    /// The exit status for a bad edit (EX_USAGE, like any other bad argument).
    static let badEdit = ExitCode(64)

    @Option(name: .customLong("set"),
            help: ArgumentHelp("Change a value first: a weight or bias (w5=0.9), the learning rate (eta=1), "
                               + "an input (i1=0.3, or i1@2=0.3 for sample 2) or a target (t_o1=0.5). Repeatable.",
                               valueName: "NAME=VALUE"))
    var edits: [String] = []

    /// The lesson with the edits made, or every bad edit printed to standard error and exit status 64.
    func apply(to lesson: Lesson) throws -> Lesson {
        var parsed: [ValueEdit] = []
        var problems: [String] = []
        for text in edits {
            do {
                parsed.append(try ValueEdit(parsing: text, in: lesson))
            } catch {
                problems.append("--set " + error.description)
            }
        }
        if problems.isEmpty {
            do {
                return try lesson.applying(parsed)
            } catch {
                problems.append("--set " + error.description)
            }
        }
        StandardError.write(problems.map { "error: " + $0 + "\n" }.joined())
        throw Self.badEdit
    }
}

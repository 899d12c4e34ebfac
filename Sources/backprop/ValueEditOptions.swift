import ArgumentParser
import CommandLineSupport
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

    /// The lesson with the edits made, or every bad edit printed to standard error and exit
    /// status 64 (see ``checkedEdits(for:)``).
    func apply(to lesson: Lesson) throws -> Lesson {
        try lesson.applying(checkedEdits(for: lesson))
    }

    /// The edits, parsed and checked for `lesson` so that ``Lesson/applying(_:)`` takes
    /// them, or every bad edit printed to standard error and exit status 64.
    ///
    /// Each `--set` is checked on its own, as given: every bad one is reported, in order,
    /// each with its reason and its text as typed (`--set eta=0`, not `eta=0.0`), so a bad
    /// edit is refused even when a later `--set` of the same name is good. When every edit
    /// is good, a later edit of the same name wins when they are made; the cross-entropy
    /// target sums, which depend on the edits together, are checked only then.
    func checkedEdits(for lesson: Lesson) throws -> [ValueEdit] {
        var parsed: [ValueEdit] = []
        var typed: [String: String] = [:]
        var problems: [String] = []
        for text in edits {
            do {
                let edit = try ValueEdit(parsing: text, in: lesson)
                try lesson.check(edit)
                parsed.append(edit)
                typed[edit.text(in: lesson)] = text
            } catch {
                var asTyped = error
                asTyped.edit = text
                problems.append("--set " + asTyped.description)
            }
        }
        if problems.isEmpty {
            problems = lesson.problems(with: parsed).map { problem in
                var asTyped = problem
                asTyped.edit = typed[problem.edit] ?? problem.edit
                return "--set " + asTyped.description
            }
        }
        guard problems.isEmpty else {
            StandardError.write(problems.map { "error: " + $0 + "\n" }.joined())
            throw Self.badEdit
        }
        return parsed
    }
}

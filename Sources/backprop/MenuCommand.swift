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
import Lessons
import Reports
import Terminal
import TutorUI

/// `backprop menu`, what `backprop` alone runs: the lesson menu on a terminal, else the
/// lessons and the commands as text.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu",
        abstract: "Choose a lesson from the menu (what `backprop` alone runs).",
        discussion: """
            On a terminal: the lessons with your progress; ↑ ↓ (k j) choose, Enter opens the \\
            lesson where you left it, r starts it over, q quits; q in a lesson comes back to \\
            the menu. Elsewhere it prints the lessons (as `backprop list` does) and the commands.
            """
    )

    @Option(name: .customLong("lessons"), help: ArgumentHelp("Also list the lessons in this folder (repeatable).",
                                                             valueName: "dir"), completion: .directory)
    var folders: [String] = []

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-quiz"), help: "Do not ask the lessons' quizzes.")
    var noQuiz = false

    /// Words after `backprop` that are neither a command nor an option: a mistyped command,
    /// refused by ``validate()`` with the commands there are.
    @Argument(help: .hidden)
    var unexpected: [String] = []

    func validate() throws {
        guard let word = unexpected.first else { return }
        let commands = BackpropCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        let guess = NameSuggestion.nearest(to: word, among: commands).map { "; did you mean \($0)?" } ?? "."
        StandardError.write("error: \(word) is not a backprop command\(guess) The commands: "
                            + commands.joined(separator: ", ") + " (`backprop help COMMAND` explains one).\n")
        throw ExitCode.validationFailure
    }

    func run() throws {
        let onTerminal = TerminalSession.startProblem(
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1, standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
            term: ProcessInfo.processInfo.environment["TERM"]) == nil
        let (entries, libraryWarnings) = TutorSetup.library(extraFolders: folders)
        let (progress, effects, progressWarnings) = TutorSetup.standardProgress()
        let warnings = libraryWarnings + progressWarnings
        if onTerminal {
            try TutorSetup.runInTerminal(ascii: ascii, color: color, effects: effects) { size, context in
                TutorProgram(menuOf: entries, progress: progress, size: size, context: context, asksQuizzes: !noQuiz,
                             warnings: warnings, workingDirectory: TutorSetup.workingDirectory)
            }
            return
        }
        for warning in warnings { StandardError.write("warning: \(warning)\n") }
        StandardOutput.write(BackpropCommand.overview(menu: LessonMenu(entries: entries, progress: progress)))
    }
}

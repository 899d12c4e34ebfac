import ArgumentParser
import Foundation
import Lessons
import ProgressStorage
import Reports
import Terminal
import TutorUI

/// The `backprop` command: a terminal tutor that walks a small neural network node by node.
///
/// Without a subcommand it opens the lesson menu when run on a terminal, and otherwise
/// prints the lessons (as `backprop list` does) and the commands.
@main
struct BackpropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop",
        abstract: "Learn backpropagation by stepping through a small neural network, node by node.",
        discussion: """
            Run without a subcommand on a terminal to choose a lesson from the menu (↑ ↓ \
            choose, Enter opens, r starts a lesson over, q quits; q in a lesson comes back \
            to the menu); elsewhere it lists the lessons and the commands. Progress is saved \
            to $XDG_STATE_HOME/backprop/progress.json (default ~/.local/state/backprop).
            """,
        version: BackpropVersion.current,
        subcommands: [OpenCommand.self, ReplayCommand.self, ListCommand.self, TraceCommand.self, TrainCommand.self,
                      CheckCommand.self, ExportCommand.self, BenchCommand.self]
    )

    @Option(name: .customLong("lessons"), help: ArgumentHelp("Also list the lessons in this folder (repeatable).",
                                                             valueName: "dir"))
    var folders: [String] = []

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-quiz"), help: "Do not ask the lessons' quizzes.")
    var noQuiz = false

    func run() throws {
        let onTerminal = TerminalSession.startProblem(
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1, standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
            term: ProcessInfo.processInfo.environment["TERM"]) == nil
        let (entries, libraryWarnings) = TutorSetup.library(extraFolders: folders)
        let (keeper, keeperWarning) = TutorSetup.standardKeeper()
        let warnings = libraryWarnings + (keeperWarning.map { [$0] } ?? [])
        if onTerminal {
            try TutorSetup.runInTerminal(ascii: ascii, color: color) { size, context in
                TutorProgram(menuOf: entries, keeper: keeper, size: size, context: context, asksQuizzes: !noQuiz,
                             warnings: warnings, workingDirectory: TutorSetup.workingDirectory)
            }
            return
        }
        for warning in warnings { StandardError.write("warning: \(warning)\n") }
        var reader = keeper
        for warning in reader.reload() { StandardError.write("warning: \(warning)\n") }
        print(Self.overview(menu: LessonMenu(entries: entries, progress: reader.progress)), terminator: "")
    }

    /// The lessons (as `backprop list` prints them) and the commands, for a run without a terminal.
    static func overview(menu: LessonMenu) -> String {
        var text = "backprop: learn backpropagation by stepping through a small neural network, node by node.\n\n"
        if menu.items.isEmpty {
            text += "No lessons found (set BACKPROP_LESSONS, or add a folder with --lessons DIR).\n"
        } else {
            text += "Lessons:\n\n" + menu.text()
        }
        text += """

            Commands:
              backprop                  the lesson menu (on a terminal)
              backprop open LESSON      step through a lesson in the terminal (full screen)
              backprop replay LESSON    print the stepper's screens as text for a list of keys
              backprop list             the lessons with your progress
              backprop trace LESSON     every number of a run, as JSON or tables
              backprop train LESSON     train on the fast path, printing the loss
              backprop check LESSON...  validate lesson files
              backprop export LESSON    a Markdown handout or a Graphviz diagram
              backprop bench            time training updates (and the stepper's screens: --ui)

            On a terminal, `backprop` alone opens the lesson menu. `backprop help COMMAND` \
            explains a command.

            """
        return text
    }
}

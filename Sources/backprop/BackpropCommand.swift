import ArgumentParser
import Foundation
import Lessons
import Terminal

/// The `backprop` command: a terminal tutor that walks a small neural network node by node.
///
/// Without a subcommand it opens the worked example in the stepper when run on a terminal,
/// and otherwise prints the lessons it can find and the commands.
@main
struct BackpropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop",
        abstract: "Learn backpropagation by stepping through a small neural network, node by node.",
        discussion: """
            Run without a subcommand on a terminal to step through the worked example; \
            elsewhere it lists the lessons and the commands.
            """,
        version: BackpropVersion.current,
        subcommands: [OpenCommand.self, ReplayCommand.self, ListCommand.self, TraceCommand.self, TrainCommand.self,
                      CheckCommand.self, ExportCommand.self, BenchCommand.self]
    )

    func run() throws {
        let folder = LessonDirectory.find()
        let onTerminal = TerminalSession.startProblem(
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1, standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1,
            term: ProcessInfo.processInfo.environment["TERM"]) == nil
        if onTerminal, let folder, let lesson = LessonDirectory.workedExample(in: folder) {
            try OpenCommand.open(LessonFile.load(lesson.path), ascii: false, color: .auto)
            return
        }
        print(overview(folder: folder), terminator: "")
    }

    /// The lessons found and the commands, for a run without a terminal.
    func overview(folder: URL?) -> String {
        var text = "backprop: learn backpropagation by stepping through a small neural network, node by node.\n\n"
        if let folder {
            text += "Lessons in \(folder.path):\n"
            let rows = LessonDirectory.files(in: folder).map { file -> (String, String) in
                let title = (try? LessonLoader.load(path: file.path).title) ?? "(does not load: backprop check \(file.lastPathComponent))"
                return (file.lastPathComponent, title)
            }
            let width = rows.map(\.0.count).max() ?? 0
            for (name, title) in rows {
                text += "  " + name + String(repeating: " ", count: width - name.count) + "  " + title + "\n"
            }
        } else {
            text += "No lessons/ folder found beside the program or in the current directory.\n"
        }
        text += """

            Commands:
              backprop open LESSON      step through a lesson in the terminal (full screen)
              backprop replay LESSON    print the stepper's screens as text for a list of keys
              backprop trace LESSON     every number of a run, as JSON or tables
              backprop train LESSON     train on the fast path, printing the loss
              backprop check LESSON...  validate lesson files
              backprop export LESSON    a Markdown handout or a Graphviz diagram
              backprop bench            time training updates (and the stepper's screens: --ui)

            On a terminal, `backprop` alone opens the worked example. `backprop help COMMAND` \
            explains a command.

            """
        return text
    }
}

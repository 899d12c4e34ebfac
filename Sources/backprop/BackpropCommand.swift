import ArgumentParser
import Reports

/// The `backprop` command: a terminal tutor that walks a small neural network node by node.
///
/// Without a subcommand it runs ``MenuCommand``: the lesson menu when run on a terminal,
/// and otherwise the lessons (as `backprop list` prints them) and the commands. (The menu's
/// options live on a default subcommand: options of the root command would be taken from
/// every subcommand's arguments.)
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
                      CheckCommand.self, ExportCommand.self, PracticeCommand.self, BenchCommand.self, MenuCommand.self],
        defaultSubcommand: MenuCommand.self
    )

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

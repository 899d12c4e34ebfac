import ArgumentParser
import CommandLineSupport
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
                      CheckCommand.self, ExportCommand.self, PracticeCommand.self, MenuCommand.self],
        defaultSubcommand: MenuCommand.self
    )

    /// Sets standard output up (see ``StandardOutput/install()``), then parses the arguments
    /// and runs the command.
    static func main() {
        StandardOutput.install()
        main(nil)
    }

    /// The lessons (as `backprop list` prints them) and the commands, for a run without a terminal.
    static func overview(menu: LessonMenu) -> String {
        var text = ""
        if menu.items.isEmpty {
            text += "No lessons found (set BACKPROP_LESSONS, or add a folder with --lessons DIR).\n"
        } else {
            text += "Lessons:\n\n" + menu.text()
        }
        // The commands as ArgumentParser lists them in `backprop --help`, wrapped to 80 columns.
        text += "\n" + helpMessage(columns: 80)
        return text
    }
}

import ArgumentParser
import Foundation
import Lessons
import Terminal
import TutorUI

/// `backprop open`: the full-screen stepper on the terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Step through a lesson node by node in the terminal (full screen).",
        discussion: """
            Shows the network as a diagram that fills in as you step, the formula of each \
            step with its numbers, the lesson's notes, and a status line. Keys: → l space \
            Enter next, ← h Backspace back, ] [ phase, g G first/last, i next update, : \
            jump, p play, + - speed, Ctrl-L redraw, ? help, q quit.

            At a quiz the step's result is hidden: type your prediction and press Enter \
            (1-9 then Enter for a multiple choice), or s to skip. A wrong answer gets a hint \
            and a second try. --no-quiz turns quizzes off.

            Progress is saved to $XDG_STATE_HOME/backprop/progress.json (default \
            ~/.local/state/backprop): open resumes where you left the lesson; --restart \
            starts it over. Needs an interactive terminal; to print the same screens as \
            text, use `backprop replay`.
            """
    )

    @Argument(help: "The lesson file (TOML).")
    var lesson: String

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-quiz"), help: "Do not ask the lesson's quizzes: every result shows at once.")
    var noQuiz = false

    @Flag(help: "Start the lesson over from its first step, asking its quizzes again, instead of resuming.")
    var restart = false

    @Option(name: .customLong("lessons"), help: ArgumentHelp("A folder of your own lessons, for the lesson after this one (repeatable).",
                                                             valueName: "dir"))
    var folders: [String] = []

    /// When set to a file path, `open` draws its first frame, gives the terminal back, writes
    /// the wall-clock time of that moment (nanoseconds since 1970) to the file and exits: the
    /// start-up benchmark (Benchmarks/ui.sh) compares it with the time it started the process.
    static let firstFrameVariable = "BACKPROP_FIRST_FRAME_FILE"

    func run() throws {
        let lesson = try LessonFile.load(self.lesson)
        let (entries, libraryWarnings) = TutorSetup.library(extraFolders: folders)
        let (keeper, keeperWarning) = TutorSetup.standardKeeper()
        let launch = TutorSetup.launch(of: lesson, path: self.lesson, entries: entries, asksQuizzes: !noQuiz,
                                       restarts: restart)
        try TutorSetup.runInTerminal(ascii: ascii, color: color) { size, context in
            TutorProgram(launch: launch, entries: entries, keeper: keeper, size: size, context: context,
                         warnings: libraryWarnings + (keeperWarning.map { [$0] } ?? []),
                         workingDirectory: TutorSetup.workingDirectory)
        }
    }
}

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
            jump, p play, + - speed, Tab / Shift-Tab select a value, e edit it (what if?), \
            u undo, c check a gradient, t training view, Ctrl-L redraw, ? help, q quit.

            At a quiz the step's result is hidden: type your prediction and press Enter \
            (1-9 then Enter for a multiple choice), or s to skip. A wrong answer gets a hint \
            and a second try. --no-quiz turns quizzes off; so do --set (the answers belong \
            to the lesson as written), --presenter and --script (a class watches).

            Progress is saved to $XDG_STATE_HOME/backprop/progress.json (default \
            ~/.local/state/backprop): open resumes where you left the lesson; --restart \
            starts it over. --progress DIR reads and saves DIR/progress.json instead. \
            --presenter and --script are for showing: they read and save no progress (the \
            lesson starts at its first step, a script where it says, whatever was rehearsed \
            before), unless --progress names a folder.

            --script FILE runs a demo script (docs/demo-scripts.md) unattended: its keys, \
            pauses and captions in real time. While it runs, space pauses and resumes it, \
            Enter stops it and hands the stepper over, q Esc or Ctrl-C quit. When the \
            script ends, so does the program.

            Needs an interactive terminal; to print the same screens as text, use \
            `backprop replay`.
            """
    )

    @Argument(help: ArgumentHelp(LessonFile.argumentHelp), completion: LessonFile.completion)
    var lesson: String

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var display: DisplayOptions

    @OptionGroup var edits: ValueEditOptions

    @Option(help: ArgumentHelp("Run this demo script unattended (docs/demo-scripts.md).", valueName: "file"),
            completion: .file())
    var script: String?

    @Option(help: ArgumentHelp("Seconds between a demo script's key presses.", valueName: "seconds"))
    var keyInterval: Double = DemoSchedule.defaultKeyInterval

    @Flag(name: .customLong("no-quiz"), help: "Do not ask the lesson's quizzes: every result shows at once.")
    var noQuiz = false

    @Flag(help: "Start the lesson over from its first step, asking its quizzes again, instead of resuming.")
    var restart = false

    @Option(help: ArgumentHelp("Read and save progress in this folder's progress.json (with --presenter or "
                               + "--script, which otherwise read and save none).", valueName: "dir"))
    var progress: String?

    @Option(name: .customLong("lessons"), help: ArgumentHelp("A folder of your own lessons, for the lesson after this one (repeatable).",
                                                             valueName: "dir"), completion: .directory)
    var folders: [String] = []

    /// When set to a file path, `open` draws its first frame, gives the terminal back, writes
    /// the wall-clock time of that moment (nanoseconds since 1970) to the file and exits: the
    /// start-up benchmark (Benchmarks/ui.sh) compares it with the time it started the process.
    static let firstFrameVariable = "BACKPROP_FIRST_FRAME_FILE"

    mutating func validate() throws {
        guard keyInterval.isFinite, keyInterval > 0, keyInterval <= ReplayCommand.longestKeyInterval else {
            throw ValidationError("--key-interval must be more than 0 and at most "
                                  + "\(Int(ReplayCommand.longestKeyInterval)) seconds, not \(keyInterval)")
        }
    }

    func run() throws {
        let path = LessonFile.resolve(self.lesson)
        let lesson = try edits.apply(to: LessonFile.load(path))
        let demo = try script.map(DemoScriptFile.load).map { DemoSchedule(script: $0, keyInterval: keyInterval) }
        let (entries, libraryWarnings) = TutorSetup.library(extraFolders: folders)
        let showing = display.presenter || script != nil
        let (progress, effects, progressWarnings) = TutorSetup.progress(folder: self.progress, showing: showing)
        let launch = TutorSetup.launch(of: lesson, path: path, entries: entries,
                                       asksQuizzes: TutorSetup.asksQuizzes(of: lesson, noQuiz: noQuiz, showing: showing),
                                       restarts: restart)
        // Only the terminal can say what its background is; --theme overrides what it says.
        let reply = display.theme == nil ? BackgroundQuery.ask() : nil
        try TutorSetup.runInTerminal(ascii: ascii, color: color, theme: display.effectiveTheme(backgroundReply: reply),
                                     presenter: display.presenter, demo: demo, effects: effects) { size, context in
            TutorProgram(launch: launch, entries: entries, progress: progress, size: size, context: context,
                         warnings: libraryWarnings + progressWarnings,
                         workingDirectory: TutorSetup.workingDirectory)
        }
    }
}

import ArgumentParser
import Foundation
import ProgressStorage
import TutorUI

/// `backprop replay`: the stepper's screens as text, driven by a list of keys, without a terminal.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Print the stepper's screens for a list of keys, as text, without a terminal.",
        discussion: """
            Feeds KEYS to the same key map and reducer as `backprop open` and prints the \
            screens: the first before any key, then one after each key, until a quit key \
            (keys after it are not replayed). Each frame follows a separator line, \
            `=== frame N (key K of M: NAME) ===…`, longer than the screen is wide, so it \
            cannot be mistaken for a line of the screen. With --frames last only the final \
            screen is printed, with no separator. The output is the same on every run.

            KEYS is a space-separated list: single characters stand for themselves (l h ] [ \
            g G i : p + - ? q), names for special keys (right left up down home end enter \
            space backspace esc tab ctrl-l ...), and `tick` for one beat of the playback \
            clock: `p tick tick` plays two steps. Quote text to type: ": \\"12\\" enter".

            Quizzes are asked as in `open`: type the answer as text, `type:0.3775 enter` or \
            `"0.3775" enter`; `s` skips; --no-quiz turns them off. Replay reads and saves \
            no progress unless --progress DIR names a folder for progress.json (then it \
            resumes like `open`, and --restart starts over).

            Symbols are Unicode unless --ascii is given (whatever the locale, so output does \
            not depend on the environment); colour is off unless --color always.
            """
    )

    @Argument(help: "The lesson file (TOML).")
    var lesson: String

    @Option(help: "The keys to press, such as \"l l ] h ? q\".")
    var keys: String = ""

    @Option(help: "The screen size, COLSxROWS (at least 80x24 to show the stepper).")
    var size: String = "80x24"

    @Option(help: "Which screens to print: all or last.")
    var frames: FrameSelection = .all

    @Flag(help: "Draw with ASCII characters and notation only.")
    var ascii = false

    @Option(help: "ANSI colour: never or always (auto: only when standard output is a terminal).")
    var color: ColorChoice = .never

    @Flag(name: .customLong("no-quiz"), help: "Do not ask the lesson's quizzes: every result shows at once.")
    var noQuiz = false

    @Option(help: ArgumentHelp("Read and save progress in this folder's progress.json (none by default).",
                               valueName: "dir"))
    var progress: String?

    @Flag(help: "With --progress: start the lesson over instead of resuming.")
    var restart = false

    /// The largest screen replay lays out, in either direction.
    static let largestSide = 1000

    mutating func validate() throws {
        guard let parsed = TerminalSize(parsing: size) else {
            throw ValidationError("--size must be COLSxROWS with whole numbers of at least 1, such as 80x24, not \"\(size)\"")
        }
        guard parsed.columns <= Self.largestSide, parsed.rows <= Self.largestSide else {
            throw ValidationError("--size may be at most \(Self.largestSide)x\(Self.largestSide), not \(size)")
        }
        do {
            _ = try KeyScript(parsing: keys)
        } catch {
            throw ValidationError("--keys: \(error)")
        }
    }

    func run() throws {
        let lesson = try LessonFile.load(self.lesson)
        // validate() has checked both.
        let size = TerminalSize(parsing: self.size)!
        let script = try KeyScript(parsing: keys)
        let context: RenderContext = ascii ? .ascii : .unicode
        let mode = ColorMode.decide(color, environment: ProcessInfo.processInfo.environment,
                                    outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let (entries, _) = TutorSetup.library(extraFolders: [])
        let launch = TutorSetup.launch(of: lesson, path: self.lesson, entries: entries, asksQuizzes: !noQuiz,
                                       restarts: restart)
        var program = TutorProgram(launch: launch, entries: entries,
                                   keeper: ProgressKeeper(store: progress.map { ProgressStore(directory: $0) }),
                                   size: size, context: context, workingDirectory: TutorSetup.workingDirectory)
        var sink = TextFrameSink(format: mode == .color ? .ansi(.dark) : .plain, separators: frames == .all) {
            print($0, terminator: "")
        }
        let outcome = Replay.run(&program, keys: script.keys, frames: frames, into: &sink)
        if outcome.keysIgnored > 0 {
            StandardError.write("note: the stepper quit before the last \(outcome.keysIgnored) key"
                                + (outcome.keysIgnored == 1 ? "" : "s") + ", which were not replayed\n")
        }
    }
}

extension FrameSelection: ExpressibleByArgument {}

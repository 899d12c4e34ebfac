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
import ProgressStorage
import TutorUI

/// `backprop replay`: the stepper's screens as text, driven by a list of keys or a demo
/// script, without a terminal.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Print the stepper's screens for a list of keys or a demo script, without a terminal.",
        discussion: """
            Feeds KEYS (or the demo script FILE) to the same key map and reducer as \
            `backprop open` and prints the screens: the first before any key, then one after \
            each key (and each caption of a script), until a quit key (what comes after it is \
            not replayed). In the text format each frame follows a separator line, \
            `=== frame N (key K of M: NAME) ===…` (`line L: NAME` for a script), longer than \
            the screen is wide, so it cannot be mistaken for a line of the screen. With \
            --frames last only the final screen is printed, with no separator. The output is \
            the same on every run.

            KEYS is a space-separated list: single characters stand for themselves (l h ] [ \
            g G i : p + - ? q e u), names for special keys (right left up down home end enter \
            space backspace esc tab backtab ctrl-l ...), and `tick` for one beat of the playback \
            clock: `p tick tick` plays two steps. Quote text to type: ": \\"12\\" enter". A demo \
            script (--script, see docs/demo-scripts.md) adds `wait SECONDS` and \
            `caption "TEXT"`, and plays by itself while the stepper plays.

            Quizzes are asked as in `open`: type the answer as text, `type:0.3775 enter` or \
            `"0.3775" enter`; `s` skips; --no-quiz (or --set, --presenter or --script) turns them off. Replay reads and \
            saves no progress unless --progress DIR names a folder for progress.json (then it \
            resumes like `open`, and --restart starts over).

            Formats: text (the default; ANSI colour with --color always), ansi (the first \
            frame in colour, then only what changed, for a terminal of the same size: `cat` it), asciicast (an \
            asciicast v2 recording for asciinema: keys --key-interval seconds apart, waits as \
            written). Symbols are Unicode unless --ascii is given (whatever the locale).
            """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, ansi, asciicast
    }

    @Argument(help: ArgumentHelp(LessonFile.argumentHelp), completion: LessonFile.completion)
    var lesson: String

    @Option(parsing: .unconditional, help: "The keys to press, such as \"l l ] h ? q\" (may start with -).")
    var keys: String?

    @Option(help: ArgumentHelp("A demo script to replay instead of --keys (docs/demo-scripts.md).", valueName: "file"),
            completion: .file())
    var script: String?

    @Option(help: "The screen size, COLSxROWS (at least 80x24 to show the stepper).")
    var size: String = "80x24"

    @Option(help: "Which screens to print: all or last.")
    var frames: FrameSelection = .all

    @Option(help: "Output format: text, ansi or asciicast.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Seconds between key presses in an asciicast recording (and in a script's timing).",
                               valueName: "seconds"))
    var keyInterval: Double = DemoSchedule.defaultKeyInterval

    @Flag(help: "Draw with ASCII characters and notation only.")
    var ascii = false

    @Option(help: ArgumentHelp("Colour: always, never, or auto (when writing to a terminal and NO_COLOR is unset); "
                               + "default: never for text, always for ansi and asciicast."))
    var color: ColorChoice?

    @OptionGroup var display: DisplayOptions

    @OptionGroup var edits: ValueEditOptions

    @Flag(name: .customLong("no-quiz"), help: "Do not ask the lesson's quizzes: every result shows at once.")
    var noQuiz = false

    @Option(help: ArgumentHelp("Read and save progress in this folder's progress.json (none by default).",
                               valueName: "dir"), completion: .directory)
    var progress: String?

    @Flag(help: "With --progress: start the lesson over instead of resuming.")
    var restart = false

    /// The largest screen replay lays out, in either direction.
    static let largestSide = 1000
    /// The longest time between key presses, in seconds.
    static let longestKeyInterval = 60.0

    mutating func validate() throws {
        guard let parsed = TerminalSize(parsing: size) else {
            throw ValidationError("--size must be COLSxROWS with whole numbers of at least 1, such as 80x24, not \"\(size)\"")
        }
        guard parsed.columns <= Self.largestSide, parsed.rows <= Self.largestSide else {
            throw ValidationError("--size may be at most \(Self.largestSide)x\(Self.largestSide), not \(size)")
        }
        if keys != nil, script != nil {
            throw ValidationError("give either --keys or --script, not both")
        }
        do {
            _ = try KeyScript(parsing: keys ?? "")
        } catch {
            throw ValidationError("--keys: \(error)")
        }
        guard keyInterval.isFinite, keyInterval > 0, keyInterval <= Self.longestKeyInterval else {
            throw ValidationError("--key-interval must be more than 0 and at most \(Int(Self.longestKeyInterval)) seconds, "
                                  + "not \(keyInterval)")
        }
        if format == .asciicast, frames == .last {
            throw ValidationError("--frames last cannot be used with --format asciicast: a recording holds every frame")
        }
    }

    func run() throws {
        let path = LessonFile.resolve(self.lesson)
        let lesson = try edits.apply(to: LessonFile.load(path))
        // validate() has checked both.
        let size = TerminalSize(parsing: self.size)!
        let demo = try script.map(DemoScriptFile.load) ?? DemoScript(keys: try KeyScript(parsing: keys ?? "").keys)
        let schedule = DemoSchedule(script: demo, keyInterval: keyInterval)
        let glyphs: GlyphSet = ascii ? .ascii : .unicode
        let (entries, _) = TutorSetup.library(extraFolders: [])
        let showing = display.presenter || script != nil
        let launch = TutorSetup.launch(of: lesson, path: path, entries: entries,
                                       asksQuizzes: TutorSetup.asksQuizzes(of: lesson, noQuiz: noQuiz, showing: showing),
                                       restarts: restart)
        // Progress is read and saved only in the folder --progress names.
        let (saved, effects, warnings) = TutorSetup.progress(folder: progress, showing: showing, standard: false)
        var program = TutorProgram(launch: launch, entries: entries, progress: saved,
                                   size: size, context: display.context(glyphs: glyphs), warnings: warnings,
                                   workingDirectory: TutorSetup.workingDirectory)
        let outcome: DemoReplay.Outcome
        switch format {
        case .text, .ansi:
            let colored = isColored(default: format == .ansi)
            let theme = colored ? display.effectiveTheme : .mono
            let sinkFormat: TextDemoSink.Format = format == .ansi ? .redraw(theme) : colored ? .ansi(theme) : .plain
            var sink = TextDemoSink(format: sinkFormat, separators: frames == .all && format == .text) {
                StandardOutput.write($0)
            }
            outcome = DemoReplay.run(&program, schedule: schedule, frames: frames, playbackClock: script != nil,
                                     into: &sink, effects: effects)
        case .asciicast:
            let theme = isColored(default: true) ? display.effectiveTheme : .mono
            var sink = try AsciicastFrameSink(size: size, title: lesson.title, theme: theme) { StandardOutput.write($0) }
            outcome = DemoReplay.run(&program, schedule: schedule, frames: frames, playbackClock: script != nil,
                                     into: &sink, effects: effects)
            if let error = sink.error {
                StandardError.write("error: the recording could not be written: \(error)\n")
                throw ExitCode.failure
            }
        }
        report(outcome)
    }

    /// Whether to write colour: `--color` when given, else `default`.
    private func isColored(default colored: Bool) -> Bool {
        guard let color else { return colored }
        return ColorMode.decide(color, environment: ProcessInfo.processInfo.environment,
                                outputIsTerminal: isatty(STDOUT_FILENO) == 1) == .color
    }

    /// A note on standard error when the stepper quit before the end.
    private func report(_ outcome: DemoReplay.Outcome) {
        guard outcome.eventsIgnored > 0, let first = outcome.firstIgnored else { return }
        if script != nil {
            StandardError.write("note: the stepper quit before line \(first.line) of the script, which was not replayed "
                                + "from there on\n")
        } else {
            StandardError.write("note: the stepper quit before the last \(outcome.eventsIgnored) key"
                                + (outcome.eventsIgnored == 1 ? "" : "s") + ", which were not replayed\n")
        }
    }
}

extension FrameSelection: ExpressibleByArgument {}

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
            step with its numbers, and a status line. Keys: → l space Enter next, ← h \
            Backspace back, ] [ phase, g G first/last, i next update, : jump, p play, + - \
            speed, Tab / Shift-Tab select a value, e edit it (what if?), u undo, Ctrl-L \
            redraw, ? help, q quit. Needs an interactive terminal; to print the same screens \
            as text, use `backprop replay`.

            --script FILE runs a demo script (docs/demo-scripts.md) unattended: its keys, \
            pauses and captions in real time. While it runs, space pauses and resumes it, \
            Enter stops it and hands the stepper over, q Esc or Ctrl-C quit. When the \
            script ends, so does the program.
            """
    )

    @Argument(help: "The lesson file (TOML).")
    var lesson: String

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var display: DisplayOptions

    @OptionGroup var edits: ValueEditOptions

    @Option(help: ArgumentHelp("Run this demo script unattended (docs/demo-scripts.md).", valueName: "file"))
    var script: String?

    @Option(help: ArgumentHelp("Seconds between a demo script's key presses.", valueName: "seconds"))
    var keyInterval: Double = DemoSchedule.defaultKeyInterval

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
        let lesson = try edits.apply(to: LessonFile.load(self.lesson))
        let demo = try script.map(DemoScriptFile.load).map { DemoSchedule(script: $0, keyInterval: keyInterval) }
        try Self.open(lesson, ascii: ascii, color: color, theme: display.effectiveTheme, presenter: display.presenter,
                      demo: demo)
    }

    /// Runs the stepper on `lesson` in the terminal (the demo first, when given), or explains
    /// why it cannot and exits 1.
    static func open(_ lesson: Lesson, ascii: Bool, color: ColorChoice, theme: Theme = .dark, presenter: Bool = false,
                     demo: DemoSchedule? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        let capabilities = TerminalCapabilities.decide(color: color, forceASCII: ascii, environment: environment,
                                                       outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let session: TerminalSession
        do {
            session = try TerminalSession.start(theme: theme, colorMode: capabilities.colorMode)
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
        defer { session.end() }
        let context = presenter ? RenderContext.presenter(glyphs: capabilities.glyphs) : RenderContext(glyphs: capabilities.glyphs)
        var program = StepperProgram(lesson: lesson, size: session.size, context: context)
        if let path = environment[firstFrameVariable] {
            TerminalRunner.drawFirstFrame(&program, in: session)
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            session.end()
            let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
            try? "\(nanoseconds)\n".write(toFile: path, atomically: false, encoding: .utf8)
            return
        }
        if let demo {
            guard DemoRunner.run(&program, schedule: demo, in: session) == .takenOver else { return }
        }
        TerminalRunner.run(&program, in: session)
    }
}

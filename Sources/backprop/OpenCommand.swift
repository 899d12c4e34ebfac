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
            speed, Ctrl-L redraw, ? help, q quit. Needs an interactive terminal; to print \
            the same screens as text, use `backprop replay`.
            """
    )

    @Argument(help: "The lesson file (TOML).")
    var lesson: String

    @Flag(help: "Draw with ASCII characters and notation only (the default when the locale is not UTF-8).")
    var ascii = false

    @Option(help: "Colour: auto (on a colour terminal unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    /// When set to a file path, `open` draws its first frame, gives the terminal back, writes
    /// the wall-clock time of that moment (nanoseconds since 1970) to the file and exits: the
    /// start-up benchmark (Benchmarks/ui.sh) compares it with the time it started the process.
    static let firstFrameVariable = "BACKPROP_FIRST_FRAME_FILE"

    func run() throws {
        try Self.open(LessonFile.load(lesson), ascii: ascii, color: color)
    }

    /// Runs the stepper on `lesson` in the terminal, or explains why it cannot and exits 1.
    static func open(_ lesson: Lesson, ascii: Bool, color: ColorChoice) throws {
        let environment = ProcessInfo.processInfo.environment
        let capabilities = TerminalCapabilities.decide(color: color, forceASCII: ascii, environment: environment,
                                                       outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let session: TerminalSession
        do {
            session = try TerminalSession.start(theme: .dark, colorMode: capabilities.colorMode)
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
        defer { session.end() }
        var program = StepperProgram(lesson: lesson, size: session.size, context: RenderContext(glyphs: capabilities.glyphs))
        if let path = environment[firstFrameVariable] {
            TerminalRunner.drawFirstFrame(&program, in: session)
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            session.end()
            let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
            try? "\(nanoseconds)\n".write(toFile: path, atomically: false, encoding: .utf8)
            return
        }
        TerminalRunner.run(&program, in: session)
    }
}

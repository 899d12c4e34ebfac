import Foundation
import Glibc
import Testing

/// `backprop open` on the worked example in a real terminal (a tmux pane at 80x24): what a
/// student sees as they step, the help, resizes, and that the terminal settings (`stty -g`)
/// are the same afterwards however the program ends.
@Suite(.serialized, .tmuxInstalled)
struct OpenEndToEndTests {
    /// Text of the first frame: the panel's formula for h1's weighted sum.
    static let firstFormula = "zₕ₁ = i₁·w₁ + i₂·w₂ + b₁"

    /// A pane running `backprop open` on the worked example (its pid in `pid`; with
    /// `--no-quiz` unless `quizzes`), recording the terminal settings before and after and
    /// the exit status (see ``TmuxPane/recording(_:columns:rows:)``).
    func openPane(prefix: String = "", suffix: String = "", quizzes: Bool = false, columns: Int = 80,
                  rows: Int = 24) throws -> TmuxPane {
        let binary = TmuxPane.backprop.path
        #expect(FileManager.default.isExecutableFile(atPath: binary), "no backprop binary at \(binary)")
        return try TmuxPane.recording("""
            sh -c 'echo $$ > "$1/pid"; exec \(prefix) "$2" open "$3" \(quizzes ? "" : "--no-quiz") \(suffix)' sh "$dir" '\(binary)' '\(try TmuxPane.workedExample())'
            """, columns: columns, rows: rows)
    }

    @Test func theDiagramFillsInAsTheStudentStepsAndQIsClean() throws {
        let pane = try openPane()
        // Step 1 computes h1's z = 0.05·0.15 + 0.1·0.2 + 0.35 = 0.3775; a is not known yet.
        let first = try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        #expect(first.contains("z     0.3775"))
        #expect(first.contains("step 1 of 33"))
        #expect(!first.contains("0.59327"), "h1's a is shown before it is computed")
        let running = try pane.terminalSettings()
        #expect(running != (try pane.file("before")), "open did not change the terminal modes")

        // Step 2: a = σ(0.3775) = 0.593269992… (Mazur's out_h1), shown to 6 digits.
        try pane.send("l")
        let second = try pane.waitForScreen("h1's activation") { $0.contains("step 2 of 33") }
        #expect(second.contains("a     0.59327"))
        #expect(second.contains("aₕ₁ = σ(zₕ₁)"))
        #expect(!second.contains("0.00877135"), "∂l/∂z of h1 is shown before the backward pass")

        // ] ] reaches the backward pass; 6 more steps reach ∂l/∂z of h1: 0.00877135 (Mazur).
        try pane.send("]", "]")
        try pane.waitForScreen("the backward pass") { $0.contains("backward pass │ step 10 of 33") }
        try pane.send("l", "l", "l", "l", "l")
        let backward = try pane.waitForScreen("∂l/∂z of h1") { $0.contains("step 15 of 33") }
        // 0.00877135 to the five digits an 80-column box has room for; the formula has it whole.
        #expect(backward.contains("∂l/∂z 0.0087714"))
        #expect(backward.contains("= 0.00877135"))
        #expect(backward.contains("∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁"))

        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
        #expect(!(try pane.capture()).contains(Self.firstFormula), "the alternate screen was not left")
    }

    @Test func theHelpListsEveryKeyAndClosesAgain() throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        try pane.send("?")
        let help = try pane.waitForScreen("the help") { $0.contains("Keys") && $0.contains("quit at once") }
        for action in ["next step", "previous step", "next phase", "first step", "last step", "next update",
                       "jump to that step", "play or pause", "faster or slower", "redraw the screen"] {
            #expect(help.contains(action), "the help does not say \(action)")
        }
        try pane.send("?")
        try pane.waitForScreen("the help closed") { !$0.contains("quit at once") && $0.contains(Self.firstFormula) }
        try pane.send("Escape")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test func aTinyWindowShowsTheSizeAndTheLessonResumesWhenLarger() throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        try pane.send("l")
        try pane.waitForScreen("step 2") { $0.contains("step 2 of 33") }
        try pane.resize(columns: 40, rows: 10)
        let small = try pane.waitForScreen("the size message") { $0.contains("need 80x24, have 40x10") }
        #expect(small.contains("terminal too small"))
        #expect(!small.contains("step 2 of 33"))
        try pane.send("l")
        try pane.resize(columns: 120, rows: 40)
        let large = try pane.waitForScreen("the lesson at 120x40") { $0.contains("step 2 of 33") }
        #expect(large.contains("aₕ₁ = σ(zₕ₁)"), "keys while too small moved the lesson unseen")
        #expect(large.contains("w₁ 0.15"), "at 120 columns the weights are on the edges")
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
    }

    @Test func playbackAdvancesByItself() throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        // At the default speed, one step a second.
        try pane.send("p")
        try pane.waitForScreen("playing") { $0.contains("playing, 1 step/s") }
        try pane.waitForScreen("the next step, by itself") { $0.contains("step 2 of 33") }
        try pane.send("p")
        let paused = try pane.waitForScreen("paused") { $0.contains("paused") }
        #expect(!paused.contains("step 1 of 33"))
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test func asciiAndNoColourShowTheSameLesson() throws {
        let pane = try openPane(suffix: "--ascii --color never")
        let screen = try pane.waitForScreen("the ASCII form") { $0.contains("z_h1 = i1 * w1 + i2 * w2 + b1") }
        #expect(screen.unicodeScalars.filter { !$0.isASCII }.isEmpty)
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test func anEscapeSequenceTheTerminfoEntryDoesNotNameIsNoEsc() throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        // ESC [ 9 9 ~ (no key of any terminfo entry) and ESC x (Alt-x): a message each, no quit.
        try pane.send("-H", "1b", "5b", "39", "39", "7e")
        try pane.waitForScreen("the unknown key's message") { $0.contains("The key esc [99~ does nothing here") }
        try pane.send("-H", "1b", "78")
        try pane.waitForScreen("Alt-x's message") { $0.contains("The key esc x does nothing here") }
        try pane.send("l")
        try pane.waitForScreen("the next step, so no byte of them was left to read as a key") { $0.contains("step 2 of 33") }
        try pane.send("Escape")
        #expect(try pane.waitForFile("status") == "0", "Esc alone still quits")
    }

    @Test(arguments: ["Escape", "C-c"])
    func quitKeysEndCleanly(key: String) throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        try pane.send(key)
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
    }

    /// Every signal whose default action ends the process: the usual ones, a crash, the
    /// user and timer signals, SIGPIPE, the resource limits and the real-time signals.
    @Test(arguments: [
        (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGSEGV, "SIGSEGV (a crash)"), (SIGUSR1, "SIGUSR1"),
        (SIGUSR2, "SIGUSR2"), (SIGALRM, "SIGALRM"), (SIGVTALRM, "SIGVTALRM"), (SIGPROF, "SIGPROF"),
        (SIGPIPE, "SIGPIPE"), (SIGXCPU, "SIGXCPU"), (SIGXFSZ, "SIGXFSZ"), (SIGSYS, "SIGSYS"), (SIGIO, "SIGIO"),
        (SIGPWR, "SIGPWR"), (SIGSTKFLT, "SIGSTKFLT"), (34, "SIGRTMIN"), (64, "SIGRTMAX"),
    ] as [(Int32, String)])
    func signalsRestoreTheTerminalThenEndTheProcessByTheSignal(signal: Int32, name: String) throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        let pid = try #require(pane.waitForFile("pid").flatMap { pid_t($0) })
        #expect(try pane.terminalSettings() != (try pane.file("before")))
        #expect(kill(pid, signal) == 0)
        // A shell reports a process ended by signal n as status 128 + n.
        #expect(try pane.waitForFile("status") == "\(128 + signal)", "after \(name)")
        #expect(try pane.file("after") == (try pane.file("before")), "after \(name)")
        #expect(!(try pane.capture()).contains(Self.firstFormula), "after \(name) the alternate screen was not left")
    }

    @Test(arguments: [
        ("env -u TERM", "", "TERM is not set"),
        ("env TERM=no-such-terminal", "", "terminal of type \"no-such-terminal\""),
        ("env TERM=dumb", "", "terminal of type \"dumb\""),
        ("", "< /dev/null", "standard input is not one"),
    ])
    func refusesWithoutAUsableTerminal(prefix: String, suffix: String, reason: String) throws {
        let pane = try openPane(prefix: prefix, suffix: suffix)
        #expect(try pane.waitForFile("status") == "1")
        let screen = try pane.capture(joiningWrappedLines: true)
        #expect(screen.contains(reason))
        #expect(screen.contains("backprop replay"))
        #expect(try pane.file("after") == (try pane.file("before")))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "bash is needed for job control"))
    func ctrlZSuspendsAndFgResumesWithAFullRepaint() throws {
        let pane = try TmuxPane(command: "PS1='ready$ ' exec /bin/bash --norc --noprofile -i")
        try pane.waitForScreen("the bash prompt") { $0.contains("ready$") }
        try pane.send("-l", "'\(TmuxPane.backprop.path)' open --no-quiz '\(try TmuxPane.workedExample())'")
        try pane.send("Enter")
        try pane.waitForScreen("the first step") { $0.contains(Self.firstFormula) }
        try pane.send("l")
        try pane.waitForScreen("step 2") { $0.contains("step 2 of 33") }

        try pane.send("C-z")
        let stopped = try pane.waitForScreen("the shell's report of the stopped job") { $0.contains("Stopped") }
        #expect(!stopped.contains("step 2 of 33"), "the alternate screen was not left on Ctrl-Z")

        try pane.send("fg", "Enter")
        let resumed = try pane.waitForScreen("the stepper repainted") { $0.contains("step 2 of 33") && $0.contains("aₕ₁ = σ(zₕ₁)") }
        #expect(!resumed.contains("Stopped"), "the screen was not repainted in full")
        try pane.send("l")
        try pane.waitForScreen("step 3 after resuming") { $0.contains("step 3 of 33") }

        try pane.send("q")
        try pane.waitForScreen("the prompt again") { $0.contains("ready$") && !$0.contains("step 3 of 33") }
        try pane.send("-l", "echo exit=$?")
        try pane.send("Enter")
        try pane.waitForScreen("the exit status") { $0.contains("exit=0") }
    }
}

/// `backprop open` and `backprop` without a terminal: a message and a failure status for
/// open, the lesson list for `backprop` alone; never an escape code.
struct WithoutATerminalTests {
    @Test func openRefusesWithAMessageAndWritesNoEscapeCodes() throws {
        let binary = TmuxPane.backprop
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no backprop binary at \(binary.path)")
        let run = try Subprocess.run(binary.path, ["open", try TmuxPane.workedExample()])
        #expect(run.termination == .exited(1))
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("standard output is not one"))
        #expect(run.errors.contains("backprop replay"))
        #expect(!run.errors.contains("\u{1B}"))
    }

    @Test func openReportsABadLessonBeforeLookingForATerminal() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-bad-\(UUID().uuidString).toml")
        try "title = 3\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Subprocess.run(TmuxPane.backprop.path, ["open", file.path])
        #expect(run.termination == .exited(65))
        #expect(run.errors.contains(file.lastPathComponent))
    }

    @Test func backpropAloneListsTheLessonsAndCommands() throws {
        let run = try Subprocess.run(TmuxPane.backprop.path, [])
        #expect(run.termination == .exited(0))
        #expect(run.output.contains(" 7  A full worked example\n"))
        #expect(run.output.contains("    not started · 8 quizzes\n"))
        #expect(run.output.contains("SUBCOMMANDS:\n  open "))
        #expect(run.output.contains("\n  replay                  Print the stepper's screens"))
        #expect(!run.output.contains("\u{1B}"))
    }
}

import Foundation
import Glibc
import Testing

/// `backprop _terminal-demo` in a real terminal (a tmux pane): what the user sees, what keys
/// and resizes do, and that the terminal settings (`stty -g`) are the same afterwards however
/// the program ends.
@Suite(.serialized, .enabled(if: TmuxPane.isAvailable,
                             "tmux is not installed, so the end-to-end terminal tests are skipped (apt-get install tmux)"))
struct TerminalDemoEndToEndTests {
    static let title = "backprop terminal demo"

    /// A pane whose script records the terminal settings, runs the demo (its pid in `pid`),
    /// then records its exit status and the settings again. The script's shell ignores the
    /// SIGINT that Ctrl-C sends the whole foreground process group, as an interactive shell would.
    func demoPane(prefix: String = "", suffix: String = "", columns: Int = 80, rows: Int = 24) throws -> TmuxPane {
        let binary = TmuxPane.backprop.path
        #expect(FileManager.default.isExecutableFile(atPath: binary), "no backprop binary at \(binary)")
        return try TmuxPane(columns: columns, rows: rows, command: """
            dir=$(dirname "$0")
            trap ':' INT
            stty -g > "$dir/before"
            sh -c 'echo $$ > "$1/pid"; exec \(prefix) "$2" _terminal-demo \(suffix)' sh "$dir" '\(binary)'
            code=$?
            stty -g > "$dir/after"
            echo $code > "$dir/status"
            exec sleep 600
            """)
    }

    func settings(_ pane: TmuxPane, _ name: String) throws -> String? {
        try String(contentsOf: pane.directory.appendingPathComponent(name), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func showsTheScreenReportsKeysFollowsResizesAndQuitsWithQ() throws {
        let pane = try demoPane()
        try pane.waitForScreen("the demo at 80x24") { $0.contains(Self.title) && $0.contains("size: 80x24") }
        let running = try pane.terminalSettings()
        #expect(running != (try settings(pane, "before")), "the demo did not change the terminal modes")

        try pane.send("x")
        try pane.waitForScreen("last key: x") { $0.contains("last key: x ") }
        try pane.send("Right")
        try pane.waitForScreen("last key: right") { $0.contains("last key: right") }

        try pane.resize(columns: 40, rows: 10)
        let small = try pane.waitForScreen("the size message") { $0.contains("need 80x24, have 40x10") }
        #expect(small.contains("terminal too small"))
        #expect(!small.contains(Self.title))

        try pane.resize(columns: 100, rows: 30)
        try pane.waitForScreen("the demo at 100x30") { $0.contains(Self.title) && $0.contains("size: 100x30") }

        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try settings(pane, "after") == (try settings(pane, "before")))
        #expect(!(try pane.capture()).contains(Self.title), "the alternate screen was not left")
    }

    @Test(arguments: ["Escape", "C-c"])
    func quitKeysEndCleanly(key: String) throws {
        let pane = try demoPane()
        try pane.waitForScreen("the demo") { $0.contains(Self.title) }
        try pane.send(key)
        #expect(try pane.waitForFile("status") == "0")
        #expect(try settings(pane, "after") == (try settings(pane, "before")))
    }

    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGSEGV, "SIGSEGV (a crash)")])
    func signalsRestoreTheTerminalThenEndTheProcessByTheSignal(signal: Int32, name: String) throws {
        let pane = try demoPane()
        try pane.waitForScreen("the demo") { $0.contains(Self.title) }
        let pid = try #require(pane.waitForFile("pid").flatMap { pid_t($0) })
        #expect(try pane.terminalSettings() != (try settings(pane, "before")))
        #expect(kill(pid, signal) == 0)
        // A shell reports a process ended by signal n as status 128 + n.
        #expect(try pane.waitForFile("status") == "\(128 + signal)", "after \(name)")
        #expect(try settings(pane, "after") == (try settings(pane, "before")), "after \(name)")
        #expect(!(try pane.capture()).contains(Self.title), "after \(name) the alternate screen was not left")
    }

    @Test(arguments: [
        ("env -u TERM", "", "TERM is not set"),
        ("env TERM=no-such-terminal", "", "terminal of type \"no-such-terminal\""),
        ("env TERM=dumb", "", "terminal of type \"dumb\""),
        ("", "< /dev/null", "standard input is not one"),
    ])
    func refusesWithoutAUsableTerminal(prefix: String, suffix: String, reason: String) throws {
        let pane = try demoPane(prefix: prefix, suffix: suffix)
        #expect(try pane.waitForFile("status") == "1")
        let screen = try pane.capture(joiningWrappedLines: true)
        #expect(screen.contains(reason))
        #expect(screen.contains("backprop replay"))
        #expect(try settings(pane, "after") == (try settings(pane, "before")))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "bash is needed for job control"))
    func ctrlZSuspendsAndFgResumesWithAFullRepaint() throws {
        let pane = try TmuxPane(command: "PS1='ready$ ' exec /bin/bash --norc --noprofile -i")
        try pane.waitForScreen("the bash prompt") { $0.contains("ready$") }
        try pane.send("-l", "'\(TmuxPane.backprop.path)' _terminal-demo")
        try pane.send("Enter")
        try pane.waitForScreen("the demo") { $0.contains(Self.title) }
        try pane.send("x")
        try pane.waitForScreen("last key: x") { $0.contains("last key: x ") }

        try pane.send("C-z")
        let stopped = try pane.waitForScreen("the shell's report of the stopped job") { $0.contains("Stopped") }
        #expect(!stopped.contains(Self.title), "the alternate screen was not left on Ctrl-Z")

        try pane.send("fg", "Enter")
        let resumed = try pane.waitForScreen("the demo repainted") {
            $0.contains(Self.title) && $0.contains("last key: x ") && $0.contains("size: 80x24")
        }
        #expect(!resumed.contains("Stopped"), "the screen was not repainted in full")
        try pane.send("y")
        try pane.waitForScreen("last key: y after resuming") { $0.contains("last key: y ") }

        try pane.send("q")
        try pane.waitForScreen("the prompt again") { $0.contains("ready$") && !$0.contains(Self.title) }
        try pane.send("-l", "echo exit=$?")
        try pane.send("Enter")
        try pane.waitForScreen("the exit status") { $0.contains("exit=0") }
    }
}

/// The demo with its output redirected: no terminal, so a message and a failure status.
struct RedirectedOutputTests {
    @Test func refusesWithAMessageAndWritesNoEscapeCodes() throws {
        let binary = TmuxPane.backprop
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no backprop binary at \(binary.path)")
        let run = try Subprocess.run(binary.path, ["_terminal-demo"])
        #expect(run.termination == .exited(1))
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("standard output is not one"))
        #expect(run.errors.contains("backprop replay"))
        #expect(!run.errors.contains("\u{1B}"))
    }
}

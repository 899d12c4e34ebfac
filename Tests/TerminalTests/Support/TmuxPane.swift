import Foundation
import Testing

/// A detached tmux session on its own server, running one command in one pane, for driving
/// the built `backprop` binary like a user would.
final class TmuxPane {
    /// Where tmux is, if it is installed.
    static let tmuxPath: String? = executable(named: "tmux")

    /// Whether the end-to-end tests can run.
    static var isAvailable: Bool { tmuxPath != nil }

    /// The `backprop` executable next to the test bundle, in `.build/<triple>/debug/`.
    static let backprop: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("backprop")
    }()

    /// The repository's `lessons/` folder.
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

    /// The path of the shipped worked-example lesson (its file name ends in `worked-example.toml`).
    static func workedExample() throws -> String { try lesson(endingWith: "worked-example.toml") }

    /// The path of the first shipped lesson whose file name ends in `suffix`.
    static func lesson(endingWith suffix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: lessons.path)
        let name = try #require(names.sorted().first { $0.hasSuffix(suffix) }, "no lesson ending in \(suffix) in \(lessons.path)")
        return lessons.appendingPathComponent(name).path
    }

    /// A scratch directory for this pane's files (and the tmux server's socket).
    let directory: URL
    private let socket: String

    /// Starts `command` (run by `sh -c`) in a `columns` × `rows` pane with a UTF-8 locale and
    /// `XDG_STATE_HOME` in the scratch directory (so progress is saved there, never in the
    /// user's own file).
    init(columns: Int = 80, rows: Int = 24, command: String) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("backprop-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("tmux.socket").path
        let script = directory.appendingPathComponent("pane.sh")
        let state = directory.appendingPathComponent("state").path
        try ("export LANG=C.UTF-8 LC_ALL= XDG_STATE_HOME='\(state)'\n" + command + "\n")
            .write(to: script, atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "main", "sh \(script.path)"])
    }

    /// A `columns` × `rows` pane whose script records the terminal settings (`stty -g`) in
    /// the file `before`, runs `command` (one shell line; `$dir` is the scratch directory),
    /// then records its exit status in `status` and the settings again in `after`, and idles
    /// so the last screen stays. The script's shell ignores the SIGINT that Ctrl-C sends the
    /// whole foreground process group, as an interactive shell would.
    static func recording(_ command: String, columns: Int = 80, rows: Int = 24) throws -> TmuxPane {
        try TmuxPane(columns: columns, rows: rows, command: """
            dir=$(dirname "$0")
            trap ':' INT
            stty -g > "$dir/before"
            \(command)
            code=$?
            stty -g > "$dir/after"
            echo $code > "$dir/status"
            exec sleep 600
            """)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// The text the pane shows now; with `joiningWrappedLines`, a line the terminal wrapped
    /// comes back as one line (for messages longer than the pane is wide); with `escapes`,
    /// with the SGR codes of its colours and attributes.
    func capture(joiningWrappedLines: Bool = false, escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"] + (joiningWrappedLines ? ["-J"] : []) + (escapes ? ["-e"] : []))
    }

    /// Presses keys, in tmux's names (`Right`, `Escape`, `C-c`) or as literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Resizes the window, as a user dragging the terminal's corner.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The terminal device of the pane, such as `/dev/pts/3`.
    func terminalDevice() throws -> String {
        try tmux(["display-message", "-p", "-t", "main", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pane terminal's settings now, as `stty -g` prints them.
    func terminalSettings() throws -> String {
        try Subprocess.run("/bin/sh", ["-c", "stty -g < \(try terminalDevice())"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The contents of the file `name` the pane's script wrote, without surrounding white space.
    func file(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`, returning it; records an issue with the
    /// last screen seen if it never does (the deadline only bounds a hang, it measures nothing).
    @discardableResult
    func waitForScreen(_ what: String, joiningWrappedLines: Bool = false,
                       sourceLocation: SourceLocation = #_sourceLocation,
                       _ condition: (String) -> Bool) throws -> String {
        var screen = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            screen = try capture(joiningWrappedLines: joiningWrappedLines)
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the screen never showed \(what); last screen:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    /// Waits until the pane's script writes `name` in the scratch directory, and returns its
    /// contents without surrounding white space (nil, with an issue recorded, if it never does).
    func waitForFile(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        let url = directory.appendingPathComponent(name)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let text = try? String(contentsOf: url, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the pane never wrote \(name); last screen:\n\((try? capture()) ?? "")", sourceLocation: sourceLocation)
        return nil
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Subprocess.run(Self.tmuxPath ?? "tmux", ["-S", socket, "-f", "/dev/null", "-u"] + arguments).output
    }

    private static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a suite only where tmux is installed, saying so when it is skipped.
    static var tmuxInstalled: Self {
        .enabled(if: TmuxPane.isAvailable,
                 "tmux is not installed, so the end-to-end terminal tests are skipped (apt-get install tmux)")
    }
}

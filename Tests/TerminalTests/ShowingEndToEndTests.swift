import Foundation
import Testing

/// `backprop open --presenter` and `open --script` in a real terminal are for showing: no
/// quiz, and the student's saved progress neither read nor written unless `--progress`
/// names a folder.
@Suite(.serialized, .tmuxInstalled)
struct ShowingEndToEndTests {
    /// A pane running `backprop open` on the worked example with `arguments` (no `--no-quiz`:
    /// showing alone must turn quizzes off), with `XDG_STATE_HOME` set to `state`.
    func openPane(_ arguments: String, state: String) throws -> TmuxPane {
        try TmuxPane.recording("env XDG_STATE_HOME='\(state)' '\(TmuxPane.backprop.path)' open "
                               + "'\(try TmuxPane.workedExample())' \(arguments)")
    }

    /// A fresh folder for `XDG_STATE_HOME`.
    func stateFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("backprop-state-\(UUID().uuidString)").path
    }

    /// Writes a demo script and returns its path.
    func script(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-demo-\(UUID().uuidString).demo")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aRehearsalDoesNotMoveWhereThePresenterStarts() throws {
        let state = stateFolder()
        // The rehearsal: a student's run (quizzes off) left at step 6.
        let rehearsal = try openPane("--no-quiz", state: state)
        try rehearsal.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        try rehearsal.send(":", "6", "Enter")
        try rehearsal.waitForScreen("step 6") { $0.contains("step 6 of 33") }
        try rehearsal.send("q")
        #expect(try rehearsal.waitForFile("status") == "0")
        let saved = try String(contentsOfFile: state + "/backprop/progress.json", encoding: .utf8)
        #expect(saved.contains("\"step\" : 5"), "the rehearsal was not saved, so the test proves nothing")

        // The lecture: first step, no quiz, no word of the rehearsal.
        let lecture = try openPane("--presenter", state: state)
        let first = try lecture.waitForScreen("the lecture's first step") { $0.contains("step 1 of 33") }
        #expect(!first.contains("Resumed"))
        #expect(!first.contains("Quiz 1"))
        #expect(first.contains("= 0.05·0.15 + 0.1·0.2 + 0.35"), "quiz 1 hides the first result")
        try lecture.send("l", "l")
        try lecture.waitForScreen("step 3") { $0.contains("step 3 of 33") }
        try lecture.send("q")
        #expect(try lecture.waitForFile("status") == "0")
        #expect(try String(contentsOfFile: state + "/backprop/progress.json", encoding: .utf8) == saved,
                "the lecture wrote over the student's progress")
    }

    @Test func aDemoScriptSavesNoProgressUnlessAsked() throws {
        let state = stateFolder()
        let path = try script("l l\nwait 0.3\nG\nwait 0.3")
        let demo = try openPane("--script '\(path)' --key-interval 0.1", state: state)
        try demo.waitForScreen("the last step") { $0.contains("step 33 of 33") }
        #expect(try demo.waitForFile("status") == "0")
        #expect(!FileManager.default.fileExists(atPath: state + "/backprop/progress.json"), "the demo saved progress")

        let folder = stateFolder()
        let kept = try openPane("--script '\(path)' --key-interval 0.1 --progress '\(folder)'", state: state)
        #expect(try kept.waitForFile("status") == "0")
        let saved = try String(contentsOfFile: folder + "/progress.json", encoding: .utf8)
        #expect(saved.contains("\"worked-example\""))
        #expect(!FileManager.default.fileExists(atPath: state + "/backprop/progress.json"))
    }

    /// A light pane (tmux answers OSC 11 with its window style's background) gets the light
    /// presenter palette (black text, SGR 30) and a default one the dark (bright white, SGR
    /// 97); `--theme` overrides what the terminal says.
    @Test(arguments: [("fg=black,bg=white", "", true), ("default", "", false), ("fg=black,bg=white", "--theme dark", false),
                      ("default", "--theme light", true)])
    func thePresenterPaletteFollowsTheTerminalsBackground(style: String, theme: String, light: Bool) throws {
        let tmux = try #require(TmuxPane.tmuxPath)
        let pane = try TmuxPane.recording("'\(tmux)' set window-style '\(style)'; env -u COLORFGBG -u NO_COLOR "
                                          + "TERM=xterm-256color '\(TmuxPane.backprop.path)' open "
                                          + "'\(try TmuxPane.workedExample())' --presenter \(theme)", columns: 100, rows: 30)
        try pane.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        let screen = try pane.capture(escapes: true)
        // Black (SGR 30) for most text on a light background, bright white (97) on a dark one.
        let black = screen.components(separatedBy: "\u{1B}[30m").count, white = screen.components(separatedBy: "\u{1B}[97m").count
        #expect((black > 3 * white) == light && (white > 3 * black) == !light, "\(black) black, \(white) bright white")
        #expect(!screen.contains("]11;"), "the terminal's reply leaked onto the screen")
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
    }
}

import Foundation
import Glibc
import Testing

/// The instructor's features in a real terminal (tmux): a what-if edit typed at the keyboard
/// and undone, `--set`, demo scripts run unattended (and paused, taken over), and the
/// Okabe–Ito theme in 256 colours or in the basic ones.
@Suite(.serialized, .tmuxInstalled)
struct InstructorEndToEndTests {
    /// A pane running `backprop open` on the worked example with `arguments`, recording the
    /// terminal settings before and after and the exit status.
    func openPane(_ arguments: String = "", environment: String = "", columns: Int = 80, rows: Int = 24) throws -> TmuxPane {
        try TmuxPane.recording("\(environment) '\(TmuxPane.backprop.path)' open '\(try TmuxPane.workedExample())' --no-quiz \(arguments)",
                               columns: columns, rows: rows)
    }

    /// Writes a demo script next to the pane's files and returns its path.
    func script(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-demo-\(UUID().uuidString).demo")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func anEditTypedInTheTerminalChangesTheValueAndUIsUndo() throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        try pane.send(":", "5", "Enter")
        try pane.waitForScreen("o1's weighted sum") { $0.contains("step 5 of 33") }
        for _ in 0..<9 { try pane.send("Tab") }
        try pane.waitForScreen("w₅ selected") { $0.contains("w₅ = 0.4 (h1 → o1)") }
        try pane.send("e")
        try pane.waitForScreen("the edit prompt") { $0.contains("Edit w₅ (h1 → o1), now 0.4: _") }
        try pane.send("-l", "0.9")
        try pane.send("Enter")
        // 0.593269992·0.9 + 0.596884378·0.45 + 0.6 = 1.40254096.
        let edited = try pane.waitForScreen("the changes") { $0.contains("What if w₅ = 0.9 (was 0.4)") }
        #expect(edited.contains("zₒ₁: 1.10591 → 1.40254"))
        #expect(edited.contains("z     ↑1.40254"))
        #expect(edited.contains("= 0.59327·0.9 + 0.596884·0.45 + 0.6"))
        try pane.send("u")
        let undone = try pane.waitForScreen("the undo") { $0.contains("Undone: w₅ = 0.4 again (was 0.9)") }
        #expect(undone.contains("z     ↓1.10591"))
        #expect(undone.contains("= 0.59327·0.4 + 0.596884·0.45 + 0.6"))
        try pane.send("Escape")
        try pane.waitForScreen("the selection gone") { $0.contains("A full worked example") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
    }

    @Test func refusedInputStaysOnScreenWithItsReason() throws {
        let pane = try openPane()
        try pane.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        try pane.send("BTab", "e", "0", "Enter")
        let refused = try pane.waitForScreen("the refusal") { $0.contains("the learning rate must be greater than 0") }
        #expect(refused.contains("Edit η (learning rate), now 0.5: 0_"))
        // Esc cancels the edit, Esc again ends the selection, q quits.
        try pane.send("Escape")
        try pane.waitForScreen("the prompt closed") { $0.contains("Edit cancelled") }
        try pane.send("Escape")
        try pane.waitForScreen("the selection gone") { $0.contains("A full worked example") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test func setStartsFromEditedValues() throws {
        let pane = try openPane("--set w5=0.9")
        try pane.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        try pane.send(":", "5", "Enter")
        try pane.waitForScreen("o1's weighted sum with w₅ = 0.9") { $0.contains("= 1.40254") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test func aScriptRunsUnattendedToItsEndAndGivesTheTerminalBack() throws {
        let path = try script("""
            caption "A demo in the terminal"
            wait 1
            l l
            wait 0.5
            caption off
            wait 0.3
            """)
        let pane = try openPane("--script '\(path)' --key-interval 0.2")
        try pane.waitForScreen("the caption") { $0.contains("A demo in the terminal") }
        try pane.waitForScreen("the steps the script pressed") { $0.contains("step 3 of 33") }
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
        #expect(!(try pane.capture()).contains("step 3 of 33"), "the alternate screen was not left")
    }

    @Test func spacePausesADemoAndQQuits() throws {
        let path = try script("caption \"Long demo\"\nwait 60\nl")
        let pane = try openPane("--script '\(path)'")
        try pane.waitForScreen("the caption") { $0.contains("Long demo") }
        try pane.send("Space")
        try pane.waitForScreen("paused") { $0.contains("Demo paused: space resumes, Enter takes over, q quits") }
        try pane.send("Space")
        try pane.waitForScreen("resumed") { $0.contains("Long demo") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
    }

    @Test func enterHandsTheStepperOver() throws {
        let path = try script("l\ncaption \"Watch\"\nwait 60")
        let pane = try openPane("--script '\(path)' --key-interval 0.1")
        try pane.waitForScreen("the caption") { $0.contains("Watch") && $0.contains("step 2 of 33") }
        try pane.send("Enter")
        try pane.waitForScreen("the caption gone") { !$0.contains("Watch") && $0.contains("A full worked example") }
        try pane.send("l")
        try pane.waitForScreen("a step by hand") { $0.contains("step 3 of 33") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test(arguments: [("xterm-256color", true), ("xterm", false)])
    func okabeItoUsesTwoHundredFiftySixColoursWhenTheTerminalHasThem(term: String, has256: Bool) throws {
        // NO_COLOR would turn colour off (the test runner may set it).
        let pane = try openPane("--theme okabe-ito", environment: "env -u NO_COLOR TERM=\(term)")
        try pane.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        let screen = try pane.capture(escapes: true)
        // The forward pass is sky blue: entry 74, or cyan where there are 8 colours.
        #expect(screen.contains("38;5;74") == has256, "\(term)")
        if !has256 { #expect(screen.contains("36m") && !screen.contains("38;5;")) }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    @Test func presenterModeFitsEightyByTwentyFour() throws {
        let pane = try openPane("--presenter")
        let screen = try pane.waitForScreen("the first step") { $0.contains("step 1 of 33") }
        #expect(screen.contains("= 0.05·0.15 + 0.1·0.2 + 0.35"))
        try pane.send("l")
        try pane.waitForScreen("a to 4 digits") { $0.contains("a     0.5933") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }
}

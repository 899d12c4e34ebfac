import Foundation
import Testing

/// The training view in a real terminal (a tmux pane at 120x40): `t` opens it on XOR, it
/// trains by itself, the loop's measured updates per second appear, keys still act while it
/// plays at full speed, `s` drops into the stepper on the training's weights, `t` goes back,
/// and `q` quits with the terminal's settings restored. Nothing here measures speed.
@Suite(.serialized, .tmuxInstalled)
struct TrainingViewEndToEndTests {
    /// The update count on the training view's status line (`update 12,345 │`).
    static func updates(in screen: String) -> Int? {
        guard let range = screen.range(of: #"update [0-9,]+ │"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst(7).dropLast(2).replacingOccurrences(of: ",", with: ""))
    }

    /// `value` with commas between groups of three digits, as the status line writes it.
    static func grouped(_ value: Int) -> String {
        var digits = String(value), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits = String(digits.dropLast(3))
        }
        return digits + out
    }

    /// A pane running `backprop open` on XOR, recording the terminal settings before and
    /// after and the exit status (see ``TmuxPane/recording(_:columns:rows:)``).
    func openPane() throws -> TmuxPane {
        try TmuxPane.recording("'\(TmuxPane.backprop.path)' open '\(try TmuxPane.lesson(endingWith: "-xor.toml"))'",
                               columns: 120, rows: 40)
    }

    @Test func tTrainsLiveSOpensTheStepperTReturnsAndQQuitsCleanly() throws {
        let pane = try openPane()
        try pane.waitForScreen("the stepper") { $0.contains("step 1 of 55") }
        try pane.send("t")
        let opened = try pane.waitForScreen("the training view") {
            $0.contains("Decision boundary") && $0.contains("Gradient size per layer")
        }
        #expect(Self.updates(in: opened) == 0)
        #expect(opened.contains("paused"))

        // Playing: the count grows by itself and the loop's measured rate appears.
        try pane.send("p")
        let playing = try pane.waitForScreen("training running with a measured rate") {
            ($0.contains("updates/s") && (Self.updates(in: $0) ?? 0) > 200)
        }
        #expect(playing.contains("playing, 100 updates/frame"))
        let before = Self.updates(in: playing) ?? 0
        try pane.waitForScreen("more updates") { (Self.updates(in: $0) ?? 0) > before }

        // At full speed, keys are still heard between frames.
        try pane.send("+", "+", "+")
        try pane.waitForScreen("full speed") { $0.contains("playing, full speed") }
        try pane.send("p")
        let paused = try pane.waitForScreen("paused again") { $0.contains("│ paused") }
        let made = try #require(Self.updates(in: paused))

        // s: the stepper on update made + 1; t: back to the same training.
        try pane.send("s")
        let stepper = try pane.waitForScreen("the stepper on the training's weights") {
            $0.contains("forward pass │ step 1 of 55")
        }
        let grouped = Self.grouped(made), next = Self.grouped(made + 1)
        #expect(stepper.contains("update \(next)"), "the stepper is not on update \(next)")
        #expect(!stepper.contains("Decision boundary"))
        try pane.send("t")
        try pane.waitForScreen("the training view where it was") {
            $0.contains("Decision boundary") && $0.contains("update \(grouped) │")
        }

        try pane.send("t")
        try pane.waitForScreen("the stepper again") { $0.contains("step 1 of 55") && !$0.contains("Decision boundary") }
        // q there goes back to the lesson's own stepper (update 1 of the lesson), q again quits.
        try pane.send("q")
        try pane.waitForScreen("the lesson's own stepper") { $0.contains("Back in the lesson at step 1 of update 1") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")), "the terminal settings were not restored")
        #expect(!(try pane.capture()).contains("Decision boundary"), "the alternate screen was not left")
    }

    @Test func qInsideTheTrainingViewGoesBackAndCtrlCQuitsAtOnce() throws {
        let pane = try openPane()
        try pane.waitForScreen("the stepper") { $0.contains("step 1 of 55") }
        try pane.send("t", "p")
        try pane.waitForScreen("training running") { (Self.updates(in: $0) ?? 0) > 0 }
        try pane.send("q")
        try pane.waitForScreen("the stepper after q") { $0.contains("step 1 of 55") && !$0.contains("Decision boundary") }
        try pane.send("t")
        try pane.waitForScreen("the training view") { $0.contains("Decision boundary") }
        try pane.send("C-c")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")))
    }
}

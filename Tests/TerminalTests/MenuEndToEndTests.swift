import Foundation
import Testing

/// `backprop` alone in a real terminal (a tmux pane at 80x24): the lesson menu, a lesson
/// opened from it, a quiz answered by typing, q back to the menu showing the progress, q to
/// the shell with the terminal as it was; and `backprop list` saying the same afterwards.
/// Progress goes to the pane's own scratch folder (`XDG_STATE_HOME`), never the user's.
@Suite(.serialized, .tmuxInstalled)
struct MenuEndToEndTests {
    /// A pane running `backprop` alone, recording the terminal settings before and after and
    /// the exit status.
    func menuPane() throws -> TmuxPane {
        try TmuxPane.recording("'\(TmuxPane.backprop.path)'")
    }

    @Test func theMenuOpensALessonAQuizIsAnsweredByTypingAndQComesBack() throws {
        let pane = try menuPane()
        let menu = try pane.waitForScreen("the menu") { $0.contains(" Lessons") && $0.contains("A full worked example") }
        #expect(menu.contains("▸   1  Gradient descent on one parameter"), "nothing started: lesson 1 is selected")
        #expect(menu.contains("0 of 14 done") || menu.contains("of 1"), "the heading counts the lessons done")
        #expect(menu.contains("Enter open"))

        try pane.send("Enter")
        try pane.waitForScreen("lesson 1") { $0.contains("step 1 of 7") && $0.contains("update 1 of 4") }
        // G walks on until the first quiz: the slope ∂l/∂w₁ = x₁·(y − t) = 1·(−1 − 1) = −2.
        try pane.send("G")
        let quiz = try pane.waitForScreen("quiz 1") { $0.contains("Quiz 1 of 3") && $0.contains("Your answer: _") }
        #expect(quiz.contains("= ?"))
        #expect(quiz.contains("Stopped at a quiz"))
        try pane.send("-l", "--", "-2")
        try pane.waitForScreen("the answer typed") { $0.contains("Your answer: -2_") }
        try pane.send("Enter")
        let answered = try pane.waitForScreen("the verdict") { $0.contains("Right!") }
        #expect(answered.contains("= −2"))

        try pane.send("q")
        let back = try pane.waitForScreen("the menu again") { $0.contains(" Lessons") && $0.contains("in progress") }
        #expect(back.contains("in progress (update 1 of 4, step 6 of 7) · quizzes 1/3"))
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
        #expect(try pane.file("after") == (try pane.file("before")), "the terminal settings were not restored")
        #expect(!(try pane.capture()).contains(" Lessons"), "the alternate screen was not left")

        // `backprop list` reads the same progress and says the same.
        let list = try Subprocess.run(TmuxPane.backprop.path, ["list"],
                                      environment: ["XDG_STATE_HOME": pane.directory.appendingPathComponent("state").path])
        #expect(list.termination == .exited(0))
        let lines = list.output.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex(of: "  1  Gradient descent on one parameter"))
        #expect(lines[first + 2] == "     in progress (update 1 of 4, step 6 of 7) · quizzes 1/3")
    }

    @Test func aBrokenLessonCannotBeOpenedFromTheMenu() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "title = \"Mine\"\nloss = 3\n".write(to: folder.appendingPathComponent("mine.toml"), atomically: true,
                                                  encoding: .utf8)
        let pane = try TmuxPane.recording("'\(TmuxPane.backprop.path)' --lessons '\(folder.path)'")
        try pane.waitForScreen("the menu") { $0.contains(" Lessons") }
        try pane.send("G")
        try pane.waitForScreen("the broken lesson") { $0.contains("Does not load: mine.toml") }
        try pane.send("Enter")
        try pane.waitForScreen("why it cannot be opened") { $0.contains("mine.toml does not load") }
        try pane.send("q")
        #expect(try pane.waitForFile("status") == "0")
    }

    /// The menu holds the terminal as a lesson does: a signal that ends the process restores it first.
    @Test(arguments: [SIGUSR1, SIGALRM, SIGPIPE] as [Int32])
    func signalsRestoreTheTerminalInTheMenu(signal: Int32) throws {
        let pane = try TmuxPane.recording("""
            sh -c 'echo $$ > "$1/pid"; exec "$2"' sh "$dir" '\(TmuxPane.backprop.path)'
            """)
        try pane.waitForScreen("the menu") { $0.contains(" Lessons") }
        let pid = try #require(pane.waitForFile("pid").flatMap { pid_t($0) })
        #expect(kill(pid, signal) == 0)
        #expect(try pane.waitForFile("status") == "\(128 + signal)")
        #expect(try pane.file("after") == (try pane.file("before")))
        #expect(!(try pane.capture()).contains(" Lessons"), "the alternate screen was not left")
    }
}

import Foundation
import Testing

/// `backprop replay` answering quizzes as a key script types them: right, wrong then right,
/// skipped, and with quizzes off; progress only with `--progress`.
///
/// The worked example's quiz 1 asks for zₕ₁ = 0.05·0.15 + 0.1·0.2 + 0.35 = 0.3775 (Mazur's
/// net_h1), on the first step.
struct ReplayQuizTests {
    static let workedExample = ExportCommandTests.workedExample

    /// The last frame after `keys`, with `extra` arguments.
    func lastFrame(_ keys: String, _ extra: [String] = [], environment: [String: String]? = nil) throws -> String {
        let result = try BackpropProcess.run(["replay", Self.workedExample, "--keys", keys, "--frames", "last"] + extra,
                                             environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test func theFirstFrameHidesTheResultAndAsks() throws {
        let frame = try lastFrame("")
        #expect(frame.contains(" = ?\n"), "the formula's result is asked for")
        #expect(frame.contains("z     ?"))
        #expect(!frame.contains("0.3775"))
        #expect(frame.contains("Quiz 1 of 8: What is zₕ₁ = x₁·w₁ + x₂·w₂ + b₁?"))
        // Predict, then reveal: the numbers to substitute are the student's to choose.
        #expect(!frame.contains("0.05·0.15"))
    }

    @Test func aQuizAnsweredRight() throws {
        let frame = try lastFrame("type:0.3775 enter")
        #expect(frame.contains("Right! zₕ₁ = 0.3775"))
        #expect(frame.contains(" = 0.3775\n"))
        #expect(frame.contains("z     0.3775"))
    }

    @Test func aQuizAnsweredWrongThenRightInQuotes() throws {
        let wrong = try lastFrame("\"0.5\" enter")
        #expect(wrong.contains("Not 0.5. Hint: zₕ₁ = 0.05·0.15 + 0.1·0.2 + 0.35"))
        #expect(wrong.contains("Second try: _"))
        #expect(!wrong.contains("0.3775"))
        let right = try lastFrame("\"0.5\" enter \"0.3775\" enter")
        #expect(right.contains("Right on the second try. zₕ₁ = 0.3775"))
        #expect(right.contains("z     0.3775"))
    }

    @Test func aQuizSkipped() throws {
        let frame = try lastFrame("s")
        #expect(frame.contains("Skipped. The answer: zₕ₁ = 0.3775"))
        let next = try lastFrame("s l")
        #expect(next.contains("step 2 of 33"))
    }

    @Test func nextDoesNotWalkPastAWaitingQuiz() throws {
        let frame = try lastFrame("l l")
        #expect(frame.contains("step 1 of 33"))
        #expect(frame.contains("First the quiz: type your answer and press Enter, or s to skip"))
    }

    @Test func noQuizShowsEveryResult() throws {
        let frame = try lastFrame("", ["--no-quiz"])
        #expect(frame.contains("      = 0.3775"))
        #expect(!frame.contains("Quiz 1 of 8"))
    }

    @Test func replayTouchesNoProgressUnlessAsked() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)").path
        _ = try lastFrame("type:0.3775 enter l l", environment: ["XDG_STATE_HOME": state])
        #expect(!FileManager.default.fileExists(atPath: state), "replay wrote to XDG_STATE_HOME")
    }

    @Test func withProgressReplayResumesWhereTheLastRunLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        _ = try lastFrame("type:0.3775 enter l l l l q", ["--progress", folder])
        let saved = try String(contentsOfFile: folder + "/progress.json", encoding: .utf8)
        #expect(saved.contains("\"worked-example\""))
        #expect(saved.contains("\"1\" : \"first_try\""))
        #expect(saved.contains("\"step\" : 4"))
        let resumed = try lastFrame("", ["--progress", folder])
        #expect(resumed.contains("step 5 of 33"))
        #expect(resumed.contains("Resumed at step 5 of 33"))
        let restarted = try lastFrame("", ["--progress", folder, "--restart"])
        #expect(restarted.contains("step 1 of 33"))
        #expect(restarted.contains(" = ?\n"), "starting over asks quiz 1 again")
    }

    @Test func presenterModeAsksNoQuiz() throws {
        let frame = try lastFrame("", ["--presenter"])
        #expect(frame.contains("= 0.3775"))
        #expect(!frame.contains("Quiz 1 of 8"))
    }

    @Test func startingOverWithoutQuizzesPromisesNone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        _ = try lastFrame("l l l q", ["--progress", folder, "--no-quiz"])
        let quizless = try lastFrame("", ["--progress", folder, "--restart", "--no-quiz"])
        #expect(quizless.contains("Starting over from the first step"))
        #expect(!quizless.contains("every quiz"))
        let quizzed = try lastFrame("", ["--progress", folder, "--restart"])
        #expect(quizzed.contains("Starting over: every quiz will be asked again"))
    }
}

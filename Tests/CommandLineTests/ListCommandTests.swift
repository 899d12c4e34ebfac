import Foundation
import Testing

/// `backprop list`: the lesson menu without a terminal, from any working directory.
struct ListCommandTests {
    /// A fresh folder for XDG_STATE_HOME.
    static func stateFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("state-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/backprop", withIntermediateDirectories: true)
        return path
    }

    static func titles() throws -> [String] {
        let folder = BackpropProcess.repository.appendingPathComponent("lessons").path
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }.sorted()
            .map { name in
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("title = ") })
                return String(line.dropFirst("title = \"".count).dropLast())
            }
    }

    @Test func listsEveryBuiltInLessonFromAnyDirectory() throws {
        let state = try Self.stateFolder()
        let result = try BackpropProcess.run(["list"], environment: ["XDG_STATE_HOME": state], directory: "/")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let titles = try Self.titles()
        #expect(titles.count >= 11)
        let titleLines = lines.filter { !$0.hasPrefix("    ") && !$0.isEmpty }
        #expect(titleLines.map { String($0.dropFirst(5)) } == titles)
        // Labels are right-aligned to the widest, 12b: three columns.
        #expect(titleLines.prefix(3) == ["  1  Gradient descent on one parameter", " 1b  When the learning rate is too large",
                                         "  2  One neuron, forward"])
        #expect(lines[1] == "     θ₁ = θ₀ − η∇L(θ₀) on a single weight: w₁ walks down the loss, one update at a time.")
        #expect(lines[2] == "     not started · 3 quizzes")
        #expect(lines.filter { $0.hasPrefix("     not started") }.count == titles.count)
    }

    /// `backprop` with no terminal (standard input empty): the lessons, then every command
    /// with its abstract, as `--help` lists them.
    @Test func withoutATerminalTheBareCommandListsTheLessonsAndEveryCommand() throws {
        let state = try Self.stateFolder()
        let result = try BackpropProcess.run([], environment: ["XDG_STATE_HOME": state], directory: "/")
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        for title in try Self.titles() { #expect(text.contains(title), "missing lesson \(title)") }
        let help = try BackpropProcess.run(["--help"], environment: ["XDG_STATE_HOME": state])
        func commands(_ text: String) -> String {
            (text.components(separatedBy: "SUBCOMMANDS:").dropFirst().first ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(commands(help.standardOutput).contains("trace") && commands(help.standardOutput).contains("replay"))
        #expect(commands(text) == commands(help.standardOutput), "the overview lists the commands as --help does")
        #expect(text.range(of: "Lessons:")!.lowerBound < text.range(of: "SUBCOMMANDS:")!.lowerBound)
    }

    @Test func aMistypedCommandSaysWhichCommandsThereAre() throws {
        let typo = try BackpropProcess.run(["replya", "7"])
        #expect(typo.status == 64 && typo.standardOutput.isEmpty)
        #expect(typo.standardError.hasPrefix("error: replya is not a backprop command; did you mean replay? The commands: open, replay,"))
        let unknown = try BackpropProcess.run(["bogus"])
        #expect(unknown.status == 64 && unknown.standardError.hasPrefix("error: bogus is not a backprop command. The commands:"))
        #expect(!unknown.standardError.contains("Usage: backprop menu"), "no usage of a command the user did not ask for")
    }

    @Test func showsProgressAndScores() throws {
        let state = try Self.stateFolder()
        try """
            {"version": 1, "lessons": {
              "worked-example": {"status": "in_progress", "step": 12, "quizzes": {"1": "first_try", "2": "after_hint"}},
              "xor": {"status": "in_progress", "step": 999999, "quizzes": {}},
              "gradient-descent": {"status": "done", "step": 27, "quizzes": {"1": "first_try", "2": "first_try", "3": "skipped"}}}}
            """.write(toFile: state + "/backprop/progress.json", atomically: true, encoding: .utf8)
        let result = try BackpropProcess.run(["list"], environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 0 && result.standardError.isEmpty, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        // Lesson 1 has 3 quizzes: two right first time (2 points), one skipped.
        #expect(lines[2] == "     done · quizzes 2/3")
        // The worked example: 33 steps per update, one update; step index 12 is step 13 of 33;
        // 8 quizzes, one right first time (1) and one after a hint (½).
        let worked = try #require(lines.firstIndex(of: "  7  A full worked example"))
        #expect(lines[worked + 2] == "     in progress (step 13 of 33) · quizzes 1.5/8")
        // A step saved past the lesson's end (it changed since): opening it starts over.
        let xor = try #require(lines.firstIndex(of: "  8  Learning XOR"))
        #expect(lines[xor + 2] == "     in progress (the lesson changed: starts over) · 2 quizzes")
    }

    @Test func aCopyOfABuiltInLessonInAnotherFolderHasProgressOfItsOwn() throws {
        let state = try Self.stateFolder()
        try """
            {"version": 1, "lessons": {"worked-example": {"status": "done", "step": 32, "quizzes": {}}}}
            """.write(toFile: state + "/backprop/progress.json", atomically: true, encoding: .utf8)
        let text = try String(contentsOfFile: BackpropProcess.lesson("07-worked-example.toml"), encoding: .utf8)
        let copy = try BackpropProcess.temporaryFile("07-worked-example.toml", text)
        let folder = URL(fileURLWithPath: copy).deletingLastPathComponent().path
        let result = try BackpropProcess.run(["list", "--lessons", folder], environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let titles = lines.indices.filter { lines[$0].hasSuffix("  A full worked example") }
        #expect(titles.count == 2)
        #expect(lines[titles[0] + 2].hasPrefix("     done"), "the built-in lesson")
        #expect(lines[titles[1] + 2].hasPrefix("     not started"), "the copy in another folder")
    }

    @Test func extraFoldersFollowAndBrokenLessonsShowTheirFirstProblem() throws {
        let state = try Self.stateFolder()
        let broken = try BackpropProcess.temporaryFile("my-lesson.toml", "title = \"Mine\"\nloss = 3\n")
        let folder = URL(fileURLWithPath: broken).deletingLastPathComponent().path
        let result = try BackpropProcess.run(["list", "--lessons", folder, "--lessons", "/no/such/folder"],
                                             environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let count = try Self.titles().count
        #expect(lines.suffix(2) == [" \(count + 1)  my-lesson.toml",
                                    "     BROKEN: \(broken):2: loss: expected a string, found an integer"],
                "the first problem with a line, not the required keys it leaves missing")
        #expect(result.standardError == "warning: --lessons /no/such/folder: no such folder\n")
    }

    @Test func theEnvironmentCanPointAtAnotherLessonsFolder() throws {
        let state = try Self.stateFolder()
        let text = try String(contentsOfFile: BackpropProcess.lesson("12-batch-gradient.toml"), encoding: .utf8)
        let lesson = try BackpropProcess.temporaryFile("05-only.toml", text)
        let folder = URL(fileURLWithPath: lesson).deletingLastPathComponent().path
        let result = try BackpropProcess.run(["list"], environment: ["XDG_STATE_HOME": state, "BACKPROP_LESSONS": folder])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("5  The batch gradient: L over all samples\n"))
        #expect(result.standardOutput.split(separator: "\n").count == 3)
    }

    @Test func aCorruptProgressFileIsMovedAsideWithAWarning() throws {
        let state = try Self.stateFolder()
        let path = state + "/backprop/progress.json"
        try "{ broken".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try BackpropProcess.run(["list"], environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 0)
        // `{ broken`: the JSON breaks at the b, the third character.
        #expect(result.standardError.hasPrefix("warning: \(path): is not valid JSON ("))
        #expect(result.standardError.contains(" at line 1, column 3); moved it to \(path).corrupt-"))
        #expect(result.standardOutput.contains("not started"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let aside = try FileManager.default.contentsOfDirectory(atPath: state + "/backprop").filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
    }
}

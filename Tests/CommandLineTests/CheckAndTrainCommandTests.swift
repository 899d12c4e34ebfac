import Foundation
import Testing

/// `backprop check`, `backprop train` and `--version`, run as a user would run them.
struct CheckAndTrainCommandTests {
    @Test func checkPassesEveryShippedLesson() throws {
        let lessons = try FileManager.default.contentsOfDirectory(atPath: BackpropProcess.repository.appendingPathComponent("lessons").path)
            .filter { $0.hasSuffix(".toml") }.sorted().map(BackpropProcess.lesson)
        #expect(!lessons.isEmpty)
        let result = try BackpropProcess.run(["check"] + lessons)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").count == lessons.count)
        #expect(result.standardOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("ok ") })
    }

    @Test func checkReportsEveryProblemWithLineAndKeyAndExits65() throws {
        let text = try String(contentsOfFile: BackpropProcess.lesson("07-worked-example.toml"), encoding: .utf8)
            .replacingOccurrences(of: "learning_rate", with: "learning_rte")
        let bad = try BackpropProcess.temporaryFile("bad.toml", text)
        let good = BackpropProcess.lesson("08-xor.toml")
        let result = try BackpropProcess.run(["check", good, bad])
        #expect(result.status == 65)
        #expect(result.standardOutput.contains("ok    \(good)"))
        #expect(result.standardOutput.contains("FAIL  \(bad)"))
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("learning_rte") }) + 1
        #expect(result.standardError.contains("\(bad):\(line): learning_rte: unknown key; did you mean learning_rate?"))
        #expect(result.standardError.contains("1 of 2 lesson files failed the check"))
    }

    @Test func checkValidatesNotesAndQuizzesWithKeyPathAndLine() throws {
        let text = try String(contentsOfFile: BackpropProcess.lesson("07-worked-example.toml"), encoding: .utf8)
            .replacingOccurrences(of: "at = \"z o1\"", with: "at = \"forward h9\"")
            .replacingOccurrences(of: "answer = \"new w5\"", with: "answer = \"dl_dz h1\"")
        let bad = try BackpropProcess.temporaryFile("narration.toml", text)
        let result = try BackpropProcess.run(["check", bad])
        #expect(result.status == 65)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let note = try #require(lines.firstIndex { $0 == "at = \"forward h9\"" }) + 1
        let quiz = try #require(lines.firstIndex { $0 == "answer = \"dl_dz h1\"" }) + 1
        // The note at "z o1" is the third [[notes]] table; the quiz on w5's update the seventh [[quiz]].
        #expect(result.standardError.contains(
            "\(bad):\(note): notes[3].at: \"forward h9\" names no step: the network has neurons h1, h2, o1, o2"))
        #expect(result.standardError.contains(
            "\(bad):\(quiz): quiz[7].answer: \"dl_dz h1\" is not computed at \"update w5\": \"update w5\" computes new w5"))
    }

    @Test func trainLearnsXOR() throws {
        let result = try BackpropProcess.run(["train", BackpropProcess.lesson("08-xor.toml"), "--every", "2500"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("        0  ") })
        #expect(lines.contains { $0.hasPrefix("     2500  ") })
        let final = try #require(lines.first { $0.hasPrefix("final loss: ") })
        let loss = try #require(Double(final.dropFirst("final loss: ".count).prefix { $0 != " " }))
        #expect(loss < 0.01)
        #expect(result.standardError.isEmpty, "no progress bar when standard error is not a terminal")
    }

    @Test func divergenceStopsWithTheIterationAndAdvice() throws {
        // A linear neuron z = 2w + b with t = 0 and η = 1: ∂l/∂z = z, w ← w − 2z and b ← b − z,
        // so z ← −4z and the loss ½z² = 2·16ᵏ before update k + 1. It first overflows when
        // 16ᵏ > 8.99e307, that is k = 256: the loss before update 257 is infinite.
        let lesson = """
            title = "Diverging"
            loss = "half_squared_error"
            learning_rate = 1.0
            iterations = 2000
            [network]
            inputs = 1
            [[network.layers]]
            name = "o"
            size = 1
            activation = "linear"
            weights = [[1.0]]
            [[data]]
            x = [2.0]
            y = [0.0]
            """
        let path = try BackpropProcess.temporaryFile("diverge.toml", lesson)
        let result = try BackpropProcess.run(["train", path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("training diverged at iteration"))
        #expect(result.standardError.contains("--learning-rate 0.1"))
        #expect(result.standardError.contains("training diverged at iteration 257:"))
    }

    @Test func versionAndHelp() throws {
        let version = try BackpropProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for command in ["list", "trace", "train", "check"] {
            let help = try BackpropProcess.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.standardOutput.contains("USAGE: backprop \(command)"))
        }
        let bench = try BackpropProcess.runBench(["--help"])
        #expect(bench.status == 0)
        #expect(bench.standardOutput.contains("USAGE: backprop-bench"))
        let gone = try BackpropProcess.run(["bench"])
        #expect(gone.status != 0, "the benchmarks are not a command of the product")
    }
}

/// A file that does not exist is 66 (EX_NOINPUT) for every command that reads one; a file
/// that exists but holds bad data stays 65 (EX_DATAERR).
struct MissingFileStatusTests {
    @Test(arguments: [
        ["check", "/nonexistent/a.toml"], ["trace", "/nonexistent/a.toml"], ["train", "/nonexistent/a.toml"],
        ["export", "/nonexistent/a.toml"], ["replay", "/nonexistent/a.toml"], ["open", "/nonexistent/a.toml"],
        ["replay", "7", "--script", "/nonexistent/demo.txt"],
        ["check", "7", "/nonexistent/a.toml"],
    ])
    func aMissingFileIs66(arguments: [String]) throws {
        let result = try BackpropProcess.run(arguments)
        #expect(result.status == 66, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains("no such file"), "\(arguments)")
    }

    @Test func theTrainingBenchmarksMissingLessonIs66() throws {
        let result = try BackpropProcess.runBench(["--training", "--lesson", "/nonexistent/a.toml"])
        #expect(result.status == 66, "\(result.standardError)")
        #expect(result.standardError.contains("no such file"))
    }

    @Test func aBadFileBesideAMissingOneIs65() throws {
        let bad = try BackpropProcess.temporaryFile("bad.toml", "title = 3\n")
        #expect(try BackpropProcess.run(["check", bad]).status == 65)
        #expect(try BackpropProcess.run(["check", bad, "/nonexistent/a.toml"]).status == 65)
    }
}

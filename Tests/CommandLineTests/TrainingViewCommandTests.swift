import Foundation
import Testing

/// The training view from the command line: `backprop replay` with `t` and `tick` keys, and
/// `backprop-bench --training --view` (which runs briefly here; no figure is asserted).
struct TrainingViewCommandTests {
    static let xor = BackpropProcess.lesson("08-xor.toml")

    @Test func replayShowsTheTrainingViewTheSameOnEveryRun() throws {
        let arguments = ["replay", Self.xor, "--keys", "t 4 p tick tick", "--size", "120x40", "--frames", "last"]
        let first = try BackpropProcess.run(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("update 1,200 │"))
        #expect(first.standardOutput.contains("Decision boundary"))
        #expect(first.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count == 41)
        let second = try BackpropProcess.run(arguments)
        #expect(second.standardOutput == first.standardOutput)
    }

    @Test func benchTrainingViewPrintsBothRatesAndTheFrameRate() throws {
        let result = try BackpropProcess.runBench(["--training", "--view", "--seconds", "0.1"])
        #expect(result.status == 0, "\(result.standardError)")
        let out = result.standardOutput
        #expect(out.contains("Trainer.step() loop"))
        #expect(out.contains("training view: tick + render() + ANSI text"))
        #expect(out.contains("view / steps: "))
        #expect(out.contains("per second); per frame"))
        let json = try BackpropProcess.runBench(["--training", "--view", "--json", "--seconds", "0.1"])
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((fields["view_updates_per_second"] as? Double ?? 0) > 0)
        #expect((fields["frames"] as? Int ?? 0) > 0)
    }

    @Test func viewNeedsTraining() throws {
        let result = try BackpropProcess.runBench(["--view"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--view only applies with --training"))
    }
}

/// The training view with inputs and learning rates at the edge of what a Double holds:
/// it draws, and a divergence pauses training and says where, instead of trapping.
struct TrainingViewExtremeValueTests {
    static let huge = ["1e16", "1e17", "-1e17", "1e300", "-1.7976931348623157e308"]

    @Test(arguments: huge)
    func anInputOfAnySizeDraws(value: String) throws {
        for lesson in ["02", "13"] {
            let result = try BackpropProcess.run(["replay", lesson, "--set", "x1=\(value)", "--keys", "t tick",
                                                  "--frames", "last"])
            #expect(result.status == 0, "lesson \(lesson), x1=\(value): \(result.standardError)")
            #expect(result.standardOutput.contains("update"))
        }
    }

    @Test func anInputTypedInTheInstructorEditorDraws() throws {
        let result = try BackpropProcess.run(["replay", "6", "--keys", "tab e type:1e17 enter t", "--frames", "last"])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test(arguments: ["1e10", "1e300", "1.7976931348623157e308"])
    func aHugeLearningRateDivergesAndSaysWhere(eta: String) throws {
        let result = try BackpropProcess.run(["replay", "3", "--set", "eta=\(eta)", "--keys", "t 3", "--frames", "last"])
        #expect(result.status == 0, "eta=\(eta): \(result.standardError)")
        #expect(result.standardOutput.contains("Training diverged"), "eta=\(eta)")
    }
}

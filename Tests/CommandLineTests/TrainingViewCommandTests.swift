import Foundation
import Testing

/// The training view from the command line: `backprop replay` with `t` and `tick` keys, and
/// `backprop bench --training --view` (which runs briefly here; no figure is asserted).
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
        let result = try BackpropProcess.run(["bench", "--training", "--view", "--seconds", "0.1"])
        #expect(result.status == 0, "\(result.standardError)")
        let out = result.standardOutput
        #expect(out.contains("Trainer.step() loop"))
        #expect(out.contains("training view: tick + render() + ANSI text"))
        #expect(out.contains("view / steps: "))
        #expect(out.contains("per second); per frame"))
        let json = try BackpropProcess.run(["bench", "--training", "--view", "--json", "--seconds", "0.1"])
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect((fields["view_updates_per_second"] as? Double ?? 0) > 0)
        #expect((fields["frames"] as? Int ?? 0) > 0)
    }

    @Test func viewNeedsTraining() throws {
        let result = try BackpropProcess.run(["bench", "--view"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--view only applies with --training"))
    }
}

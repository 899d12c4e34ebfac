import Foundation
import Testing

/// `backprop-bench --training`: runs briefly, prints both rates and their ratio, and checks
/// that the session path trains exactly like plain steps. No figure is asserted: timing
/// depends on the machine.
struct TrainingBenchCommandTests {
    @Test func printsBothRatesTheRatioAndTheCorrectnessCheck() throws {
        let result = try BackpropProcess.runBench(["--training", "--seconds", "0.05"])
        #expect(result.status == 0, "\(result.standardError)")
        let out = result.standardOutput
        #expect(out.contains("Trainer.step() loop"))
        #expect(out.contains("TrainingSession.run + 30 fps redraw"))
        #expect(out.contains("session / steps: "))
        #expect(out.contains("session θ equals plain steps' θ bit for bit: yes"))
    }

    @Test func jsonAndALessonWithTwoInputs() throws {
        let result = try BackpropProcess.runBench(["--training", "--json", "--seconds", "0.05",
                                              "--lesson", BackpropProcess.lesson("13-circle.toml")])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let fields = try #require(object)
        #expect((fields["steps_per_second"] as? Double ?? 0) > 0)
        #expect((fields["session_updates_per_second"] as? Double ?? 0) > 0)
        #expect(fields["session_matches_steps"] as? Bool == true)
    }

    @Test func refusesALessonWithoutTwoInputsAndLessonWithoutTraining() throws {
        let worked = try BackpropProcess.runBench(["--training", "--seconds", "0.05",
                                              "--lesson", BackpropProcess.lesson("07-worked-example.toml")])
        // The worked example has two inputs and two outputs: the surface shows the first (o1), so it is accepted.
        #expect(worked.status == 0, "\(worked.standardError)")
        let lone = try BackpropProcess.runBench(["--lesson", BackpropProcess.lesson("08-xor.toml")])
        #expect(lone.status == 64)
        #expect(lone.standardError.contains("--lesson only applies with --training"))
        let one = """
            title = "One input"
            loss = "mse"
            learning_rate = 0.1
            [network]
            inputs = 1
            [[network.layers]]
            name = "o"
            size = 1
            activation = "linear"
            [[data]]
            x = [1.0]
            y = [2.0]
            """
        let path = try BackpropProcess.temporaryFile("one.toml", one)
        let refused = try BackpropProcess.runBench(["--training", "--seconds", "0.05", "--lesson", path])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("the training benchmark needs a lesson with 2 inputs"))
    }
}

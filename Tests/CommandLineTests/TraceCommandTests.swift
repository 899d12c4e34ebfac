import Foundation
import Testing

/// `backprop trace`, run as a user would run it.
struct TraceCommandTests {
    /// The parsed JSON of a trace.
    func traceJSON(_ arguments: [String]) throws -> [String: Any] {
        let result = try BackpropProcess.run(["trace"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func workedExampleJSONHasThePublishedNumbers() throws {
        let json = try traceJSON([BackpropProcess.lesson("07-worked-example.toml")])
        #expect(json["lesson"] as? String == "A full worked example")
        #expect(json["loss_function"] as? String == "half_squared_error")
        let iterations = try #require(json["iterations"] as? [[String: Any]])
        #expect(iterations.count == 1)
        let first = iterations[0]
        #expect(abs((first["loss"] as? Double ?? 0) - 0.298371109) < 5e-10)
        let sample = try #require((first["samples"] as? [[String: Any]])?.first)
        #expect(sample["x"] as? [Double] == [0.05, 0.10])
        #expect(sample["y"] as? [Double] == [0.01, 0.99])
        let neurons = try #require(sample["neurons"] as? [[String: Any]])
        #expect(neurons.map { $0["id"] as? String } == ["h1", "h2", "o1", "o2"])
        #expect(abs((neurons[0]["z"] as? Double ?? 0) - 0.3775) < 1e-15)
        #expect(abs((neurons[2]["a"] as? Double ?? 0) - 0.75136507) < 5e-9)
        let parameters = try #require(first["parameters"] as? [[String: Any]])
        #expect(parameters.count == 12)
        let w5 = parameters[4]
        #expect(w5["id"] as? String == "w5" && w5["kind"] as? String == "weight")
        #expect(w5["from"] as? String == "h1" && w5["to"] as? String == "o1")
        #expect(abs((w5["grad"] as? Double ?? 0) - 0.082167041) < 5e-10)
        #expect(abs((w5["new"] as? Double ?? 0) - 0.35891648) < 5e-9)
        let w1 = parameters[0]
        #expect(abs((w1["new"] as? Double ?? 0) - 0.149780716) < 5e-10)
        let b1 = parameters[8]
        #expect(b1["kind"] as? String == "bias" && b1["from"] == nil && b1["to"] as? String == "h1")
        #expect(b1["new"] as? Double == 0.35)
    }

    @Test func jsonKeepsTheNotesOrderOfKeys() throws {
        let result = try BackpropProcess.run(["trace", BackpropProcess.lesson("07-worked-example.toml")])
        #expect(result.standardOutput.hasPrefix(#"{"lesson":"A full worked example","loss_function":"half_squared_error","iterations":[{"iteration":1,"loss":"#))
        #expect(result.standardOutput.contains(#"{"id":"h1","z":0.3775,"a":"#))
        #expect(result.standardOutput.contains(#"{"id":"b1","kind":"bias","to":"h1","value":0.35,"#))
    }

    @Test func iterationsOptionCyclesThroughTheSamples() throws {
        let json = try traceJSON([BackpropProcess.lesson("08-xor.toml"), "--iterations", "6"])
        let iterations = try #require(json["iterations"] as? [[String: Any]])
        let samples = iterations.map { (($0["samples"] as? [[String: Any]])?.first?["sample"] as? Int) }
        #expect(samples == [1, 2, 3, 4, 1, 2])
        // Each update starts from the previous one's new values.
        let first = try #require(iterations[0]["parameters"] as? [[String: Any]])
        let second = try #require(iterations[1]["parameters"] as? [[String: Any]])
        for (a, b) in zip(first, second) { #expect(a["new"] as? Double == b["value"] as? Double) }
    }

    @Test func textFormatPrintsTablesInEitherNotation() throws {
        let path = BackpropProcess.lesson("07-worked-example.toml")
        let unicode = try BackpropProcess.run(["trace", path, "--format", "text"])
        #expect(unicode.status == 0)
        #expect(unicode.standardOutput.contains("w5         h1 → o1      0.4    0.08216704056  0.3589164797"))
        #expect(unicode.standardOutput.contains("∂l/∂z"))
        let ascii = try BackpropProcess.run(["trace", path, "--format", "text", "--ascii"])
        #expect(ascii.standardOutput.contains("dl/dz"))
        #expect(ascii.standardOutput.allSatisfy { $0.isASCII })
    }

    @Test func badArgumentsAndFilesAreRefused() throws {
        let zero = try BackpropProcess.run(["trace", BackpropProcess.lesson("08-xor.toml"), "--iterations", "0"])
        #expect(zero.status == 64)
        #expect(zero.standardError.contains("--iterations must be between 1 and"))
        let missing = try BackpropProcess.run(["trace", "/nonexistent/lesson.toml"])
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("/nonexistent/lesson.toml"))
        #expect(missing.standardOutput.isEmpty)
    }
}

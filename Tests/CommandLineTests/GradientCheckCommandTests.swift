import Foundation
import Testing

/// `backprop check --gradients`: a table per lesson, the pass counts, kinks, and exit statuses.
struct GradientCheckCommandTests {
    static let lessonNames = ((try? FileManager.default.contentsOfDirectory(
        atPath: BackpropProcess.repository.appendingPathComponent("lessons").path)) ?? [])
        .filter { $0.hasSuffix(".toml") }.sorted()

    @Test func everyShippedLessonPassesWithAFullTable() throws {
        let paths = Self.lessonNames.map(BackpropProcess.lesson)
        #expect(paths.count >= 3)
        let result = try BackpropProcess.run(["check", "--gradients"] + paths)
        #expect(result.status == 0, "\(result.standardError)")
        let out = result.standardOutput
        let failing = out.split(separator: "\n").filter { $0.hasSuffix("FAIL") }
        #expect(failing.count == paths.count && failing.allSatisfy { $0.hasSuffix(", 0 FAIL") })
        // The worked example's 2-2-2 network has 8 weights and 4 biases, one sample per update:
        // 2 × 12 × 1 = 24 forward passes by finite differences against one forward and one backward.
        #expect(out.contains("forward passes: finite differences 2 × 12 parameters × 1 sample = 24; "
                             + "backpropagation 1 forward + 1 backward for all 12 gradients"))
        #expect(out.contains("12 ok, 0 kink, 0 FAIL"))
        // XOR's 2-4-1 network: 12 weights and 5 biases.
        #expect(out.contains("2 × 17 parameters × 1 sample = 34"))
        // One row per parameter, named and with its edge.
        for row in ["w1         x1 → h1", "w8         h2 → o2", "b4         bias → o2"] {
            #expect(out.contains(row))
        }
        #expect(out.components(separatedBy: "gradient check, update 1 ").count == paths.count + 1)
    }

    @Test func aReLUOnItsKinkIsReportedNotFailed() throws {
        // h = relu(0.5·x − 0.5) with x = 1 sits exactly at z = 0 (see FiniteDifferenceCheckTests).
        let lesson = """
            title = "Kink"
            loss = "half_squared_error"
            learning_rate = 0.1
            [network]
            inputs = 1
            [[network.layers]]
            name = "h"
            size = 1
            activation = "relu"
            weights = [[0.5]]
            biases = [-0.5]
            [[network.layers]]
            name = "o"
            size = 1
            activation = "linear"
            weights = [[1.0]]
            [[data]]
            x = [1.0]
            y = [1.0]
            """
        let path = try BackpropProcess.temporaryFile("kink.toml", lesson)
        let result = try BackpropProcess.run(["check", "--gradients", path])
        #expect(result.status == 0, "\(result.standardError)")
        let w1 = try #require(result.standardOutput.split(separator: "\n").first { $0.contains("w1 ") })
        #expect(w1.hasSuffix("kink"))
        // b1 moves the same z across 0; w2 and b2 move none.
        #expect(result.standardOutput.contains("2 ok, 2 kink, 0 FAIL"))
    }

    @Test func aBadFileStillExits65() throws {
        let bad = try BackpropProcess.temporaryFile("bad.toml", "title = 1\n")
        let result = try BackpropProcess.run(["check", "--gradients", BackpropProcess.lesson("08-xor.toml"), bad])
        #expect(result.status == 65)
        #expect(result.standardOutput.contains("17 ok, 0 kink, 0 FAIL"))
        #expect(result.standardOutput.contains("FAIL  \(bad)"))
    }
}

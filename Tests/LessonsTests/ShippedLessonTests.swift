import BackpropCore
import Foundation
import Testing
@testable import Lessons

/// The lessons in `lessons/`: every one loads, and the two the issue asks for do what they promise.
struct ShippedLessonTests {
    /// The repository's `lessons/` folder, found from this file's path.
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons")

    static func load(_ name: String) throws -> Lesson {
        try LessonLoader.load(path: lessonsFolder.appendingPathComponent(name).path)
    }

    @Test func everyLessonLoads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.lessonsFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files.contains("07-worked-example.toml"))
        #expect(files.contains("08-xor.toml"))
        for file in files {
            #expect(throws: Never.self, "\(file)") { _ = try Self.load(file) }
        }
    }

    @Test func theDocumentationsCompleteExampleLoads() throws {
        let docs = Self.lessonsFolder.deletingLastPathComponent().appendingPathComponent("docs/lesson-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```toml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let lesson = try LessonLoader.parse(String(text[start.upperBound..<end.lowerBound]), fileName: "docs")
        #expect(lesson.network.parameters == [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55,
                                              0.35, 0.35, 0.60, 0.60])
        #expect(lesson.seed == 7)
        // Two notes (start, h1's ∂l/∂z step) and three quizzes (h1's ∂l/∂z, w5's update, w1's gradient):
        // steps 0 and 14, then 14, 29 and 17 (see StepSelectorTests for the worked example's step order).
        #expect(lesson.notes.map(\.stepIndex) == [0, 14])
        #expect(lesson.quizzes.map(\.stepIndex) == [14, 29, 17])
        #expect(lesson.quizzes[1].check("0.359") == .correct)
        #expect(lesson.quizzes[2].check("1") == .correct)
    }

    @Test func theWorkedExampleIsTheClassicNetwork() throws {
        let lesson = try Self.load("07-worked-example.toml")
        let architecture = lesson.network.architecture
        #expect(lesson.title == "A full worked example")
        #expect(architecture.inputNames == ["x1", "x2"])
        #expect(architecture.layers == [LayerShape(name: "h", size: 2, activation: .sigmoid),
                                        LayerShape(name: "o", size: 2, activation: .sigmoid)])
        // θ = w1..w8, b1..b4 with w1 = x1→h1, w2 = x2→h1, w3 = x1→h2, w4 = x2→h2, w5 = h1→o1, ...
        #expect(lesson.network.parameters == [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55,
                                              0.35, 0.35, 0.60, 0.60])
        let edges = architecture.parameters.prefix(8).map { "\(architecture.sourceName(of: $0)!)→\(architecture.targetName(of: $0))" }
        #expect(edges == ["x1→h1", "x2→h1", "x1→h2", "x2→h2", "h1→o1", "h2→o1", "h1→o2", "h2→o2"])
        #expect(lesson.network.value(of: "w5") == 0.40)
        #expect(lesson.network.value(of: "b3") == 0.60)
        #expect(lesson.options == TrainingOptions(loss: .halfSquaredError, learningRate: 0.5, batch: .sample,
                                                  reduction: .mean, updateBiases: false))
        #expect(lesson.iterations == 1)
        #expect(lesson.samples == [Sample(inputs: [0.05, 0.10], targets: [0.01, 0.99])])
        #expect(lesson.summary?.isEmpty == false)
    }

    @Test func theWorkedExampleGivesThePublishedUpdate() throws {
        // Mazur's published figures: E_total = 0.298371109, new w5 = 0.35891648, new w1 = 0.149780716.
        var trainer = try Self.load("07-worked-example.toml").trainer
        let trace = trainer.tracedStep()
        #expect(abs(trace.loss - 0.298371109) < 5e-10)
        #expect(abs(trace.after(4) - 0.35891648) < 5e-9)
        #expect(abs(trace.after(0) - 0.149780716) < 5e-10)
    }

    @Test func theXORLessonLearnsXOR() throws {
        let lesson = try Self.load("08-xor.toml")
        #expect(lesson.network.architecture.layers.map(\.size) == [4, 1])
        #expect(lesson.options.batch == .sample)
        #expect(lesson.samples.map(\.targets) == [[0], [1], [1], [0]])
        var trainer = lesson.trainer
        let before = lesson.samples.map { trainer.outputs(for: $0.inputs)[0] }
        let loss = trainer.train(iterations: lesson.iterations)
        #expect(loss.isFinite)
        for (sample, start) in zip(lesson.samples, before) {
            let output = trainer.outputs(for: sample.inputs)[0]
            #expect(abs(output - sample.targets[0]) < 0.1, "XOR\(sample.inputs) → \(output) (started at \(start))")
        }
    }

    @Test func theXORLessonConvergesForOtherSeedsToo() throws {
        // Robustness: the lesson's settings are not a lucky seed. Seeds 0..<20 all converge.
        let text = try String(contentsOf: Self.lessonsFolder.appendingPathComponent("08-xor.toml"), encoding: .utf8)
        for seed in 0..<20 {
            let lesson = try LessonLoader.parse(text.replacingOccurrences(of: "seed = 7", with: "seed = \(seed)"),
                                                fileName: "08-xor.toml")
            #expect(lesson.seed == UInt64(seed))
            var trainer = lesson.trainer
            trainer.train(iterations: lesson.iterations)
            let worst = lesson.samples.map { abs(trainer.outputs(for: $0.inputs)[0] - $0.targets[0]) }.max()!
            #expect(worst < 0.1, "seed \(seed): worst error \(worst)")
        }
    }
}

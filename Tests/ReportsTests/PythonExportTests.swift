import BackpropCore
import Foundation
import Lessons
@testable import Reports
import Testing

/// The NumPy and PyTorch exports of every shipped lesson, run with the system Python
/// (`/usr/bin/python3` with Debian's python3-numpy and python3-torch, which `.ci/run`
/// installs): each script's own assertions hold (the first update equals the core's to
/// 1e-9), and its last line, the parameters after the lesson's last update, matches the
/// core's own training.
struct PythonExportTests {
    /// The shipped lesson files.
    static let shippedLessons: [String] = {
        let folder = ReportsFixtures.repository.appendingPathComponent("lessons").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".toml") }.sorted()
    }()

    /// The system Python, when it can import `module`.
    static func python(with module: String) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return false }
        return (try? run(script: "import \(module)\n").status) == 0
    }

    static let hasNumPy = python(with: "numpy")
    static let hasTorch = python(with: "torch")

    /// Runs `script` with `/usr/bin/python3`, returning its status and what it printed.
    static func run(script: String) throws -> (status: Int32, output: String, errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-export-\(UUID().uuidString).py")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ReportsFixtures.run("/usr/bin/python3", [file.path])
        return (result.status, result.output, result.errors)
    }

    /// The parameters the core has after every update of `lesson`, by id.
    static func coreParameters(_ lesson: Lesson) -> [String: Double] {
        var trainer = lesson.trainer
        for _ in 0..<lesson.iterations { trainer.step() }
        let architecture = lesson.network.architecture
        return Dictionary(uniqueKeysWithValues: architecture.parameters.map { ($0.id, trainer.network.parameters[$0.index]) })
    }

    /// Runs a script and checks its checks and its JSON line against the core.
    static func expectScriptAgrees(_ script: String, lesson: Lesson, file: String) throws {
        let result = try run(script: script)
        #expect(result.status == 0, "\(file): \(result.errors)")
        let lines = result.output.split(separator: "\n")
        // One printed check per value compared: the loss, 3 per layer, 4 per layer for θ's gradient and θ₁.
        let checks = lines.filter { $0.contains("(difference ") }
        #expect(checks.count == 1 + 7 * lesson.network.architecture.layers.count, "\(file)")
        let json = try #require(lines.last.map { Data($0.utf8) })
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any], "\(file)")
        let parameters = try #require(object["parameters"] as? [String: Double], "\(file)")
        let core = coreParameters(lesson)
        #expect(Set(parameters.keys) == Set(core.keys), "\(file)")
        for (id, value) in core {
            let theirs = try #require(parameters[id])
            // Thousands of updates in another order of summation stay within 1e-9 of the core.
            #expect(abs(theirs - value) <= 1e-9 * max(1, abs(value)), "\(file): \(id) = \(theirs), core \(value)")
        }
    }

    @Test(.enabled(if: hasNumPy, "needs /usr/bin/python3 with NumPy (apt-get install python3-numpy)"),
          arguments: shippedLessons)
    func numpyExportRunsAndAgreesWithTheCore(file: String) throws {
        let lesson = try ReportsFixtures.shipped(file)
        try Self.expectScriptAgrees(PythonScript(lesson: lesson, iterations: lesson.iterations, library: .numpy).text, lesson: lesson, file: file)
    }

    @Test(.enabled(if: hasTorch, "needs /usr/bin/python3 with PyTorch (apt-get install python3-torch)"),
          arguments: shippedLessons)
    func pytorchExportRunsAndAgreesWithTheCore(file: String) throws {
        let lesson = try ReportsFixtures.shipped(file)
        try Self.expectScriptAgrees(PythonScript(lesson: lesson, iterations: lesson.iterations, library: .pytorch).text, lesson: lesson, file: file)
    }

    @Test(.enabled(if: hasNumPy, "needs /usr/bin/python3 with NumPy (apt-get install python3-numpy)"))
    func aScriptStopsWhenAValueDiffersFromTheCore() throws {
        let lesson = try ReportsFixtures.workedExample()
        let script = PythonScript(lesson: lesson, iterations: 1, library: .numpy).text
        // The worked example's z_h1 = 0.3775 exactly; written as 0.3776 the check must fail.
        let wrong = script.replacingOccurrences(of: "\"z⁽¹⁾\": [[0.3775], ", with: "\"z⁽¹⁾\": [[0.3776], ")
        #expect(wrong != script)
        let result = try Self.run(script: wrong)
        #expect(result.status != 0)
        #expect(result.errors.contains("AssertionError: z⁽¹⁾ differs from backprop's [0.3776, 0.39249999999999996] by 1.0e-04"))
        #expect(!result.output.contains("\"parameters\""))
    }

    /// Lessons with what no shipped lesson has: leaky ReLU, a softmax under the mean squared
    /// error (the Jacobian product), a summed full batch with every bias updated, three layers
    /// in a mean batch, and softmax with cross-entropy over a batch.
    static let otherLessons: [String] = [
        """
        title = "Leaky softmax"
        loss = "mse"
        learning_rate = 0.3
        iterations = 5
        batch = "full"
        reduction = "sum"
        seed = 11
        [network]
        inputs = ["x1", "x2"]
        [[network.layers]]
        name = "h"
        size = 3
        activation = "leaky_relu"
        biases = [0.1, -0.2, 0.05]
        [[network.layers]]
        name = "o"
        size = 2
        activation = "softmax"
        [[data]]
        x = [0.5, -1.0]
        y = [1.0, 0.0]
        [[data]]
        x = [-0.3, 0.8]
        y = [0.0, 1.0]
        [[data]]
        x = [1.2, 0.4]
        y = [0.5, 0.5]
        """,
        """
        title = "Three layers"
        loss = "half_squared_error"
        learning_rate = 0.2
        iterations = 3
        batch = "full"
        seed = 4
        [network]
        inputs = ["x1", "x2"]
        [[network.layers]]
        name = "h"
        size = 2
        activation = "tanh"
        [[network.layers]]
        name = "g"
        size = 3
        activation = "relu"
        biases = [0.3, 0.3, 0.3]
        [[network.layers]]
        name = "o"
        size = 1
        activation = "linear"
        [[data]]
        x = [1.0, 2.0]
        y = [0.5]
        [[data]]
        x = [-1.0, 0.5]
        y = [-0.25]
        """,
        """
        title = "Softmax batch"
        loss = "cross_entropy"
        learning_rate = 0.5
        iterations = 4
        batch = "full"
        seed = 2
        [network]
        inputs = ["x1"]
        [[network.layers]]
        name = "o"
        size = 3
        activation = "softmax"
        [[data]]
        x = [1.0]
        y = [0.0, 1.0, 0.0]
        [[data]]
        x = [-2.0]
        y = [0.2, 0.3, 0.5]
        """,
    ]

    @Test(.enabled(if: hasNumPy && hasTorch, "needs /usr/bin/python3 with NumPy and PyTorch"),
          arguments: otherLessons.indices)
    func everyActivationAndLossRunsInBothLibraries(index: Int) throws {
        let lesson = try ReportsFixtures.lesson(Self.otherLessons[index])
        for library in PythonScript.Library.allCases {
            try Self.expectScriptAgrees(PythonScript(lesson: lesson, iterations: lesson.iterations, library: library).text,
                                        lesson: lesson, file: "\(lesson.title), \(library)")
        }
    }
}

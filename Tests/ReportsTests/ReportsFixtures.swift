import Foundation
import Lessons

/// Lessons and files the Reports tests use.
enum ReportsFixtures {
    /// The repository's top folder, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped worked example.
    static func workedExample() throws -> Lesson { try shipped("07-worked-example.toml") }

    /// The shipped lesson in `lessons/` with this file name.
    static func shipped(_ fileName: String) throws -> Lesson {
        try LessonLoader.load(path: repository.appendingPathComponent("lessons/" + fileName).path)
    }

    /// A lesson from TOML text.
    static func lesson(_ text: String) throws -> Lesson { try LessonLoader.parse(text, fileName: "t.toml") }

    /// A 2-2-1 lesson trained on two samples as one full batch (mean), biases updated.
    static let fullBatch = """
        title = "Full batch"
        loss = "half_squared_error"
        learning_rate = 0.5
        batch = "full"
        [network]
        inputs = ["x1", "x2"]
        [[network.layers]]
        name = "h"
        size = 2
        activation = "tanh"
        weights = [[0.1, -0.2], [0.3, 0.4]]
        [[network.layers]]
        name = "o"
        size = 1
        activation = "linear"
        weights = [[0.5, -0.6]]
        biases = [0.1]
        [[data]]
        x = [1, 0]
        y = [1]
        [[data]]
        x = [0, 1]
        y = [0]
        """

    /// Whether Graphviz's `dot` is on the PATH.
    static let dotPath: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// Runs `dot -Tsvg` on `text`, returning its exit status and standard error.
    static func runDot(_ text: String) throws -> (status: Int32, errors: String, svg: String) {
        let result = try run(dotPath!, ["-Tsvg"], input: text)
        return (result.status, result.errors, result.output)
    }

    /// Runs the program at `path` with `arguments`, `input` on its standard input, and
    /// returns its exit status, standard error and standard output.
    static func run(_ path: String, _ arguments: [String], input text: String = "") throws
        -> (status: Int32, errors: String, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        nonisolated(unsafe) var outputData = Data()
        group.enter()
        DispatchQueue.global().async {
            outputData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self), String(decoding: outputData, as: UTF8.self))
    }
}

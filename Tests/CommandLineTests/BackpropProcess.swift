import Foundation

/// Runs the built `backprop` binary, as a user at a shell would, and collects what it printed.
struct BackpropProcess {
    /// The `backprop` executable next to the test bundle, in `.build/<triple>/debug/`.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("backprop")
    }()

    /// The `backprop-bench` executable beside it (the benchmarks are a program of their own).
    static let benchExecutable = executable.deletingLastPathComponent().appendingPathComponent("backprop-bench")

    /// Runs `backprop-bench` with these arguments, as ``run(_:environment:directory:executable:)`` does.
    static func runBench(_ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        try run(arguments, environment: environment, executable: benchExecutable)
    }

    /// The repository's top folder (for `lessons/`).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a shipped lesson file.
    static func lesson(_ name: String) -> String {
        repository.appendingPathComponent("lessons/\(name)").path
    }

    /// What a run printed, and how it ended.
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs `backprop` (or `executable`) with these arguments (in `directory`, if given),
    /// standard input empty, and waits for it.
    ///
    /// The environment is `environment` when given, else this process's with `XDG_STATE_HOME`
    /// in a fresh scratch folder: no test reads or writes the user's saved progress.
    static func run(_ arguments: [String], environment: [String: String]? = nil,
                    directory: String? = nil, executable: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment {
            process.environment = environment
        } else {
            var inherited = ProcessInfo.processInfo.environment
            inherited["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory
                .appendingPathComponent("backprop-state-\(UUID().uuidString)").path
            process.environment = inherited
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// Writes `text` to a new temporary file named `name` and returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

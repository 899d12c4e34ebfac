import Foundation
import Testing

/// `backprop trace` writes as it goes: long runs through the output buffer, a reader that
/// leaves early, an output that cannot be written, a run that diverges.
struct TraceStreamingCommandTests {
    /// A golden trace recorded before streaming (see `Tests/ReportsTests/TraceWriterTests.swift`).
    static func golden(_ name: String) throws -> String {
        let url = BackpropProcess.repository.appendingPathComponent("Tests/ReportsTests/Golden/trace/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Updates enough to pass the 64 KiB output buffer several times over.
    static let longRun = 300

    @Test func aLongTextTraceBeginsWithTheShortOneAndKeepsEveryUpdateInOrder() throws {
        let result = try BackpropProcess.run(["trace", BackpropProcess.lesson("08-xor.toml"),
                                              "--iterations", String(Self.longRun), "--format", "text", "--ascii"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.utf8.count > 4 * 64 * 1024)
        // Text has no trailer, so the first six updates are the six-update trace exactly.
        #expect(result.standardOutput.hasPrefix(try Self.golden("08-xor-6-ascii.txt")))
        let numbers = result.standardOutput.split(separator: "\n")
            .filter { $0.hasPrefix("Iteration ") }
            .map { Int($0.dropFirst("Iteration ".count).prefix { $0 != ":" }) }
        #expect(numbers == (1...Self.longRun).map { $0 })
    }

    @Test func aLongJSONTraceIsOneDocumentThatBeginsWithTheShortOne() throws {
        let result = try BackpropProcess.run(["trace", BackpropProcess.lesson("08-xor.toml"), "--iterations", String(Self.longRun)])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.utf8.count > 4 * 64 * 1024)
        let short = try Self.golden("08-xor-6.json")
        try #require(short.hasSuffix("]}\n"))
        #expect(result.standardOutput.hasPrefix(String(short.dropLast(3)) + ",{\"iteration\":7,"))
        #expect(result.standardOutput.hasSuffix("]}\n"))
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        let iterations = try #require((object as? [String: Any])?["iterations"] as? [[String: Any]])
        #expect(iterations.map { $0["iteration"] as? Int } == (1...Self.longRun).map { $0 })
        // Each update starts from the previous one's new values, across every flush.
        for (before, after) in zip(iterations, iterations.dropFirst()) {
            let old = (before["parameters"] as? [[String: Any]])?.map { $0["new"] as? Double }
            let new = (after["parameters"] as? [[String: Any]])?.map { $0["value"] as? Double }
            #expect(old == new)
        }
    }

    /// What a run cut short after its first line showed.
    struct CutShort {
        /// The first line, with its line end.
        let firstLine: String
        /// The run's peak resident memory (VmHWM) when the first line had arrived, in KiB.
        let peakKiB: Int
        /// Everything it wrote to standard error.
        let errors: String
        /// How it ended.
        let reason: Process.TerminationReason
        /// Its exit status, or the signal that ended it.
        let status: Int32
    }

    /// `backprop trace 8 --iterations N --format text | head -1`, reading the run's peak
    /// memory while it is still running (it cannot finish: its output is larger than the
    /// pipe and the output buffer together, and nobody reads past the first line).
    static func cutShort(iterations: Int) throws -> CutShort {
        let process = Process()
        process.executableURL = BackpropProcess.executable
        process.arguments = ["trace", BackpropProcess.lesson("08-xor.toml"), "--iterations", String(iterations), "--format", "text"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var firstLine = Data()
        while !firstLine.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            firstLine.append(chunk)
        }
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }?
            .split(separator: " ").compactMap { Int($0) }.first
        try out.fileHandleForReading.close()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: firstLine, as: UTF8.self)
        return CutShort(firstLine: String(text.prefix { $0 != "\n" }) + "\n", peakKiB: peak ?? -1,
                        errors: String(decoding: errors, as: UTF8.self),
                        reason: process.terminationReason, status: process.terminationStatus)
    }

    /// `backprop trace 8 --iterations 100000 | head -1`: the first line arrives while the run
    /// has kept nothing (its memory is that of a 200-update run at the same point; a run that
    /// kept every update held about 16 times as much), and once the reader has gone the run
    /// ends by SIGPIPE, as a shell pipeline expects (or with that signal's status 141 where
    /// it is blocked), without a word on standard error.
    @Test func aReaderThatLeavesEarlyEndsTheRunQuietlyAndNothingWasKept() throws {
        let short = try Self.cutShort(iterations: 200)
        let long = try Self.cutShort(iterations: 100_000)
        let title = try Self.golden("08-xor-6-ascii.txt").prefix { $0 != "\n" }
        for run in [short, long] {
            #expect(run.firstLine == title + "\n")
            #expect(run.errors.isEmpty, "\(run.errors)")
            let endedBySignal = run.reason == .uncaughtSignal && run.status == SIGPIPE
            let endedWithItsStatus = run.reason == .exit && run.status == 141
            #expect(endedBySignal || endedWithItsStatus, "reason \(run.reason.rawValue), status \(run.status)")
        }
        try #require(short.peakKiB > 0 && long.peakKiB > 0)
        #expect(long.peakKiB < 2 * short.peakKiB, "peak \(long.peakKiB) KiB for 100000 updates, \(short.peakKiB) KiB for 200")
    }

    @Test func anOutputThatCannotBeWrittenIsReported() throws {
        let process = Process()
        process.executableURL = BackpropProcess.executable
        process.arguments = ["trace", BackpropProcess.lesson("07-worked-example.toml")]
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(errors == "cannot write standard output: No space left on device\n")
    }

    @Test func aDivergingTraceExitsZeroWithNullsAndTheHelpSaysSo() throws {
        let result = try BackpropProcess.run(["trace", "1b", "--iterations", "900"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        let iterations = try #require((object as? [String: Any])?["iterations"] as? [[String: Any]])
        #expect(iterations.count == 900)
        // |w − 1| grows by 1.5 per update from 2: l = ½(w − 1)² passes the largest double near update 875.
        #expect(iterations.first?["loss"] as? Double == 2)
        #expect(iterations.last?["loss"] is NSNull)
        let help = try BackpropProcess.run(["trace", "--help"])
        let words = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("A run that diverges still exits with status 0"))
        #expect(words.contains("`backprop train` stops a diverging run with status 1"))
    }
}

import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `backprop bench`: times per-sample SGD on XOR, untraced and traced, in nanoseconds per update.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time training updates on XOR, untraced and traced, in nanoseconds per update.",
        discussion: """
            Per-sample SGD on a 2-4-1 sigmoid network learning XOR (half squared error, \
            η = 0.5, biases updated, fixed initial weights). Each path is warmed up, then \
            timed \(repetitions) times from the initial weights with a monotonic clock; the \
            figure is the fastest of those runs. The traced path makes a tenth as many \
            updates. Build with `swift build -c release` for meaningful figures; \
            Benchmarks/run.sh compares them with a C loop doing the same arithmetic.
            """)

    /// How many timed runs each path gets; the fastest is reported.
    static let repetitions = 5

    @Option(help: "Untraced updates per timed run (the traced path makes a tenth as many, at least 1).")
    var updates = 4_000_000

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func validate() throws {
        guard updates >= 1 else {
            throw ValidationError("--updates must be at least 1, got \(updates)")
        }
    }

    func run() {
        #if DEBUG
        printToStandardError("""
            warning: this is a debug build; its figures say little about the real speed. \
            Use `swift build -c release` (or `swift run -c release backprop bench`).
            """)
        let build = "debug"
        #else
        let build = "release"
        #endif
        let tracedUpdates = max(1, updates / 10)
        let untraced = XORBenchmark.timeUntraced(updates: updates, repetitions: Self.repetitions)
        let traced = XORBenchmark.timeTraced(updates: tracedUpdates, repetitions: Self.repetitions)
        let report = BenchReport(
            build: build, repetitions: Self.repetitions, untraced: untraced, traced: traced,
            tracedMatchesUntraced: traced.finalParameters == XORBenchmark.untracedParameters(after: tracedUpdates))
        print(json ? report.json : report.table)
    }

    private func printToStandardError(_ message: String) {
        var line = message + "\n"
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}

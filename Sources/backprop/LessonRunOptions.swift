import ArgumentParser
import CommandLineSupport

/// The options `trace` and `train` share: which lesson to run, and for how many updates.
struct LessonRunOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(LessonFile.argumentHelp), completion: LessonFile.completion)
    var lesson: String

    @Option(help: "How many updates to make (default: the lesson's `iterations`).")
    var iterations: Int?

    /// Refuses an `--iterations` outside 1...`limit`, the most the command makes in one run.
    func validateIterations(atMost limit: Int) throws {
        if let iterations, iterations < 1 || iterations > limit {
            throw ValidationError("--iterations must be between 1 and \(limit), not \(iterations)")
        }
    }
}

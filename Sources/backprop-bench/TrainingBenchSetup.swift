/// What both training benchmarks (`bench --training`, with and without `--view`) report
/// first: the build, the problem, how each path was run, and the plain step loop's rate.
struct TrainingBenchSetup {
    /// `release` or `debug`.
    let build: String
    /// What was trained.
    let problem: String
    /// Seconds per timed run.
    let seconds: Double
    /// Timed runs per path.
    let repetitions: Int
    /// The best rate of the plain `step()` loop.
    let stepsPerSecond: Double

    /// The JSON fields both reports open with.
    var jsonFields: [(String, String)] {
        [
            ("build", "\"\(build)\""),
            ("seconds_per_run", BenchReport.number(seconds)),
            ("repetitions", String(repetitions)),
            ("steps_per_second", BenchReport.number(stepsPerSecond)),
        ]
    }

    /// How each path ran, for the reports' text: `1.0 s, 5 times interleaved; best rate kept.`
    var runsLine: String {
        "\(BenchReport.decimal(seconds, places: 1)) s, \(repetitions) times interleaved; best rate kept."
    }
}

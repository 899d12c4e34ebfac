/// The figures `backprop-bench --training` measured, as text or JSON.
struct TrainingBenchReport {
    /// The training view's target: updates per second while redrawing at 30 frames per second.
    static let target = 100_000.0

    /// The build, the problem, the runs and the plain step loop's rate.
    let setup: TrainingBenchSetup
    /// The best session run.
    let session: TrainingBenchmark.SessionRun
    /// Whether the session's θ equals as many plain steps' θ bit for bit.
    let sessionMatchesSteps: Bool

    /// Session rate over step rate.
    var ratio: Double { session.updatesPerSecond / setup.stepsPerSecond }

    /// The figures as text.
    var table: String {
        let rates = BenchReport.rateTable([("Trainer.step() loop", setup.stepsPerSecond),
                                            ("TrainingSession.run + 30 fps redraw", session.updatesPerSecond)])
        return """
            backprop-bench --training (\(setup.build) build): \(setup.problem)
            each path runs \(setup.runsLine)
            A frame recomputes a 120×40 decision surface (4800 forward passes), the loss plot at
            120×40 (log scale), the heat map rows and the gradient bars.

            \(rates)

            session / steps: \(BenchReport.decimal(ratio, places: 3))
            frames: \(session.frames) in \(BenchReport.decimal(session.seconds, places: 2)) s \
            (\(BenchReport.decimal(Double(session.frames) / session.seconds, places: 1)) per second), \
            \(BenchReport.decimal(session.secondsPerFrame * 1000, places: 3)) ms per frame
            target ≥ 100,000 updates/s while redrawing at 30 fps: \(session.updatesPerSecond >= Self.target ? "met" : "NOT MET")
            session θ equals plain steps' θ bit for bit: \(sessionMatchesSteps ? "yes" : "NO")
            """
    }

    /// The figures as one JSON object.
    var json: String {
        let fields: [(String, String)] = setup.jsonFields + [
            ("session_updates_per_second", BenchReport.number(session.updatesPerSecond)),
            ("session_over_steps", BenchReport.number(ratio)),
            ("frames", String(session.frames)),
            ("frames_per_second", BenchReport.number(Double(session.frames) / session.seconds)),
            ("milliseconds_per_frame", BenchReport.number(session.secondsPerFrame * 1000)),
            ("target_met", String(session.updatesPerSecond >= Self.target)),
            ("session_matches_steps", String(sessionMatchesSteps)),
        ]
        return BenchReport.jsonObject(fields)
    }
}

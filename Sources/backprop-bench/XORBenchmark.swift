import BackpropCore

/// The problem `backprop-bench` times: per-sample SGD on XOR with a 2-4-1 sigmoid network.
///
/// Half squared error, η = 0.5, weights and biases updated, samples taken in order and
/// cycling. The initial parameters are written out here and, identically, in
/// `Benchmarks/xor_sgd.c`, the hand-written C loop the figures are compared with.
enum XORBenchmark {
    /// The 2-4-1 network with its fixed initial parameters.
    static let network = Network(
        inputNames: ["x1", "x2"],
        layers: [LayerShape(name: "h", size: 4, activation: .sigmoid),
                 LayerShape(name: "o", size: 1, activation: .sigmoid)],
        weights: [[[0.5, -0.4], [-0.3, 0.8], [0.9, 0.7], [-0.6, -0.2]],
                  [[0.7, -0.5, 0.6, -0.8]]],
        biases: [[0.1, -0.2, -0.5, 0.3], [0.05]])

    /// Half squared error, η = 0.5, one update per sample, biases updated.
    static let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5)

    /// The XOR truth table, in the order the updates take it.
    static let samples = [
        Sample(inputs: [0, 0], targets: [0]),
        Sample(inputs: [0, 1], targets: [1]),
        Sample(inputs: [1, 0], targets: [1]),
        Sample(inputs: [1, 1], targets: [0]),
    ]

    /// A trainer at the initial parameters, with no update made yet.
    static func freshTrainer() -> Trainer {
        Trainer(network: network, options: options, samples: samples)
    }

    /// θ after `updates` untraced updates from the initial parameters.
    static func untracedParameters(after updates: Int) -> [Double] {
        var trainer = freshTrainer()
        for _ in 0..<updates { trainer.step() }
        return trainer.network.parameters
    }

    /// Times `updates` untraced updates (`Trainer.step()`): the best of `repetitions` runs
    /// after one untimed warm-up run, each run starting from the initial parameters.
    static func timeUntraced(updates: Int, repetitions: Int) -> PathTiming {
        time(updates: updates, repetitions: repetitions) { trainer in
            for _ in 0..<updates { trainer.step() }
        }
    }

    /// Times `updates` traced updates (`Trainer.tracedStep()`), like ``timeUntraced(updates:repetitions:)``.
    static func timeTraced(updates: Int, repetitions: Int) -> PathTiming {
        time(updates: updates, repetitions: repetitions) { trainer in
            for _ in 0..<updates { _ = trainer.tracedStep() }
        }
    }

    /// Runs `train` once to warm up and then `repetitions` times on fresh trainers, timing
    /// each run with the monotonic `ContinuousClock`, and keeps the fastest.
    ///
    /// `step()` and `tracedStep()` are calls into another module that change the trainer,
    /// and the final loss and parameters read from it are printed, so no update can be
    /// optimised away.
    private static func time(updates: Int, repetitions: Int, train: (inout Trainer) -> Void) -> PathTiming {
        let clock = ContinuousClock()
        var trainer = freshTrainer()
        train(&trainer)
        var best = Duration.seconds(Int64.max)
        for _ in 0..<repetitions {
            trainer = freshTrainer()
            let start = clock.now
            train(&trainer)
            best = min(best, clock.now - start)
        }
        let (seconds, attoseconds) = best.components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds) * 1e-9
        return PathTiming(
            updates: updates, nanosecondsPerUpdate: nanoseconds / Double(updates),
            finalLoss: trainer.totalLoss(), finalParameters: trainer.network.parameters)
    }
}

/// What timing one path measured, and the state it left the network in.
struct PathTiming {
    /// How many updates each timed run made.
    let updates: Int
    /// The fastest run's time divided by ``updates``.
    let nanosecondsPerUpdate: Double
    /// L, the mean of l over the four samples, after ``updates`` updates.
    let finalLoss: Double
    /// θ after ``updates`` updates.
    let finalParameters: [Double]
}

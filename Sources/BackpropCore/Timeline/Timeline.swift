/// The whole computation of a lesson as the ordered list of steps a student walks through.
///
/// Building a timeline runs every update once on the fast path and keeps the parameters
/// every ``checkpointInterval`` updates, so the steps of any update are rebuilt from the
/// nearest checkpoint, not from the start: random access to step k of update i costs at
/// most one checkpoint interval of fast updates plus one traced update.
public struct Timeline: Sendable {
    /// The network before the first update.
    public let network: Network
    /// Loss, η and batching.
    public let options: TrainingOptions
    /// The training data.
    public let samples: [Sample]
    /// How many updates the timeline walks through.
    public let iterations: Int
    /// The number of the timeline's first update: 1, or one more than the updates already
    /// made when it was built from a trainer's later weights.
    public let firstIteration: Int
    /// How many steps each update has (the same for every update).
    public let stepsPerIteration: Int
    /// How many updates apart the kept parameter vectors are.
    public let checkpointInterval: Int

    let builder: StepBuilder
    /// θ before the first update and every `checkpointInterval` updates after it.
    let checkpoints: [[Double]]

    /// The most parameter vectors a timeline keeps.
    static let maxCheckpoints = 1024

    /// Builds the timeline of `iterations` updates (at least 1) of `network` on `samples`.
    ///
    /// `completedIterations` says how many updates `network`'s parameters have already had:
    /// the timeline then walks updates `completedIterations + 1` onwards, each on the sample
    /// a ``Trainer`` that far along would use.
    public init(network: Network, options: TrainingOptions, samples: [Sample], iterations: Int,
                completedIterations: Int = 0) {
        precondition(iterations >= 1, "a timeline needs at least one update")
        precondition(completedIterations >= 0, "updates made cannot be negative")
        self.network = network
        self.options = options
        self.samples = samples
        self.iterations = iterations
        firstIteration = completedIterations + 1
        builder = StepBuilder(architecture: network.architecture, options: options, samples: samples)
        stepsPerIteration = builder.stepsPerIteration
        let interval = max(1, (iterations + Self.maxCheckpoints - 1) / Self.maxCheckpoints)
        checkpointInterval = interval
        var trainer = Trainer(network: network, options: options, samples: samples,
                              completedIterations: completedIterations)
        var checkpoints: [[Double]] = []
        checkpoints.reserveCapacity((iterations + interval - 1) / interval)
        for update in 0..<iterations {
            if update % interval == 0 { checkpoints.append(trainer.network.parameters) }
            if update + 1 < iterations { trainer.step() }
        }
        self.checkpoints = checkpoints
    }

    /// The total number of steps: updates × steps per update.
    public var stepCount: Int { iterations * stepsPerIteration }

    /// The number of the timeline's last update.
    public var lastIteration: Int { firstIteration + iterations - 1 }

    /// The update (numbered from ``firstIteration``) and the step within it (0-based) of
    /// global step `index` (0-based).
    public func position(of index: Int) -> (iteration: Int, step: Int) {
        precondition(index >= 0 && index < stepCount, "step index out of range")
        return (index / stepsPerIteration + firstIteration, index % stepsPerIteration)
    }

    /// The global index (0-based) of step `step` of update `iteration`.
    public func index(iteration: Int, step: Int) -> Int { (iteration - firstIteration) * stepsPerIteration + step }

    /// A trainer positioned just before update `iteration` (``firstIteration`` to ``lastIteration``).
    public func trainer(beforeIteration iteration: Int) -> Trainer {
        precondition(iteration >= firstIteration && iteration <= lastIteration, "update out of range")
        let offset = iteration - firstIteration
        let checkpoint = offset / checkpointInterval
        let start = checkpoint * checkpointInterval
        var trainer = Trainer(network: Network(architecture: network.architecture, parameters: checkpoints[checkpoint]),
                              options: options, samples: samples, completedIterations: firstIteration - 1 + start)
        for _ in start..<offset { trainer.step() }
        return trainer
    }

    /// Everything update `iteration` computes.
    public func trace(iteration: Int) -> IterationTrace {
        var trainer = trainer(beforeIteration: iteration)
        return trainer.tracedStep()
    }

    /// The steps of update `iteration`.
    public func steps(iteration: Int) -> IterationSteps {
        let trace = trace(iteration: iteration)
        return IterationSteps(trace: trace, steps: builder.steps(for: trace))
    }

    /// Step `index` (0-based, over the whole timeline).
    public func step(_ index: Int) -> Step {
        let position = position(of: index)
        return steps(iteration: position.iteration).steps[position.step]
    }
}

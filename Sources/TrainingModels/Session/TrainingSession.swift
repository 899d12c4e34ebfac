import BackpropCore

/// A training run for the training view: a ``Trainer`` on the fast path, the loss of every
/// update in a ``LossHistory``, per-layer ``GradientMagnitudes``, and divergence handling.
///
/// ``run(updates:)`` makes updates with ``Trainer/step()`` (the last one of each call with
/// ``Trainer/tracedStep()``, bit for bit the same arithmetic, to measure the gradients).
/// When a loss comes out NaN or infinite, or θ stops being finite, the session pauses: it
/// replays the call's updates from the parameters it started from, traced, to find the
/// first update and the first value in it that was not finite (``Divergence``), and leaves
/// the trainer just before that update, so a stepper opened now walks into it.
///
/// ``lowerLearningRate()`` divides η by 10 and restarts from ``lastFiniteParameters``: θ₀
/// of the last update whose every value was finite, one update before the diverging one.
/// Not from θ₀ of the diverging update itself: those parameters are finite, but often so
/// large that their loss is already infinite, and no η could help from there.
///
/// The caller measures time (updates per second); nothing here reads a clock. The history
/// counts the updates run in this session in order, including those a divergence undid.
public struct TrainingSession: Sendable {
    /// The trainer, at the parameters after the last update kept.
    public private(set) var trainer: Trainer
    /// The loss before each update run, in order.
    public private(set) var history: LossHistory
    /// Per-layer gradient sizes over the last traced updates.
    public private(set) var magnitudes: GradientMagnitudes
    /// Why training is paused, if it diverged.
    public private(set) var divergence: Divergence?
    /// θ₀ of the last update whose every value was finite (the start θ before any update).
    public private(set) var lastFiniteParameters: [Double]
    /// How many updates had been made at ``lastFiniteParameters``.
    public private(set) var lastFiniteIteration: Int

    /// Starts a session from a trainer.
    ///
    /// - Parameters:
    ///   - historyCapacity: buckets the loss history keeps (``LossHistory/defaultCapacity``).
    ///   - magnitudeWindow: how many traced updates the gradient magnitudes average.
    public init(trainer: Trainer, historyCapacity: Int = LossHistory.defaultCapacity, magnitudeWindow: Int = 8) {
        self.trainer = trainer
        history = LossHistory(capacity: historyCapacity)
        magnitudes = GradientMagnitudes(architecture: trainer.network.architecture, window: magnitudeWindow)
        lastFiniteParameters = trainer.network.parameters
        lastFiniteIteration = trainer.completedIterations
    }

    /// Whether training is paused by a divergence.
    public var isPaused: Bool { divergence != nil }
    /// The learning rate η now.
    public var learningRate: Double { trainer.options.learningRate }
    /// The number of updates the trainer has made (its iteration count).
    public var completedIterations: Int { trainer.completedIterations }

    /// Makes up to `updates` updates and returns how many were made: all of them, or fewer
    /// when one diverged (then ``divergence`` says where), or none while paused.
    ///
    /// The last `tracingLast` updates (at least 1) are traced and measured into
    /// ``magnitudes``: a view passes the magnitudes' window, so the gradient sizes average
    /// consecutive updates however many updates one call makes.
    @discardableResult
    public mutating func run(updates: Int, tracingLast: Int = 1) -> Int {
        guard divergence == nil, updates > 0 else { return 0 }
        let start = trainer
        let traced = min(updates, max(1, tracingLast))
        var made = 0
        var finite = true
        while made < updates - traced {
            let loss = trainer.step()
            history.append(loss)
            made += 1
            if !loss.isFinite {
                finite = false
                break
            }
        }
        while finite && made < updates {
            let trace = trainer.tracedStep()
            history.append(trace.loss)
            made += 1
            if NonFiniteValue.first(in: trace, architecture: trainer.network.architecture) == nil {
                magnitudes.add(trace)
                lastFiniteParameters = trace.parametersBefore
                lastFiniteIteration = trace.iteration - 1
            } else {
                finite = false
            }
        }
        if !finite || !trainer.network.parameters.allSatisfy(\.isFinite) {
            locateDivergence(replayingFrom: start, updates: made)
        }
        return made
    }

    /// Replays up to `updates` updates from `start`, traced, stops at the first with a
    /// non-finite value, records it, and leaves the trainer just before it.
    private mutating func locateDivergence(replayingFrom start: Trainer, updates: Int) {
        var replay = start
        let architecture = start.network.architecture
        for _ in 0..<updates {
            let before = replay
            let trace = replay.tracedStep()
            if let value = NonFiniteValue.first(in: trace, architecture: architecture) {
                pause(at: trace, value: value, before: before)
                return
            }
            lastFiniteParameters = trace.parametersBefore
            lastFiniteIteration = trace.iteration - 1
        }
        // The replay is bit for bit the run, so this is not reached; if it were, pause
        // before the next update rather than loop or crash.
        var probe = trainer
        let trace = probe.tracedStep()
        pause(at: trace, value: NonFiniteValue.first(in: trace, architecture: architecture)
              ?? .sampleLoss(sample: trainer.sampleIndex(forIteration: trace.iteration), value: trace.loss),
              before: trainer)
    }

    /// Records a divergence at `trace` and puts the trainer back to `before`.
    private mutating func pause(at trace: IterationTrace, value: NonFiniteValue, before: Trainer) {
        trainer = before
        divergence = Divergence(iteration: trace.iteration, loss: trace.loss, firstNonFinite: value,
                                learningRate: before.options.learningRate, parametersBefore: trace.parametersBefore,
                                restartParameters: lastFiniteParameters, restartIteration: lastFiniteIteration)
    }

    /// What ``lowerLearningRate()`` divides η by.
    public static let learningRateDivisor = 10.0

    /// η as ``lowerLearningRate()`` would set it.
    public var loweredLearningRate: Double { trainer.options.learningRate / Self.learningRateDivisor }

    /// Divides η by ``learningRateDivisor`` and clears a divergence; after one, training
    /// restarts from ``lastFiniteParameters``, otherwise it continues from the current parameters.
    public mutating func lowerLearningRate() {
        var options = trainer.options
        options.learningRate = loweredLearningRate
        let parameters = divergence == nil ? trainer.network.parameters : lastFiniteParameters
        let iteration = divergence == nil ? trainer.completedIterations : lastFiniteIteration
        trainer = Trainer(network: Network(architecture: trainer.network.architecture, parameters: parameters),
                          options: options, samples: trainer.samples, completedIterations: iteration)
        divergence = nil
    }

    /// Clears a divergence without changing η (training will diverge again at the same update).
    public mutating func resume() {
        divergence = nil
    }

    /// Recomputes a decision surface with the current parameters.
    public mutating func refresh(_ surface: inout DecisionSurface) {
        surface.update(from: &trainer)
    }
}

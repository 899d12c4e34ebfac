import ArgumentParser
import BackpropNotation
import CommandLineSupport
import BackpropCore
import Lessons

/// `backprop train`: gradient descent on the fast path, printing the loss as it falls.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a lesson's network on the fast path, printing the loss every K updates.",
        discussion: """
            The loss printed is L(θ) over the whole data set (the mean of the per-sample \
            losses, or their sum for `batch = "full"` with `reduction = "sum"`), measured \
            before the first update, every K updates, and at the end. A loss that becomes NaN \
            or infinite stops training with exit status 1.
            """
    )

    /// The most updates one run makes.
    static let maxIterations = 1_000_000_000

    @OptionGroup var lessonRun: LessonRunOptions

    @Option(help: "Print the loss every K updates (default: a tenth of the run).")
    var every: Int?

    @Option(name: .customLong("learning-rate"), help: "Use this learning rate η instead of the lesson's.")
    var learningRate: Double?

    mutating func validate() throws {
        try lessonRun.validateIterations(atMost: Self.maxIterations)
        if let every, every < 1 { throw ValidationError("--every must be at least 1, not \(every)") }
        if let learningRate, !(learningRate.isFinite && learningRate > 0) {
            throw ValidationError("--learning-rate must be a positive number, not \(learningRate)")
        }
    }

    func run() throws {
        let path = LessonFile.resolve(lessonRun.lesson)
        var lesson = try LessonFile.load(path)
        if let learningRate { lesson.options.learningRate = learningRate }
        let total = lessonRun.iterations ?? lesson.iterations
        let every = self.every ?? max(1, total / 10)
        let numbers = NumberFormat(significantDigits: 8, style: .ascii)
        var trainer = lesson.trainer
        StandardOutput.write("Training \"\(PrintableText.escaped(lesson.title))\": \(total) updates, loss \(lesson.options.loss.name), "
                             + "η = \(numbers.string(lesson.options.learningRate)), batch = \(lesson.options.batch.rawValue)\n")
        StandardOutput.write("iteration  loss\n")
        func report(_ done: Int) throws {
            let loss = trainer.totalLoss()
            StandardOutput.write(String(done).leftPadded(to: 9) + "  " + numbers.string(loss) + "\n")
            if !loss.isFinite { throw diverged(at: done, lesson: lesson) }
        }
        var progress = ProgressBar(total: total, enabled: StandardError.isTerminal)
        try report(0)
        var done = 0
        var nextReport = min(every, total)
        while done < total {
            let chunk = min(nextReport - done, 4096)
            for _ in 0..<chunk where !trainer.step().isFinite {
                progress.clear()
                throw diverged(at: trainer.completedIterations, lesson: lesson)
            }
            done += chunk
            progress.update(done)
            if done == nextReport {
                progress.clear()
                try report(done)
                nextReport = min(nextReport + every, total)
            }
        }
        progress.clear()
        StandardOutput.write(finalReport(&trainer, lesson: lesson, numbers: numbers))
    }

    /// The final loss and, per sample, the outputs beside the targets.
    func finalReport(_ trainer: inout Trainer, lesson: Lesson, numbers: NumberFormat) -> String {
        var out = "\nfinal loss: \(numbers.string(trainer.totalLoss())) after \(trainer.completedIterations) updates\n"
        out += "outputs:\n"
        for sample in lesson.samples {
            let outputs = trainer.outputs(for: sample.inputs)
            out += "  x = (\(sample.inputs.map(numbers.string).joined(separator: ", ")))"
                + "  y = (\(outputs.map(numbers.string).joined(separator: ", ")))"
                + "  target (\(sample.targets.map(numbers.string).joined(separator: ", ")))\n"
        }
        return out
    }

    /// The error for a loss that stopped being a finite number.
    func diverged(at iteration: Int, lesson: Lesson) -> Error {
        let eta = lesson.options.learningRate
        let smaller = NumberFormat(significantDigits: 3, style: .ascii).string(eta / 10)
        StandardError.write("""
            error: training diverged at iteration \(iteration): the loss is no longer a finite number.
            The learning rate η = \(eta) is probably too large; try a smaller one, e.g. --learning-rate \(smaller)

            """)
        return ExitCode(1)
    }
}

extension String {
    /// The string with spaces in front, to at least `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

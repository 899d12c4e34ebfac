import BackpropCore

/// A validated lesson: the network, the training setup and the data a lesson file describes.
///
/// A `Lesson` is only ever made by ``LessonLoader`` from a file that passed every check, so
/// everything in it fits together: every sample fits the network, the loss fits the output
/// activation, and every number is finite.
public struct Lesson: Sendable {
    /// The lesson's title.
    public var title: String
    /// A one-line summary, if the file gives one.
    public var summary: String?
    /// The network with its initial parameters θ₀ (given in the file, or drawn from the seed).
    public var network: Network
    /// Loss, learning rate and batching.
    public var options: TrainingOptions
    /// How many updates the lesson walks through (at least 1).
    public var iterations: Int
    /// The training data: the `[[data]]` samples in file order, or those drawn from `[dataset]`.
    public var samples: [Sample]
    /// The built-in data set the samples were drawn from, when the file names one with `[dataset]`.
    public var dataset: DatasetRecipe? = nil
    /// The seed the left-out weights were drawn with: the file's `seed`, or 0 when it gives none.
    ///
    /// ``LessonLoader`` always sets it (the effective seed), even when the file gives every weight.
    public var seed: UInt64?
    /// The view the stepper opens in: the diagram, or the layer (matrix) view.
    public var view: LessonView = .nodes
    /// The path the lesson was read from, or a name given to ``LessonLoader/parse(_:fileName:)``.
    public var fileName: String
    /// The `[[notes]]`, in file order, each resolved to the step it shows at.
    public var notes: [LessonNote]
    /// The `[[quiz]]` questions, in file order, each resolved to the step it sits on (at
    /// most one per step).
    public var quizzes: [Quiz]
    /// The what-if edits made to the lesson as written, in order (``applying(_:)`` records
    /// them); empty for the lesson as its file says.
    public internal(set) var edits: [ValueEdit] = []

    /// Whether the lesson is as its file says: its notes' numbers and its quizzes' answers
    /// hold only then, so an edited lesson shows no notes and asks no quizzes.
    public var isAsWritten: Bool { edits.isEmpty }

    /// Creates a lesson; ``LessonLoader`` is the usual way.
    public init(title: String, summary: String?, network: Network, options: TrainingOptions,
                iterations: Int, samples: [Sample], seed: UInt64?, fileName: String,
                notes: [LessonNote] = [], quizzes: [Quiz] = []) {
        self.title = title
        self.summary = summary
        self.network = network
        self.options = options
        self.iterations = iterations
        self.samples = samples
        self.seed = seed
        self.fileName = fileName
        self.notes = notes
        self.quizzes = quizzes
    }

    /// A trainer positioned at the lesson's start.
    public var trainer: Trainer { Trainer(network: network, options: options, samples: samples) }

    /// The lesson's timeline: every step of its `iterations` updates.
    ///
    /// Building it runs the updates once on the fast path (see ``Timeline``).
    public var timeline: Timeline { timeline(iterations: iterations) }

    /// The timeline of the lesson's first `iterations` updates (at least 1), or of the
    /// `iterations` after `completedIterations` made before (see ``Timeline``).
    public func timeline(iterations: Int, completedIterations: Int = 0) -> Timeline {
        Timeline(network: network, options: options, samples: samples, iterations: iterations,
                 completedIterations: completedIterations)
    }

    /// A locator for step and value selectors in this lesson, made without training.
    public var locator: StepLocator {
        StepLocator(network: network, options: options, samples: samples, iterations: iterations)
    }

    /// How many steps the lesson has: updates × steps per update. Computed without training.
    public var stepCount: Int {
        timeline(iterations: 1).stepsPerIteration * iterations
    }

    /// The notes that show at global step `index`, in file order.
    public func notes(atStep index: Int) -> [LessonNote] { notes.filter { $0.stepIndex == index } }

    /// The quiz on global step `index`, if there is one.
    public func quiz(atStep index: Int) -> Quiz? { quizzes.first { $0.stepIndex == index } }
}

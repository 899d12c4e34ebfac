import BackpropCore
import Lessons

/// Everything the stepper shows: the lesson, where the student is in its Timeline, and the
/// state of playback, prompts and overlays. Views read it; only ``reduce(_:_:)`` changes it.
public struct StepperState: Sendable {
    /// The lesson being walked through (with any what-if edits made).
    public private(set) var lesson: Lesson
    /// The whole computation as steps (rebuilt when an edit changes the lesson).
    public private(set) var timeline: Timeline
    /// The global index (0-based) of the step on screen.
    public private(set) var position: Int
    /// The steps of the update that holds ``position`` (rebuilt only when the update changes).
    public private(set) var current: IterationSteps
    /// Auto-advance.
    public var playback = Playback()
    /// The help overlay, if it is open.
    public var isHelpVisible = false
    /// Whether the layer (matrix) view stands in for the diagram (`m`).
    public var showsLayerView = false
    /// The text typed after `:`, while the jump prompt is open.
    public var jumpPrompt: String?
    /// A one-line message for the status line (cleared by the next action).
    public var message: StepperMessage?
    /// A value picked out on the diagram, drawn in the selection style (for what-if editing).
    public var selection: ValueRef?
    /// The student's quizzes and end-of-lesson card; nil for a plain stepper that asks nothing.
    public var session: LessonSession?
    /// The terminal size the screen is laid out for.
    public var size: TerminalSize
    /// Set by Ctrl-L: the terminal should repaint everything, not only what changed.
    public var needsFullRedraw = false
    /// Set when the student leaves.
    public var hasQuit = false
    /// What-if edits, their undo stack and the demo caption (issue 5).
    public var instructor = InstructorState()
    /// The training view and the gradient check (issue 6).
    public var training = TrainingViewState()

    /// Creates a stepper at the first step of a lesson; `completedIterations` numbers its
    /// updates on from that many made before (the training view's stepper on its weights).
    public init(lesson: Lesson, size: TerminalSize, completedIterations: Int = 0) {
        self.lesson = lesson
        timeline = lesson.timeline(iterations: lesson.iterations, completedIterations: completedIterations)
        position = 0
        current = timeline.steps(iteration: timeline.firstIteration)
        self.size = size
        showsLayerView = lesson.view == .layers
    }

    /// The step on screen.
    public var step: Step { current.steps[stepInIteration] }
    /// The index of the step on screen within its update (0-based).
    public var stepInIteration: Int { position - timeline.index(iteration: current.iteration, step: 0) }
    /// The update on screen (1-based).
    public var iteration: Int { current.iteration }
    /// The values the student has seen so far in this update.
    public var known: KnownValues { current.known(through: stepInIteration) }
    /// Whether the step on screen is the lesson's first.
    public var isAtStart: Bool { position == 0 }
    /// Whether the step on screen is the lesson's last.
    public var isAtEnd: Bool { position == timeline.stepCount - 1 }
    /// Whether the terminal is large enough for the stepper's layout (80x24).
    public var fitsScreen: Bool { size.fits(.minimum) }

    /// Moves to global step `index`, clamped to the timeline; rebuilds the update's steps if it changes.
    mutating func move(to index: Int) {
        let target = stopAtQuiz(min(max(0, index), timeline.stepCount - 1))
        let iteration = timeline.position(of: target).iteration
        if iteration != current.iteration { current = timeline.steps(iteration: iteration) }
        position = target
    }

    /// Swaps in `edited`, a lesson of the same shape with other values: rebuilds the
    /// Timeline and stays at the same global step.
    mutating func replaceLesson(with edited: Lesson) {
        lesson = edited
        timeline = edited.timeline(iterations: edited.iterations, completedIterations: timeline.firstIteration - 1)
        current = timeline.steps(iteration: current.iteration)
    }
}

/// A short message on the status line.
public struct StepperMessage: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Whether it reports a mistake (shown as an error) rather than information.
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

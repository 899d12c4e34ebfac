import BackpropCore
import Lessons
import ProgressStorage
import Reports

/// The tutor as a ``TerminalProgram``: the lesson menu or a lesson in the stepper, and the
/// student's progress saved as they go.
///
/// Opened on the menu (`backprop` alone), Enter opens a lesson and q in the lesson comes back
/// to the menu; opened on one lesson (`backprop open`), q leaves. Ctrl-C leaves at once from
/// anywhere. Progress is saved when a quiz is settled, when the last step is reached, every
/// ``saveInterval`` steps, and when a lesson is left, and read again on coming back to the
/// menu: as ``ProgramEffect``s that the runner carries out (the program itself touches no
/// file). A failed save is a message on the bottom line; the lesson goes on.
public struct TutorProgram: DemoProgram {
    /// A lesson open in the stepper, with what was last saved of it.
    struct OpenLesson {
        var stepper: StepperProgram
        let launch: LessonLaunch
        var savedPosition: Int
        var savedOutcomes: [Int: QuizOutcome]
        var isDone: Bool
        /// Whether the next save replaces what was saved before (the lesson was started over).
        var restartPending: Bool
        /// Whether a practice exercise's score has been added to its shape's record.
        var isPracticeRecorded = false
    }

    /// Steps walked between two saves of where the student is.
    public static let saveInterval = 25

    /// The menu; nil when the tutor was opened on one lesson.
    public private(set) var menu: LessonMenuState?
    /// The lesson open in the stepper, if any.
    var open: OpenLesson?
    /// The student's progress as last saved or read (kept in memory when nothing is stored).
    public private(set) var progress: StudentProgress
    /// The effects asked for and not yet taken by the runner.
    private var pendingEffects: [ProgramEffect] = []
    /// The lesson just left for the menu, whose row the menu selects once progress is read again.
    private var returnedFrom: String?
    /// Every lesson file, in menu order (for the menu, and for the lesson after each).
    let entries: [LessonEntry]
    /// Glyphs and notation.
    let context: RenderContext
    /// Whether lessons ask their quizzes.
    let asksQuizzes: Bool
    /// The working directory, below which the end-of-lesson card writes paths relative to it.
    let workingDirectory: String?
    /// The terminal size.
    public private(set) var size: TerminalSize
    /// Whether the tutor has ended.
    public private(set) var isFinished = false

    /// The tutor on the lesson menu of `entries`, with the saved `progress`; `warnings` (such
    /// as a progress file moved aside, or a lessons folder not found) show above the list
    /// until the first key.
    public init(menuOf entries: [LessonEntry], progress: StudentProgress, size: TerminalSize, context: RenderContext,
                asksQuizzes: Bool = true, warnings: [String] = [], workingDirectory: String? = nil) {
        var menu = LessonMenuState(entries: entries, progress: progress, size: size)
        menu.workingDirectory = workingDirectory
        if !warnings.isEmpty { menu.banner = warnings.joined(separator: "; ") }
        self.menu = menu
        self.progress = progress
        self.entries = entries
        self.context = context
        self.asksQuizzes = asksQuizzes
        self.workingDirectory = workingDirectory
        self.size = size
    }

    /// The tutor on one lesson (`backprop open`), with the saved `progress`: q leaves the
    /// program. `entries` is the library, for the lesson that follows; `warnings` show on the
    /// first frame.
    public init(launch: LessonLaunch, entries: [LessonEntry], progress: StudentProgress, size: TerminalSize,
                context: RenderContext, warnings: [String] = [], workingDirectory: String? = nil) {
        self.progress = progress
        self.entries = entries
        self.context = context
        asksQuizzes = launch.asksQuizzes
        self.workingDirectory = workingDirectory
        self.size = size
        start(launch)
        if !warnings.isEmpty { open?.stepper.state.message = StepperMessage(warnings.joined(separator: "; "), isError: true) }
    }

    /// The stepper's state, while a lesson is open.
    public var stepper: StepperState? { open?.stepper.state }

    /// The playback delay of the open lesson while it plays.
    public var tickInterval: Duration? { open?.stepper.tickInterval }
    /// Whether the open lesson asked for a full repaint.
    public var wantsFullRepaint: Bool { open?.stepper.wantsFullRepaint ?? false }

    /// Hands the key to the menu or the lesson, and follows where it leads.
    public mutating func handle(_ key: KeyEvent) {
        if open != nil {
            handleInLesson(key)
        } else if var menu {
            if let action = MenuKeyMap.action(for: key, in: menu) { reduceMenu(&menu, action) }
            self.menu = menu
            if menu.hasQuit {
                isFinished = true
            } else if menu.practiceRequested {
                startPractice(shape: menu.selectedPracticeShape)
            } else if let request = menu.request {
                let entry = menu.menu.items[request.item].entry
                if let lesson = entry.lesson {
                    start(LessonLaunch(lesson: lesson, id: entry.id, asksQuizzes: asksQuizzes, restarts: request.restarts,
                                       next: Self.next(after: entry.path, in: entries, workingDirectory: workingDirectory)))
                }
            }
        }
    }

    /// Hands the terminal loop's timing of a tick to the open lesson (the training view
    /// measures its speed with it).
    public mutating func tickMeasured(_ timing: TickTiming) {
        open?.stepper.tickMeasured(timing)
    }

    /// Shows a demo script's caption on the open lesson's status line.
    public mutating func showCaption(_ caption: String?) {
        open?.stepper.showCaption(caption)
    }

    /// Says whether a demo plays unattended on the open lesson, for its hints line.
    public mutating func showDemoControl(_ control: DemoControl?) {
        open?.stepper.showDemoControl(control)
    }

    /// Takes the saves and reads asked for since the last call.
    public mutating func takeEffects() -> [ProgramEffect] {
        defer { pendingEffects = [] }
        return pendingEffects
    }

    /// Takes what came of a save (a problem is a message on the open lesson's bottom line) or
    /// of reading the progress again (the menu shows it, with any warnings above the list).
    public mutating func effectFinished(_ outcome: EffectOutcome) {
        switch outcome {
        case .progressSaved(let saved, let problem):
            if let saved { progress = saved }
            if let problem {
                open?.stepper.state.message = StepperMessage(problem, isError: true)
            } else {
                open?.restartPending = false
            }
        case .progressLoaded(let loaded, let warnings):
            if let loaded { progress = loaded }
            guard let lesson = returnedFrom else { return }
            returnedFrom = nil
            menu?.refresh(progress: progress, after: lesson)
            if !warnings.isEmpty { menu?.banner = warnings.joined(separator: "; ") }
        }
    }

    /// Lays out the menu and the open lesson for the new size.
    public mutating func resize(to size: TerminalSize) {
        self.size = size
        menu?.size = size
        open?.stepper.resize(to: size)
    }

    /// The screen now.
    public mutating func render() -> Screen {
        // In place, so the renderer's caches are not copied.
        if let screen = open?.stepper.render() { return screen }
        guard let menu else { return Screen(size: size) }
        return LessonMenuView(state: menu, context: context).render()
    }

    // MARK: - Lessons

    /// Opens `launch` in the stepper, at the step its saved progress says. Nothing is written
    /// yet (the first frame comes first); the first save marks the lesson in progress.
    private mutating func start(_ launch: LessonLaunch) {
        let saved = launch.restarts ? LessonProgress() : progress[lesson: launch.id]
        let stepper = StepperProgram(launch: launch, saved: saved, size: size, context: context)
        let state = stepper.state
        open = OpenLesson(stepper: stepper, launch: launch, savedPosition: state.position,
                          savedOutcomes: state.session?.outcomes ?? [:], isDone: saved.status == .done,
                          restartPending: launch.restarts)
    }

    /// A key in the open lesson: the stepper takes it, then progress is saved if it is time,
    /// and a lesson left gives way to the menu, the next lesson, or the end.
    private mutating func handleInLesson(_ key: KeyEvent) {
        // In place, so the stepper's state and caches are not copied.
        open?.stepper.handle(key)
        guard let open else { return }
        let state = open.stepper.state
        let place = state.lessonPlace
        let outcomes = place.session?.outcomes ?? [:]
        var due = outcomes != open.savedOutcomes || state.hasQuit
            || abs(place.position - open.savedPosition) >= Self.saveInterval
        if place.isAtEnd && !open.isDone {
            self.open?.isDone = true
            due = true
        }
        // A practice exercise counts once every quiz is settled, the last one included.
        if let shape = open.launch.practiceShape, place.isAtEnd, place.waitingQuiz == nil, !open.isPracticeRecorded {
            self.open?.isPracticeRecorded = true
            recordPractice(shape: shape, outcomes: outcomes)
        }
        if due { save() }
        guard state.hasQuit else { return }
        self.open = nil
        if state.session?.wantsNextLesson == true, let next = state.session?.next,
           let entry = entries.first(where: { $0.path == next.path }), let lesson = entry.lesson {
            start(LessonLaunch(lesson: lesson, id: entry.id, asksQuizzes: asksQuizzes,
                               next: Self.next(after: entry.path, in: entries, workingDirectory: workingDirectory)))
        } else if key == .control("c") || menu == nil {
            isFinished = true
        } else {
            // Back on the menu, which shows the progress as read again (effectFinished).
            returnedFrom = open.launch.id
            pendingEffects.append(.reloadProgress)
        }
    }

    /// Opens a practice exercise of `shape` (sigmoid, half squared error) from the menu. The
    /// seed is one more than the exercises of that shape finished so far: the menu's
    /// exercises differ from one to the next and need no clock or randomness.
    private mutating func startPractice(shape: String) {
        self.menu?.practiceRequested = false
        let finished = progress.practice?[shape]?.exercises ?? 0
        guard let sizes = PracticeSpec.shape(shape),
              let spec = try? PracticeSpec(shape: sizes, activation: .sigmoid, loss: .halfSquaredError,
                                           seed: UInt64(finished + 1)),
              let exercise = try? PracticeGenerator.exercise(spec) else {
            self.menu?.message = StepperMessage("No practice exercise could be made for \(shape)", isError: true)
            return
        }
        start(LessonLaunch(lesson: exercise.lesson, id: "practice-\(shape)", asksQuizzes: true, restarts: true,
                           practiceShape: shape))
    }

    /// Adds the finished practice exercise's score to `shape`'s record, in memory and as an
    /// effect that saves it, and hands the record to the session for the end-of-lesson card.
    private mutating func recordPractice(shape: String, outcomes: [Int: QuizOutcome]) {
        var finished = LessonProgress()
        for (number, outcome) in outcomes { finished.record(outcome, forQuiz: number) }
        let score = finished.score(quizCount: open?.launch.lesson.quizzes.count ?? 0)
        progress.recordPractice(shape: shape, score: score)
        pendingEffects.append(.recordPractice(shape: shape, score: score))
        if let record = progress.practice?[shape] {
            open?.stepper.state.session?.practice = FinishedPractice(shape: shape, record: record)
        }
    }

    /// Asks to save where the student is in the open lesson, its quiz outcomes and whether it
    /// is done, and keeps the change in memory meanwhile.
    private mutating func save() {
        guard let open else { return }
        // A stepper the training view opened on trained weights walks updates of its own:
        // what is saved is the lesson's own stepper, kept aside meanwhile.
        let state = open.stepper.state.lessonPlace
        let outcomes = state.session?.outcomes ?? [:]
        let change = LessonProgressChange(restarts: open.restartPending, step: state.position, isDone: open.isDone,
                                          outcomes: outcomes)
        change.apply(to: &progress[lesson: open.launch.id])
        pendingEffects.append(.saveProgress(lesson: open.launch.id, change: change))
        self.open?.savedPosition = state.position
        self.open?.savedOutcomes = outcomes
    }

    /// The lesson after the one at `path` in `entries` that loads, if any; its path is shown
    /// relative to `workingDirectory` when it lies below it.
    public static func next(after path: String, in entries: [LessonEntry], workingDirectory: String? = nil) -> NextLesson? {
        guard let index = entries.firstIndex(where: { $0.path == path }) else { return nil }
        let menu = LessonMenu(entries: entries, progress: StudentProgress())
        guard let item = menu.items.dropFirst(index + 1).first(where: { $0.entry.lesson != nil }) else { return nil }
        var shown = item.entry.path
        if let directory = workingDirectory, shown.hasPrefix(directory + "/") { shown.removeFirst(directory.count + 1) }
        return NextLesson(label: item.label, title: item.entry.title, path: item.entry.path, shownPath: shown)
    }
}

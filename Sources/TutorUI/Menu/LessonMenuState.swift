import Lessons
import ProgressStorage
import Reports

/// The lesson menu: the lessons with the student's progress, which one is selected, and
/// what the student asked for. Views read it; only ``reduceMenu(_:_:)`` changes it.
public struct LessonMenuState: Sendable {
    /// The lessons and their progress, as `backprop list` prints them.
    public private(set) var menu: LessonMenu
    /// The index of the selected lesson.
    public private(set) var selected: Int
    /// A warning to show above the list until the next key (a progress file moved aside).
    public var banner: String?
    /// A one-line message for the bottom line (cleared by the next action).
    public var message: StepperMessage?
    /// The terminal size the menu is laid out for.
    public var size: TerminalSize
    /// The lesson the student asked to open (an index into the items), and whether to start it over.
    public internal(set) var request: (item: Int, restarts: Bool)?
    /// The lesson (an index into the items) that `r` asked to start over, waiting for a second
    /// `r` to confirm: its saved step and quiz answers would be forgotten. Any other key keeps them.
    public internal(set) var restartToConfirm: Int?
    /// Set when the student leaves.
    public internal(set) var hasQuit = false
    /// The lesson number typed so far (`1`, then `10` or `1b`); emptied by any other key.
    public internal(set) var typedNumber = ""
    /// The working directory, below which lesson files are shown by relative paths.
    public var workingDirectory: String?
    /// The practice records by network shape, from the saved progress.
    public private(set) var practice: [String: PracticeRecord] = [:]
    /// Which of ``practiceShapes`` `p` practises.
    public internal(set) var practiceShape = 0
    /// Set when the student asked for a practice exercise of ``selectedPracticeShape``.
    public internal(set) var practiceRequested = false

    /// The shapes the menu offers for practice, the first the default.
    public static let practiceShapes = ["2-2-1", "1-1", "2-1", "1-2-1", "2-3-2", "2-2-2-1"]

    /// The shape `p` practises.
    public var selectedPracticeShape: String { Self.practiceShapes[practiceShape] }

    /// A menu of `entries` with `progress`, laid out for `size`, selecting the lesson to go
    /// on with: the first in progress, else the first not started, else the first.
    public init(entries: [LessonEntry], progress: StudentProgress, size: TerminalSize) {
        menu = LessonMenu(entries: entries, progress: progress)
        practice = progress.practice ?? [:]
        self.size = size
        selected = 0
        selected = suggestedItem ?? 0
    }

    /// The lesson to go on with: the first in progress, else the first not started that
    /// loads; nil when every lesson is done.
    var suggestedItem: Int? {
        let items = menu.items
        return items.firstIndex { $0.progress.status == .inProgress && $0.problem == nil }
            ?? items.firstIndex { $0.progress.status == .notStarted && $0.problem == nil }
    }

    /// The selected lesson, if there is any lesson.
    public var selectedItem: LessonMenu.Item? { menu.items.indices.contains(selected) ? menu.items[selected] : nil }

    /// Shows `progress` (after a lesson), keeping the selection; when the lesson just left
    /// was finished, the selection moves on to the next lesson not done.
    mutating func refresh(progress: StudentProgress, after lessonID: String? = nil) {
        let wasDone = menu.items.first { $0.entry.id == lessonID }?.progress.status == .done
        menu = LessonMenu(entries: menu.items.map(\.entry), progress: progress)
        practice = progress.practice ?? [:]
        request = nil
        practiceRequested = false
        guard let lessonID, let index = menu.items.firstIndex(where: { $0.entry.id == lessonID }) else { return }
        selected = index
        if !wasDone, menu.items[index].progress.status == .done,
           let next = menu.items.indices.dropFirst(index + 1).first(where: {
               menu.items[$0].progress.status != .done && menu.items[$0].problem == nil
           }) {
            selected = next
        }
    }

    /// Moves the selection to `index`, kept within the list.
    mutating func select(_ index: Int) {
        guard !menu.items.isEmpty else { return }
        selected = min(max(0, index), menu.items.count - 1)
    }

    /// Whether `character` goes on the number typed so far towards some lesson's number.
    func numberGoesOn(with character: Character) -> Bool {
        !typedNumber.isEmpty && menu.items.contains { $0.label.lowercased().hasPrefix(typedNumber + character.lowercased()) }
    }

    /// Types `character` of a lesson's number and selects the lesson it names (the one
    /// numbered exactly so, else the first whose number begins so); a digit that goes on
    /// no number starts a new one; a number no lesson has says so. When lessons from several
    /// folders share a number, typing it again moves on to the next of them.
    mutating func typeNumber(_ character: Character) {
        let typed = character.lowercased()
        let labels = menu.items.map { $0.label.lowercased() }
        for candidate in [typedNumber + typed, typed] {
            let exact = labels.indices.filter { labels[$0] == candidate }
            let again = labels.indices.contains(selected) && labels[selected] == candidate
            if let index = (again ? exact.first { $0 > selected } : nil) ?? exact.first
                ?? labels.firstIndex(where: { $0.hasPrefix(candidate) }) {
                typedNumber = candidate
                select(index)
                return
            }
        }
        message = StepperMessage("There is no lesson \(typedNumber + typed)", isError: true)
        typedNumber = ""
    }
}

extension LessonMenu.Item {
    /// Whether starting the lesson over would forget anything: a step or a quiz answer saved.
    var hasProgressToLose: Bool { progress.status != .notStarted || !progress.quizzes.isEmpty }
}

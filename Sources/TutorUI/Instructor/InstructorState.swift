import BackpropCore
import BackpropNotation
import Lessons

/// The instructor's part of the stepper (issue 5): the what-if edit prompt, the lessons
/// before each edit (for undo), what the last edit changed on screen, and a demo's caption.
///
/// The selection itself is ``StepperState/selection``, which the diagram already draws.
public struct InstructorState: Sendable {
    /// The edit prompt, while `e` has it open.
    public internal(set) var prompt: EditPrompt?
    /// The edits still in force, oldest first, each with the lesson before it: `u` takes
    /// back the last one.
    public internal(set) var undoStack: [UndoEntry] = []
    /// What the last edit or undo changed, compared at the step it was made at.
    public internal(set) var lastChange: EditChanges?
    /// Counts every change of the lesson (an edit or an undo), so a renderer knows its
    /// caches are stale.
    public internal(set) var revision = 0
    /// A demo script's caption, shown on the status line until the next caption.
    public internal(set) var caption: String?
    /// Whether a demo plays unattended in the terminal (and whether it is paused): the hints
    /// line then shows the demo's keys.
    public internal(set) var demoControl: DemoControl?
    /// Whether the lesson's quizzes were asked before the first edit still in force (nil
    /// while the lesson is as written): quiz answers belong to the lesson as written, so an
    /// edit turns them off and undoing every edit turns them back on.
    public internal(set) var quizzesBeforeEdits: Bool?

    /// The most edits `u` can take back; older ones stay made.
    public static let undoLimit = 100

    /// Nothing edited, nothing typed, no caption.
    public init() {}

    /// What the last edit changed, if it was made at global step `position` (the marks show
    /// only at the step the edit was made at).
    public func changes(at position: Int) -> EditChanges? {
        lastChange?.position == position ? lastChange : nil
    }
}

/// The edit prompt: which value is being edited and the text typed so far.
public struct EditPrompt: Sendable, Hashable {
    /// The value the number will replace.
    public let target: EditableValue
    /// What has been typed.
    public internal(set) var text: String

    /// The longest text the prompt takes.
    public static let maximumLength = 24
}

/// One edit still in force: the lesson before it and what it set.
public struct UndoEntry: Sendable {
    /// The lesson as it was before the edit.
    public let lesson: Lesson
    /// The edit made.
    public let edit: ValueEdit
}

/// What an edit (or an undo) changed: the value set, from what to what, and every value
/// visible at that step that reads differently now.
public struct EditChanges: Sendable, Hashable {
    /// The value the edit set.
    public let target: EditableValue
    /// Its value before.
    public let old: Double
    /// Its value after.
    public let new: Double
    /// Whether this was an undo (the edit taken back) rather than an edit.
    public let isUndo: Bool
    /// The global step the values were compared at.
    public let position: Int
    /// The values visible at that step that changed, in the diagram's order.
    public let changes: [ValueChange]

    /// The change of `ref`, if it changed visibly when written with `format`.
    public func change(of ref: ValueRef, in format: NumberFormat) -> ValueChange? {
        changes.first { $0.ref == ref && $0.isVisible(in: format) }
    }

    /// The changes that show when written with `format`.
    public func visibleChanges(in format: NumberFormat) -> [ValueChange] {
        changes.filter { $0.isVisible(in: format) }
    }
}

import ProgressStorage

/// The student's saved progress as the tutor sees it: read from a ``ProgressStore`` when
/// the tutor starts and when it comes back to the menu, changed lesson by lesson.
///
/// The one place the tutor's programs touch a file. Without a store (replay, tests) it keeps
/// progress in memory only. Nothing here throws: a failed write comes back as a message to
/// show, and the session goes on.
public struct ProgressKeeper: Sendable {
    /// Where progress is saved; nil keeps it in memory.
    public let store: ProgressStore?
    /// The progress as last read or saved.
    public private(set) var progress: StudentProgress

    /// A keeper for `store`, with nothing read yet (call ``reload()``).
    public init(store: ProgressStore?) {
        self.store = store
        progress = StudentProgress()
    }

    /// Reads the progress again (another copy of `backprop` may have saved some), and
    /// returns the warnings about a file that had to be moved aside, as messages.
    @discardableResult
    public mutating func reload() -> [String] {
        guard let store else { return [] }
        let loaded = store.load()
        progress = loaded.progress
        return loaded.warnings.map(\.message)
    }

    /// Records a finished practice exercise of network `shape` that scored `score`, and
    /// saves it; returns a message when the save failed.
    public mutating func recordPractice(shape: String, score: QuizScore) -> String? {
        func change(_ progress: inout StudentProgress) {
            var records = progress.practice ?? [:]
            records[shape, default: PracticeRecord()].record(score)
            progress.practice = records
        }
        change(&progress)
        guard let store else { return nil }
        do {
            progress = try store.update(change).progress
            return nil
        } catch {
            return "Progress not saved: \(error.message)"
        }
    }

    /// Changes lesson `id`'s progress and saves it; returns a message to show if it could
    /// not be saved (the change is kept in memory all the same).
    public mutating func update(lesson id: String, _ change: (inout LessonProgress) -> Void) -> String? {
        var lesson = progress[lesson: id]
        change(&lesson)
        progress[lesson: id] = lesson
        guard let store else { return nil }
        do {
            let saved = try store.update(lesson: id, change)
            progress = saved.progress
            return saved.warnings.first.map { "Progress: \($0.message)" }
        } catch {
            return "Progress not saved: \(error.message)"
        }
    }
}

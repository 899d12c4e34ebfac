import Lessons
import ProgressStorage

/// The lesson menu as data: each lesson with its number, title, summary and the student's
/// progress, ready for `backprop list` to print or a menu screen to draw.
public struct LessonMenu: Sendable {
    /// One line of the menu.
    public struct Item: Sendable {
        /// The 1-based position in the menu.
        public let number: Int
        /// The label shown before the title: the lesson's number from its file name (`1b`),
        /// or its position for a file name without one.
        public var label: String { entry.orderLabel ?? String(number) }
        /// The lesson file, loaded or not.
        public let entry: LessonEntry
        /// The student's progress in it.
        public let progress: LessonProgress
        /// How many steps the lesson has (nil for a lesson that did not load).
        public let stepCount: Int?
        /// How many updates the lesson runs (1 for a lesson that did not load).
        public let iterations: Int
        /// How many quizzes it has (0 for a lesson that did not load).
        public let quizCount: Int

        /// `not started`, `in progress (step 13 of 28)` (`update 3 of 4, step 2 of 7` for a
        /// lesson of several updates) or `done`.
        public var status: String {
            switch progress.status {
            case .notStarted: return "not started"
            case .done: return "done"
            case .inProgress: return place(compact: false).map { "in progress (\($0))" } ?? "in progress"
            }
        }

        /// Where a lesson in progress was left: `step 13 of 33`, or for a lesson of several
        /// updates `update 3 of 4, step 2 of 7` (`update 3 of 4` when `compact`); `the lesson
        /// changed: starts over` for a step saved past its end (opening it starts at the
        /// first step); nil when that is not known.
        public func place(compact: Bool) -> String? {
            guard let stepCount else { return nil }
            guard progress.step < stepCount else { return compact ? "starts over" : "the lesson changed: starts over" }
            return LessonMenu.place(ofStep: max(progress.step, 0), stepCount: stepCount,
                                    stepsPerIteration: stepCount / max(1, iterations), compact: compact)
        }

        /// `quizzes 2.5/3` once a quiz was attempted, `3 quizzes` before; nil without quizzes.
        public var quizzes: String? {
            guard quizCount > 0 else { return nil }
            let score = progress.score(quizCount: quizCount)
            if score.attempted == 0 { return quizCount == 1 ? "1 quiz" : "\(quizCount) quizzes" }
            return "quizzes \(score)"
        }

        /// The problem to show for a lesson that did not load: the first one with a line (a
        /// mistyped key is more use than the required key it left missing), else the first.
        public var problem: String? {
            guard let problems = entry.error?.problems else { return nil }
            return (problems.first { $0.line != nil } ?? problems.first)?.description
        }
    }

    /// The lessons, in library order.
    public let items: [Item]

    /// The menu for these lesson files and this progress.
    public init(entries: [LessonEntry], progress: StudentProgress) {
        items = entries.enumerated().map { index, entry in
            Item(number: index + 1, entry: entry, progress: progress[lesson: entry.id],
                 stepCount: entry.lesson?.stepCount, iterations: entry.lesson?.iterations ?? 1,
                 quizCount: entry.lesson?.quizzes.count ?? 0)
        }
    }

    /// The menu as text: per lesson its label and title, then its summary and its progress
    /// (or, for a lesson that did not load, its first problem), indented below. Control
    /// characters in the lessons' text are escaped (``PrintableText``).
    public func text() -> String {
        let width = items.map(\.label.count).max() ?? 1
        return items.map { item in
            let number = String(repeating: " ", count: width - item.label.count) + item.label
            let indent = String(repeating: " ", count: width + 2)
            var lines = [number + "  " + PrintableText.escaped(item.entry.title)]
            if let problem = item.problem {
                lines.append(indent + "BROKEN: " + PrintableText.escaped(problem))
            } else {
                if let summary = item.entry.summary { lines.append(indent + PrintableText.escaped(summary)) }
                lines.append(indent + ([item.status] + (item.quizzes.map { [$0] } ?? [])).joined(separator: " · "))
            }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}

extension LessonMenu {
    /// Where global step `step` (0-based) of a lesson of `stepCount` steps, in updates of
    /// `stepsPerIteration` steps, lies: `step 13 of 33`, or for several updates `update 3 of
    /// 4, step 2 of 7` (`update 3 of 4` when `compact`). The menu, `backprop list` and the
    /// stepper's "Resumed at …" all say it so.
    public static func place(ofStep step: Int, stepCount: Int, stepsPerIteration: Int, compact: Bool = false) -> String {
        let perUpdate = max(1, stepsPerIteration)
        let updates = stepCount / perUpdate
        guard updates > 1 else { return "step \(step + 1) of \(stepCount)" }
        let update = "update \(step / perUpdate + 1) of \(updates)"
        return compact ? update : update + ", step \(step % perUpdate + 1) of \(perUpdate)"
    }
}

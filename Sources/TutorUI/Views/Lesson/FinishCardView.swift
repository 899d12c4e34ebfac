import Lessons
import ProgressStorage

/// The card at the end of a lesson (rustlings-style): the lesson done, the quiz score (or
/// that quizzes were off), and what comes next with how to open it. Drawn over the diagram when the student
/// presses → at the last step.
struct FinishCardView {
    let state: StepperState
    let context: RenderContext

    /// The score over the lesson's quizzes, from the session's outcomes.
    var score: QuizScore {
        var progress = LessonProgress()
        for (number, outcome) in state.session?.outcomes ?? [:] { progress.record(outcome, forQuiz: number) }
        return progress.score(quizCount: state.lesson.quizzes.count)
    }

    /// The card's lines, each with its style.
    var lines: [(text: String, style: Style)] {
        var lines: [(String, Style)] = [("You have finished “\(state.lesson.title)”.", .title), ("", .normal)]
        lines += scoreLines
        lines.append(("", .normal))
        if let practice = state.session?.practice {
            let record = practice.record
            lines.append(("Practice \(practice.shape): best \(record.best), \(record.exercises) exercise"
                          + (record.exercises == 1 ? "" : "s") + " finished.", .title))
            lines.append(("In a row with every value worked out: \(record.streak) (longest \(record.longestStreak)).",
                          .normal))
            lines.append(("Another: backprop practice --shape \(practice.shape) (q, then run it).", .normal))
        } else if let next = state.session?.next {
            lines.append(("Next: lesson \(next.label), “\(next.title)”.", .title))
            lines.append(("Press Enter to open it now, or later from a shell:", .normal))
            lines.append(("  backprop open \(next.shownPath)", Style(.hint, .bold)))
        } else {
            lines += Self.afterTheLastLesson
        }
        lines.append(("", .normal))
        lines.append(("g goes back to the first step, q leaves the lesson, other keys close this card.", .dim))
        return lines.map { (text: context.lessonText($0.0), style: $0.1) }
    }

    /// What to do after the last lesson: more of this network, then the whole course again.
    static let afterTheLastLesson: [(String, Style)] = [
        ("That was the last lesson. What next, once this card is closed:", .title),
        ("  t  the training view: watch this network learn, update by update", .normal),
        ("  c  on a gradient step: backpropagation against finite differences", .normal),
        ("  backprop list   every lesson with your scores, to take one again", .normal),
        ("  backprop open 7 --set w5=0.9   a lesson with a value of your own", .normal),
    ]

    /// The lines about the quizzes: the score; with quizzes off, that they were off and how
    /// to take them (with the score saved before, if any); or that there are none.
    var scoreLines: [(String, Style)] {
        let score = self.score
        guard score.total > 0 else { return [("This lesson has no quizzes.", .normal)] }
        if state.session?.asksQuizzes == true { return [("Quiz score: \(score) (\(scoreParts(score)))", .accent)] }
        if state.instructor.quizzesBeforeEdits != nil {
            return [("The quizzes are off while a what-if edit is in force (u undoes it).", .accent)]
        }
        let quizzes = score.total == 1 ? "its quiz was" : "its \(score.total) quizzes were"
        var lines: [(String, Style)] = [("Quizzes were off, so \(quizzes) not asked.", .accent)]
        if score.attempted > 0 {
            lines.append(("Your score from before: \(score) (\(scoreParts(score))).", .normal))
        }
        lines.append(("To take them, open the lesson again without --no-quiz or --set.", .normal))
        return lines
    }

    /// `1 right first time, 1 after a hint, 2 not asked`: how each quiz went, counted.
    private func scoreParts(_ score: QuizScore) -> String {
        var parts = ["\(score.firstTry) right first time"]
        if score.afterHint > 0 { parts.append("\(score.afterHint) after a hint") }
        if score.revealed > 0 { parts.append("\(score.revealed) shown after two tries") }
        if score.skipped > 0 { parts.append("\(score.skipped) skipped") }
        let unanswered = score.total - score.attempted
        if unanswered > 0 { parts.append("\(unanswered) not asked") }
        return parts.joined(separator: ", ")
    }

    /// Draws the card, centred over the diagram.
    func draw(into screen: inout Screen) {
        let width = min(screen.columns - 4, 76)
        let inner = width - 4
        var wrapped: [(String, Style)] = []
        for line in lines {
            let parts = StyledWrapping.lines(of: [StyledWrapping.Span(text: line.text, style: line.style)], width: inner,
                                             hangingIndent: 2)
            wrapped += parts.map { ($0.map(\.text).joined(), line.style) }
        }
        let height = min(screen.rows - 2, wrapped.count + 4)
        let rect = Rect(row: max(0, (screen.rows - 2 - height) / 2), column: (screen.columns - width) / 2,
                        rows: height, columns: width)
        screen.fill(rect, style: .normal)
        screen.box(rect, weight: .heavy, glyphs: context.glyphs, style: .accent)
        screen.put(" Lesson done ", row: rect.row, column: rect.column + 2, style: .accent)
        for (offset, line) in wrapped.prefix(max(0, height - 4)).enumerated() {
            screen.put(line.0, row: rect.row + 2 + offset, column: rect.column + 2, style: line.1)
        }
    }
}

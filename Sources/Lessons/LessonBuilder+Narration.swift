import BackpropCore

/// A `[[notes]]` table as read, before its selector is resolved against the lesson's steps.
struct NoteDraft {
    /// The 0-based position among the notes.
    var index: Int
    /// The parsed `at`, nil when it is missing or wrong (already reported).
    var at: StepSelector?
    /// The checked `text`, nil when it is missing or wrong.
    var text: String?
}

/// A `[[quiz]]` table as read, before its selectors are resolved against the lesson's steps.
struct QuizDraft {
    /// The 0-based position among the quizzes.
    var index: Int
    /// The parsed `at`.
    var at: StepSelector?
    /// The checked `question`, if given.
    var question: String?
    /// The checked `hint`, if given.
    var hint: String?
    /// The parsed `answer`, for a quiz that asks for a value.
    var answer: ValueSelector?
    /// The `tolerance`, if given.
    var tolerance: Double?
    /// The `choices` and the 1-based `correct` one, for a multiple choice.
    var choice: ChoiceAnswer?
    /// Whether everything the quiz needs was read without a problem.
    var isUsable: Bool
}

/// A quiz whose selectors are resolved: the step it sits on and, for a value, which value.
struct PlacedQuiz {
    var draft: QuizDraft
    var selection: StepSelection
    var stepIndex: Int
    var ref: ValueRef?
}

extension LessonBuilder {
    // MARK: - Reading

    /// Reads every `[[notes]]` table, checking what can be checked without the lesson's steps.
    mutating func readNotes() -> [NoteDraft] {
        let path = TOMLPath.root.appending("notes")
        guard let elements = root["notes"]?.arrayElements else { return [] }
        if elements.count > LessonLimits.maxNotes {
            report(path, "at most \(LessonLimits.maxNotes) notes, found \(elements.count)")
            return []
        }
        return elements.enumerated().compactMap { index, element in
            guard let entries = element.tableEntries else { return nil }
            let notePath = path.appending(index: index)
            return NoteDraft(index: index, at: readSelector(entries["at"], at: notePath.appending("at")),
                             text: readText(entries["text"], at: notePath.appending("text")))
        }
    }

    /// Reads every `[[quiz]]` table, checking what can be checked without the lesson's steps.
    mutating func readQuizzes() -> [QuizDraft] {
        let path = TOMLPath.root.appending("quiz")
        guard let elements = root["quiz"]?.arrayElements else { return [] }
        if elements.count > LessonLimits.maxQuizzes {
            report(path, "at most \(LessonLimits.maxQuizzes) quizzes, found \(elements.count)")
            return []
        }
        return elements.enumerated().compactMap { index, element in
            guard let entries = element.tableEntries else { return nil }
            return readQuiz(entries, index: index, at: path.appending(index: index))
        }
    }

    /// Reads one quiz table: `at`, then either `answer` (+ `tolerance`) or `choices` + `correct`.
    private mutating func readQuiz(_ entries: [String: TOMLNode], index: Int, at path: TOMLPath) -> QuizDraft {
        let before = problems.count
        var draft = QuizDraft(index: index, isUsable: false)
        draft.at = readSelector(entries["at"], at: path.appending("at"))
        if let node = entries["question"] { draft.question = readText(node, at: path.appending("question")) }
        if let node = entries["hint"] { draft.hint = readText(node, at: path.appending("hint")) }
        let hasAnswer = entries["answer"] != nil, hasChoices = entries["choices"] != nil
        if hasAnswer && hasChoices {
            report(path, "give either answer (a value to predict) or choices (a multiple choice), not both")
        } else if !hasAnswer && !hasChoices {
            report(path, "needs answer (a value to predict, such as \"dl_dz h1\") or choices and correct "
                   + "(a multiple choice)")
        }
        if let text = entries["answer"]?.stringValue {
            do {
                draft.answer = try ValueSelector(parsing: text)
            } catch {
                report(path.appending("answer"), error.message)
            }
        }
        if let node = entries["tolerance"], let tolerance = node.finiteNumber {
            if hasChoices && !hasAnswer {
                report(path.appending("tolerance"), "tolerance only goes with answer, not with choices")
            } else if tolerance <= 0 {
                report(path.appending("tolerance"), "must be greater than 0, found \(Self.text(of: node))")
            } else {
                draft.tolerance = tolerance
            }
        }
        if hasChoices && !hasAnswer {
            draft.choice = readChoices(entries, at: path)
        } else if entries["correct"] != nil && !hasChoices {
            report(path.appending("correct"), "correct only goes with choices (a quiz with answer is checked "
                   + "against the value)")
        }
        draft.isUsable = problems.count == before && draft.at != nil
            && (draft.answer != nil) != (draft.choice != nil)
        return draft
    }

    /// Reads `choices` and `correct` of a multiple choice; `question` must be given too.
    private mutating func readChoices(_ entries: [String: TOMLNode], at path: TOMLPath) -> ChoiceAnswer? {
        if entries["question"] == nil {
            report(path, "a multiple choice needs a question (the question key)")
        }
        guard let elements = entries["choices"]?.arrayElements else { return nil }
        let choices = elements.compactMap(\.stringValue)
        guard choices.count == elements.count else { return nil }
        let limit = LessonLimits.maxChoices
        var usable = true
        if !(2...limit).contains(choices.count) {
            report(path.appending("choices"), "needs 2 to \(limit) choices, found \(choices.count)")
            usable = false
        }
        for (index, choice) in choices.enumerated() {
            if readText(.string(choice), at: path.appending("choices").appending(index: index)) == nil {
                usable = false
            } else if let first = choices[..<index].firstIndex(of: choice) {
                report(path.appending("choices").appending(index: index),
                       "the same choice as choices[\(first + 1)]")
                usable = false
            }
        }
        guard let node = entries["correct"] else {
            report(path.appending("correct"), "required with choices: the number of the right choice, from 1")
            return nil
        }
        guard let correct = node.integerValue else { return nil }
        guard (1...max(1, choices.count)).contains(correct) else {
            report(path.appending("correct"),
                   "must be between 1 and \(choices.count) (the number of a choice), found \(correct)")
            return nil
        }
        return usable ? ChoiceAnswer(choices: choices, correct: correct) : nil
    }

    /// Reads a step selector, reporting a parse error at `path`.
    private mutating func readSelector(_ node: TOMLNode?, at path: TOMLPath) -> StepSelector? {
        guard let text = node?.stringValue else { return nil }
        do {
            return try StepSelector(parsing: text)
        } catch {
            report(path, error.message)
            return nil
        }
    }

    /// Reads a text shown to the student: not blank, not too long, with well-formed markup.
    private mutating func readText(_ node: TOMLNode?, at path: TOMLPath) -> String? {
        guard let text = node?.stringValue else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            report(path, "must not be empty")
            return nil
        }
        let limit = LessonLimits.maxTextLength
        if text.count > limit {
            report(path, "at most \(limit) characters (keep it short), found \(text.count)")
            return nil
        }
        if let problem = LessonMarkup.problem(in: text) {
            report(path, problem)
            return nil
        }
        return text
    }

    // MARK: - Resolving

    /// Resolves the notes' and quizzes' selectors against the lesson's steps and stores them
    /// in the lesson; reports every selector that names no step and every quiz that cannot be placed.
    mutating func resolve(notes: [NoteDraft], quizzes: [QuizDraft], into lesson: inout Lesson) {
        guard !notes.isEmpty || !quizzes.isEmpty else { return }
        let locator = lesson.locator
        let notesPath = TOMLPath.root.appending("notes")
        for draft in notes {
            guard let at = draft.at, let text = draft.text else { continue }
            do {
                lesson.notes.append(LessonNote(number: draft.index + 1, at: try locator.locate(at), text: text))
            } catch {
                report(notesPath.appending(index: draft.index).appending("at"), error.message)
            }
        }
        let placed = place(quizzes, locator: locator)
        lesson.quizzes = answer(placed, lesson: lesson, locator: locator)
    }

    /// Finds the step each usable quiz sits on; reports selectors that name nothing and a
    /// second quiz on a step.
    private mutating func place(_ quizzes: [QuizDraft], locator: StepLocator) -> [PlacedQuiz] {
        let path = TOMLPath.root.appending("quiz")
        var placed: [PlacedQuiz] = []
        var owner: [Int: Int] = [:]
        for draft in quizzes where draft.isUsable {
            guard let at = draft.at else { continue }
            let quizPath = path.appending(index: draft.index)
            let selection: StepSelection
            do {
                selection = try locator.locate(at)
            } catch {
                report(quizPath.appending("at"), error.message)
                continue
            }
            var stepIndex = selection.first
            var ref: ValueRef?
            if let answer = draft.answer {
                do {
                    let value = try answer.valueRef(in: locator.architecture)
                    stepIndex = try locator.step(producing: value, within: selection)
                    ref = value
                } catch {
                    report(quizPath.appending("answer"), error.message)
                    continue
                }
            }
            if let first = owner[stepIndex] {
                let iteration = stepIndex / locator.stepsPerIteration + 1
                report(quizPath.appending("at"), "quiz[\(first + 1)] is already on this step "
                       + "(\(locator.valueName(ofStep: stepIndex)) of iteration \(iteration)); one quiz per step")
                continue
            }
            owner[stepIndex] = draft.index
            placed.append(PlacedQuiz(draft: draft, selection: selection, stepIndex: stepIndex, ref: ref))
        }
        return placed
    }

    /// Reads each placed quiz's step from the core and makes the quiz; reports an answer that
    /// is not finite, or one the tolerance would let 0 pass for.
    private mutating func answer(_ placed: [PlacedQuiz], lesson: Lesson, locator: StepLocator) -> [Quiz] {
        guard let last = placed.map(\.stepIndex).max() else { return [] }
        let perIteration = locator.stepsPerIteration
        let timeline = lesson.timeline(iterations: last / perIteration + 1)
        var stepsOf: [Int: [Step]] = [:]
        var quizzes: [Quiz] = []
        let path = TOMLPath.root.appending("quiz")
        for quiz in placed {
            let iteration = quiz.stepIndex / perIteration + 1
            let steps = stepsOf[iteration] ?? timeline.steps(iteration: iteration).steps
            stepsOf[iteration] = steps
            let step = steps[quiz.stepIndex % perIteration]
            let draft = quiz.draft, quizPath = path.appending(index: draft.index)
            let answer: Quiz.Answer
            if let selector = draft.answer, let ref = quiz.ref {
                let value = step.result
                guard value.isFinite else {
                    report(quizPath.appending("answer"), "the core computes \(value) for \"\(selector)\" here; "
                           + "a quiz needs a finite value")
                    continue
                }
                let tolerance = draft.tolerance.map(AnswerTolerance.absolute) ?? .standard
                if let allowed = draft.tolerance, value != 0 && abs(value) <= allowed {
                    let suggestion = Self.text(of: Self.powerOfTen(below: abs(value)))
                    report(quizPath.appending("tolerance"),
                           "the right answer, \(Self.text(of: value)), is within the tolerance "
                           + "\(Self.text(of: allowed)) of 0, so typing 0 would count as "
                           + "right; give a smaller tolerance, such as tolerance = \(suggestion)")
                    continue
                }
                answer = .value(ValueAnswer(selector: selector, ref: ref, value: value, tolerance: tolerance))
            } else if let choice = draft.choice {
                answer = .choice(choice)
            } else {
                continue
            }
            quizzes.append(Quiz(number: draft.index + 1, at: quiz.selection, stepIndex: quiz.stepIndex, step: step,
                                authoredQuestion: draft.question, authoredHint: draft.hint, answer: answer,
                                mistakes: quiz.ref == nil ? [] : timeline.mistakes(atStep: quiz.stepIndex)))
        }
        return quizzes.sorted { $0.number < $1.number }
    }

    /// The largest power of ten at most a tenth of `x`, written exactly (for x = 3.2e-6: 1e-7).
    static func powerOfTen(below x: Double) -> Double {
        let target = x / 10
        guard target > 0, target.isFinite else { return 1 }
        var exponent = 0
        while Double("1e\(exponent)")! > target { exponent -= 1 }
        while Double("1e\(exponent + 1)")! <= target { exponent += 1 }
        return Double("1e\(exponent)")!
    }
}

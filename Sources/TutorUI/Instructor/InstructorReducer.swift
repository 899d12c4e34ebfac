import BackpropCore
import BackpropNotation
import Lessons

/// Forgets the marks of the last edit once the student has moved away from the step it was
/// made at: called by ``reduce(_:_:)`` before every action.
func forgetEditMarksIfMoved(_ state: inout StepperState) {
    if let change = state.instructor.lastChange, change.position != state.position {
        state.instructor.lastChange = nil
    }
}

/// The instructor's actions, reduced: called by ``reduce(_:_:)`` for
/// ``StepperAction/instructor(_:)``.
///
/// A demo's caption and control are always taken (``reduce(_:_:)`` passes them on even
/// behind the help or the jump prompt, since a demo sets them, not a key). The keys' actions
/// do nothing while the jump prompt is open and belong to the edit prompt while it is open.
func reduceInstructor(_ state: inout StepperState, _ action: InstructorAction) {
    switch action {
    case .captionChanged(let caption):
        state.instructor.caption = caption
    case .demoControlChanged(let control):
        state.instructor.demoControl = control
    case _ where state.jumpPrompt != nil:
        break
    case _ where state.instructor.prompt != nil:
        reduceEditPrompt(&state, action)
    case .selectNextPressed, .selectPreviousPressed:
        let forward = action == .selectNextPressed
        state.selection = SelectionOrder.neighbour(of: state.selection, forward: forward, in: state.lesson,
                                                   sample: state.known.sample).ref
    case .selectionDismissed:
        state.selection = nil
    case .editPressed:
        let sample = state.known.sample
        let target = state.selection.flatMap { EditableValue($0, sample: sample) }
            ?? SelectionOrder.defaultTarget(for: state.step, in: state.lesson, sample: sample)
        state.selection = target.ref
        state.instructor.prompt = EditPrompt(target: target, text: "")
        state.playback.isPlaying = false
    case .undoPressed:
        undo(&state)
    case .editTyped, .editErased, .editSubmitted, .editCancelled, .editKeyIgnored:
        break
    }
}

/// Keys while the edit prompt is open: type, erase, apply, cancel.
private func reduceEditPrompt(_ state: inout StepperState, _ action: InstructorAction) {
    guard let prompt = state.instructor.prompt else { return }
    switch action {
    case .editTyped(let character):
        if prompt.text.count < EditPrompt.maximumLength {
            state.instructor.prompt?.text.append(character)
        } else {
            state.message = StepperMessage("At most \(EditPrompt.maximumLength) characters", isError: true)
        }
    case .editErased:
        if !prompt.text.isEmpty { state.instructor.prompt?.text.removeLast() }
    case .editCancelled:
        state.instructor.prompt = nil
        state.message = StepperMessage("Edit cancelled: nothing changed")
    case .editSubmitted:
        apply(prompt, to: &state)
    case .editKeyIgnored(let name):
        state.message = StepperMessage("The key \(name) does nothing in the edit prompt: type a number, "
                                       + "Enter applies, Esc cancels", isError: true)
    case .selectNextPressed, .selectPreviousPressed, .selectionDismissed, .editPressed, .undoPressed,
         .captionChanged, .demoControlChanged:
        break
    }
}

/// Applies the number typed, or refuses it with the reason and leaves the prompt as it was.
private func apply(_ prompt: EditPrompt, to state: inout StepperState) {
    let lesson = state.lesson
    let edit: ValueEdit
    let edited: Lesson
    do {
        edit = try ValueEdit(target: prompt.target, parsingValue: prompt.text, in: lesson)
        edited = try lesson.applying(edit)
    } catch {
        let reason = error.problem == .missingValue ? "type a number first (Esc cancels)" : error.message
        state.message = StepperMessage("Not applied: \(reason)", isError: true)
        return
    }
    state.instructor.prompt = nil
    let old = prompt.target.value(in: lesson)
    guard old != edit.value else {
        state.message = StepperMessage("\(symbol(prompt.target, in: lesson)) is already \(exact(old)): nothing changed")
        return
    }
    state.instructor.undoStack.append(UndoEntry(lesson: lesson, edit: edit))
    if state.instructor.undoStack.count > InstructorState.undoLimit { state.instructor.undoStack.removeFirst() }
    replace(&state, with: edited, target: prompt.target, old: old, new: edit.value, isUndo: false)
    let suspended = (state.instructor.quizzesBeforeEdits == true ? ["quizzes"] : []) + (lesson.notes.isEmpty ? [] : ["notes"])
    let off = suspended.isEmpty ? "" : "; \(suspended.joined(separator: " and ")) are off until it is undone"
    state.message = StepperMessage("Applied \(symbol(prompt.target, in: lesson)) = \(exact(edit.value)) "
                                   + "(was \(exact(old))); u undoes" + off)
}

/// Takes back the last edit, or says there is none.
private func undo(_ state: inout StepperState) {
    guard let entry = state.instructor.undoStack.popLast() else {
        state.message = StepperMessage("Nothing to undo: no edit has been made", isError: true)
        return
    }
    let new = entry.edit.target.value(in: entry.lesson)
    replace(&state, with: entry.lesson, target: entry.edit.target, old: entry.edit.value, new: new, isUndo: true)
    let name = symbol(entry.edit.target, in: entry.lesson)
    state.message = StepperMessage("Undid \(name) = \(exact(entry.edit.value)): \(name) is \(exact(new)) again")
}

/// Swaps in `lesson`, keeping the student at the same step, and records what changed there.
private func replace(_ state: inout StepperState, with lesson: Lesson, target: EditableValue, old: Double,
                     new: Double, isUndo: Bool) {
    let before = VisibleValues(timeline: state.timeline, steps: state.current, through: state.stepInIteration)
    state.replaceLesson(with: lesson)
    let after = VisibleValues(timeline: state.timeline, steps: state.current, through: state.stepInIteration)
    state.instructor.lastChange = EditChanges(target: target, old: old, new: new, isUndo: isUndo,
                                              position: state.position,
                                              changes: inComputationOrder(ValueEditDiff.changes(from: before, to: after),
                                                                          steps: state.current.steps))
    state.instructor.revision += 1
    suspendQuizzesWhileEdited(&state)
}

/// Turns the lesson's quizzes off while an edit is in force (their answers belong to the
/// lesson as written), and back on when every edit has been undone.
private func suspendQuizzesWhileEdited(_ state: inout StepperState) {
    guard var session = state.session, !state.lesson.quizzes.isEmpty else { return }
    if state.instructor.undoStack.isEmpty {
        if let asked = state.instructor.quizzesBeforeEdits { session.asksQuizzes = asked }
        state.instructor.quizzesBeforeEdits = nil
    } else if state.instructor.quizzesBeforeEdits == nil {
        state.instructor.quizzesBeforeEdits = session.asksQuizzes
        session.asksQuizzes = false
    }
    state.session = session
}

/// `changes` in the order the student meets them: the given values (inputs, targets, θ₀, η)
/// first, then each computed value by the step that computes it.
private func inComputationOrder(_ changes: [ValueChange], steps: [Step]) -> [ValueChange] {
    var rank: [ValueRef: Int] = [:]
    for (index, step) in steps.enumerated() where rank[step.produces] == nil { rank[step.produces] = index }
    return changes.enumerated()
        .sorted { (rank[$0.element.ref] ?? -1, $0.offset) < (rank[$1.element.ref] ?? -1, $1.offset) }
        .map(\.element)
}

/// `value` in the shortest text that reads back exactly (`2`, `0.35`, `−1.5`).
private func exact(_ value: Double) -> String {
    NumberFormat(significantDigits: nil, style: .unicode).string(value)
}

/// The symbol of an editable value as the diagram and panel write it (w₅, η, tₒ₁), in
/// Unicode; an ASCII screen spells messages in ASCII (w5, eta, t_o1).
private func symbol(_ target: EditableValue, in lesson: Lesson) -> String {
    ValueNames(lesson: lesson, context: .unicode).symbol(target.ref)
}

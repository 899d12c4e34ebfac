import Lessons
import Reports

/// Something the student did in the lesson menu.
public enum MenuAction: Sendable, Hashable {
    /// ↑ k: the lesson above.
    case previousPressed
    /// ↓ j: the lesson below.
    case nextPressed
    /// Page Up / Page Down: a screenful up or down.
    case pageMoved(up: Bool)
    /// g Home / G End: the first or last lesson.
    case endPressed(last: Bool)
    /// Enter → l: open the selected lesson where it was left.
    case openPressed
    /// r: open the selected lesson from its first step, asking its quizzes again (a lesson
    /// with progress asks first, and a second r confirms).
    case restartPressed
    /// Any key but r (and Ctrl-C) while a start-over waits to be confirmed: keep the progress.
    case restartDeclined
    /// A digit, or a letter that goes on a number typed so far (`1` then `b`): select the
    /// lesson with that number (`7`, `10`, `1b`).
    case numberTyped(Character)
    /// q Esc Ctrl-C: leave.
    case quitPressed
    /// `p`: a practice exercise of the shape on offer.
    case practicePressed
    /// `P`: the next shape to practise.
    case practiceShapeChanged
    /// A key the menu has no use for, by its key-script name.
    case unknownKeyPressed(String)
    /// The terminal changed size.
    case resized(columns: Int, rows: Int)
}

/// Which menu action a key stands for: ↑ k / ↓ j move, Page Up / Page Down a page, g Home /
/// G End the ends, digits type a lesson's number (a letter too when it goes on one: `1b`),
/// Enter → l open, r start over, q Esc Ctrl-C quit. While a start-over waits to be confirmed,
/// r confirms it and any other key but Ctrl-C only declines it.
public enum MenuKeyMap {
    /// The action for `key`, or nil for a key that does nothing (a resize, a tick).
    public static func action(for key: KeyEvent, in state: LessonMenuState) -> MenuAction? {
        if key == .control("c") { return .quitPressed }
        if !state.size.fits(.minimum) {
            return key == .character("q") || key == .escape ? .quitPressed : nil
        }
        if state.restartToConfirm != nil {
            switch key {
            case .character("r"): return .restartPressed
            case .resize, .tick: return nil
            default: return .restartDeclined
            }
        }
        if case .character(let character) = key, character.isASCII,
           character.isNumber || state.numberGoesOn(with: character) {
            return .numberTyped(character)
        }
        switch key {
        case .up, .character("k"): return .previousPressed
        case .down, .character("j"): return .nextPressed
        case .pageUp: return .pageMoved(up: true)
        case .pageDown: return .pageMoved(up: false)
        case .home, .character("g"): return .endPressed(last: false)
        case .end, .character("G"): return .endPressed(last: true)
        case .enter, .right, .character("l"): return .openPressed
        case .character("r"): return .restartPressed
        case .character("p"): return .practicePressed
        case .character("P"): return .practiceShapeChanged
        case .character("q"), .escape: return .quitPressed
        case .resize, .tick: return nil
        default: return .unknownKeyPressed(key.scriptName)
        }
    }
}

/// The menu's one way to change state: apply an action. Pure, like the stepper's reducer.
public func reduceMenu(_ state: inout LessonMenuState, _ action: MenuAction) {
    let confirming = state.restartToConfirm
    state.restartToConfirm = nil
    state.message = nil
    state.banner = nil
    if case .numberTyped(let character) = action {
        state.typeNumber(character)
        return
    }
    state.typedNumber = ""
    let page = LessonMenuView.listRows(for: state.size)
    switch action {
    case .previousPressed: state.select(state.selected - 1)
    case .nextPressed: state.select(state.selected + 1)
    case .pageMoved(let up): state.select(state.selected + (up ? -page : page))
    case .endPressed(let last): state.select(last ? state.menu.items.count - 1 : 0)
    case .openPressed, .restartPressed:
        guard let item = state.selectedItem else {
            state.message = StepperMessage("There are no lessons to open", isError: true)
            return
        }
        if let problem = item.problem {
            let shortened = problem.replacing(item.entry.path, with: item.entry.fileName)
            state.message = StepperMessage("\(item.entry.fileName) does not load: \(shortened)", isError: true)
            return
        }
        if action == .restartPressed, confirming != state.selected, item.hasProgressToLose {
            state.restartToConfirm = state.selected
            state.message = StepperMessage("Start \(quoted(item.entry.title)) over? Its saved step and quiz answers are "
                                           + "forgotten: r again starts over, any other key keeps them")
            return
        }
        state.request = (state.selected, action == .restartPressed)
    case .restartDeclined:
        if let item = state.selectedItem {
            state.message = StepperMessage("\(quoted(item.entry.title)) keeps its saved step and quiz answers")
        }
    case .numberTyped:
        break
    case .quitPressed:
        state.hasQuit = true
    case .practicePressed:
        state.practiceRequested = true
    case .practiceShapeChanged:
        state.practiceShape = (state.practiceShape + 1) % LessonMenuState.practiceShapes.count
        state.message = StepperMessage("p practises the shape \(state.selectedPracticeShape) now; P changes it again")
    case .unknownKeyPressed(let name):
        state.message = StepperMessage(
            "The key \(name) does nothing here: the arrows, j and k or a lesson's number choose, Enter opens, q quits", isError: true)
    case let .resized(columns, rows):
        state.size = TerminalSize(columns: columns, rows: rows)
    }
}

/// `title` in quotation marks, shortened to 40 columns so a message about it fits two rows at 80 columns.
private func quoted(_ title: String) -> String {
    "\"" + TextShortening.shortened(title, to: 40, ellipsis: "…") + "\""
}

import Foundation
import Lessons
import ProgressStorage
import Reports
import Testing
@testable import TutorUI

/// The tutor as the student meets it: the lesson menu (list, moving, opening, coming back,
/// a broken lesson), and progress saved as they go and resumed next time, in a scratch
/// folder (never the user's own progress file).
struct TutorProgramTests {
    /// A fresh scratch folder for progress.json.
    static func scratchFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The shipped lessons, in menu order.
    static func entries() -> [LessonEntry] { LessonLibrary(folders: [Fixtures.lessonsFolder.path]).entries() }

    /// The progress saved in `folder`.
    static func saved(in folder: String) -> StudentProgress { ProgressStore(directory: folder).load().progress }

    /// The tutor as a runner drives it: the program, and the effects that save and read its
    /// progress (in a scratch folder, or nowhere). Reads the program's properties through.
    @dynamicMemberLookup
    struct Tutor {
        var program: TutorProgram
        let effects: ProgressEffects

        /// The tutor made by `make` from the progress `effects` reads, with its warnings.
        init(_ effects: ProgressEffects, _ make: (StudentProgress, [String]) -> TutorProgram) {
            let (progress, warnings) = effects.load()
            program = make(progress, warnings)
            self.effects = effects
        }

        mutating func handle(_ key: KeyEvent) { program.handle(key, effects: effects) }
        mutating func render() -> Screen { program.render() }
        subscript<Value>(dynamicMember path: KeyPath<TutorProgram, Value>) -> Value { program[keyPath: path] }
    }

    /// Effects on the progress file in `folder`.
    static func effects(in folder: String) -> ProgressEffects { ProgressEffects(store: ProgressStore(directory: folder)) }

    /// Presses `keys` (a key script).
    func press(_ keys: String, _ tutor: inout Tutor) throws {
        for key in try KeyScript(parsing: keys).keys { tutor.handle(key) }
    }

    /// The screen's text.
    func text(_ tutor: inout Tutor) -> String { tutor.render().plainText() }

    /// The tutor on the menu, with progress in `folder`.
    func menu(_ folder: String, entries: [LessonEntry] = TutorProgramTests.entries(), size: TerminalSize = .minimum,
              asksQuizzes: Bool = true, warnings: [String] = []) -> Tutor {
        Tutor(Self.effects(in: folder)) { progress, loadWarnings in
            TutorProgram(menuOf: entries, progress: progress, size: size, context: .unicode, asksQuizzes: asksQuizzes,
                         warnings: warnings + loadWarnings)
        }
    }

    /// The tutor on the shipped lesson whose file ends with `suffix`, with progress in `folder`
    /// (nil: in memory).
    func lesson(_ suffix: String, _ folder: String?, asksQuizzes: Bool = true, restarts: Bool = false) throws -> Tutor {
        let entries = Self.entries()
        let entry = try #require(entries.first { $0.fileName.hasSuffix(suffix) })
        let launch = LessonLaunch(lesson: try #require(entry.lesson), id: entry.id, asksQuizzes: asksQuizzes,
                                  restarts: restarts, next: TutorProgram.next(after: entry.path, in: entries))
        return Tutor(folder.map(Self.effects(in:)) ?? .none) { progress, warnings in
            TutorProgram(launch: launch, entries: entries, progress: progress, size: .minimum, context: .unicode,
                         warnings: warnings)
        }
    }

    // MARK: - The menu

    @Test func theMenuListsEveryLessonWithItsLabelTitleAndProgress() throws {
        let folder = try Self.scratchFolder()
        try ProgressStore(directory: folder).update(lesson: "worked-example") { progress in
            progress.status = .inProgress
            progress.step = 12
            progress.record(.firstTry, forQuiz: 1)
            progress.record(.afterHint, forQuiz: 2)
        }
        var program = menu(folder)
        let screen = text(&program)
        let rows = screen.components(separatedBy: "\n")
        #expect(rows[0].hasPrefix(" Lessons"))
        for (label, title) in [("1", "Gradient descent on one parameter"), ("1b", "When the learning rate is too large"),
                               ("7", "A full worked example"), ("12b", "The same computation in matrices")] {
            #expect(rows.contains { $0.contains(" \(label)  \(title)") }, "lesson \(label)")
        }
        // The lesson in progress is selected: 33 steps a pass, index 12 is step 13; quizzes
        // 1 (first try, 1 point) and 2 (after a hint, ½) of 8.
        #expect(program.menu?.selectedItem?.entry.id == "worked-example")
        #expect(screen.contains("in progress (step 13 of 33) · quizzes 1.5/8"))
        #expect(rows.contains { $0.hasPrefix("─ 7  A full worked example ") }, "the detail heading")
        #expect(screen.contains("One forward pass, backward pass and update on a 2-2-2 sigmoid network"))
        #expect(rows.filter { $0.hasSuffix("not started · 2 quizzes") || $0.hasSuffix("not started · 3 quizzes") }.count >= 5)
    }

    @Test func theMenuAgreesWithBackpropList() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder, size: TerminalSize(columns: 160, rows: 40))
        let screen = text(&program)
        let listed = LessonMenu(entries: Self.entries(), progress: StudentProgress()).text()
        // Every title line of `backprop list` (label and title) and every status line is on the menu's rows.
        let lines = listed.components(separatedBy: "\n").filter { !$0.isEmpty }
        for line in lines where !line.hasPrefix("    ") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            #expect(screen.contains("\(parts[0])  \(parts[1].trimmingCharacters(in: .whitespaces))"), "\(line)")
        }
        for status in Set(lines.filter { $0.hasPrefix("    not started") }) {
            #expect(screen.contains(status.trimmingCharacters(in: .whitespaces)), "\(status)")
        }
    }

    @Test func upAndDownMoveTheSelectionAndStopAtTheEnds() throws {
        var program = menu(try Self.scratchFolder())
        let count = Self.entries().count
        #expect(program.menu?.selected == 0, "nothing started: the first lesson")
        try press("k", &program)
        #expect(program.menu?.selected == 0)
        try press("j down", &program)
        #expect(program.menu?.selected == 2)
        try press("up", &program)
        #expect(program.menu?.selected == 1)
        try press("G", &program)
        #expect(program.menu?.selected == count - 1)
        try press("j", &program)
        #expect(program.menu?.selected == count - 1)
        try press("g", &program)
        #expect(program.menu?.selected == 0)
        try press("x", &program)
        #expect(program.menu?.message?.text.hasPrefix("The key x does nothing here") == true)
    }

    @Test func typingALessonsNumberSelectsIt() throws {
        var program = menu(try Self.scratchFolder())
        func selected() -> String? { program.menu?.selectedItem?.label }
        try press("7", &program)
        #expect(selected() == "7")
        try press("1", &program)
        #expect(selected() == "1", "71 is no lesson: 1 starts a new number")
        #expect(program.menu?.message?.text == nil)
        try press("0", &program)
        #expect(selected() == "10")
        try press("1 b", &program)
        #expect(selected() == "1b", "a letter goes on the number typed")
        try press("1 3 9", &program)
        #expect(selected() == "9", "139 is no lesson: 9 starts a new number")
        try press("0", &program)
        #expect(selected() == "9" && program.menu?.message?.text == "There is no lesson 90")
        try press("j 1 2 enter", &program)
        #expect(program.stepper?.lesson.title == "The batch gradient: L over all samples")
    }

    @Test func typingANumberTwoFoldersShareMovesOnToTheNextWithIt() throws {
        let extra = try Self.scratchFolder()
        try FileManager.default.copyItem(atPath: Fixtures.lessonsFolder.path + "/02-one-neuron-forward.toml",
                                         toPath: extra + "/05-mine.toml")
        let entries = LessonLibrary(folders: [Fixtures.lessonsFolder.path, extra]).entries()
        var program = menu(try Self.scratchFolder(), entries: entries)
        try press("5", &program)
        #expect(program.menu?.selectedItem?.entry.id == "neuron-feeding-two")
        try press("5", &program)
        #expect(program.menu?.selectedItem?.entry.fileName == "05-mine.toml", "5 again: the other lesson numbered 5")
        try press("5", &program)
        #expect(program.menu?.selectedItem?.entry.id == "neuron-feeding-two", "and round again")
    }

    @Test func enterOpensTheLessonAndQComesBackToTheMenu() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder)
        try press("j enter", &program)
        #expect(program.stepper?.lesson.title == "When the learning rate is too large")
        #expect(text(&program).contains("step 1 of"))
        #expect(Self.saved(in: folder)[lesson: "learning-rate-too-large"].status == .notStarted,
                "nothing is written before the first frame")
        try press("l l q", &program)
        #expect(program.stepper == nil && !program.isFinished)
        #expect(program.menu?.selected == 1, "the selection stays on the lesson left")
        let saved = Self.saved(in: folder)[lesson: "learning-rate-too-large"]
        #expect(saved.step == 2 && saved.status == .inProgress, "leaving saves the step")
        #expect(text(&program).contains("in progress (update 1 of 4, step 3 of 7)"), "1b runs 4 updates of 7 steps")
        try press("q", &program)
        #expect(program.isFinished)
    }

    @Test func ctrlCInALessonLeavesTheTutorAtOnce() throws {
        var program = menu(try Self.scratchFolder())
        try press("enter ctrl-c", &program)
        #expect(program.isFinished)
    }

    @Test func aBrokenLessonIsListedWithItsProblemAndCannotBeOpened() throws {
        let extra = try Self.scratchFolder()
        try "title = \"Mine\"\nloss = 3\n".write(toFile: extra + "/my-lesson.toml", atomically: true, encoding: .utf8)
        let entries = Self.entries() + LessonLibrary(folders: [extra]).entries()
        var program = menu(try Self.scratchFolder(), entries: entries)
        try press("G", &program)
        var screen = text(&program)
        #expect(screen.contains("my-lesson.toml"))
        #expect(screen.contains("does not load"))
        #expect(screen.contains("Does not load: my-lesson.toml"))
        try press("enter", &program)
        #expect(program.stepper == nil)
        screen = text(&program)
        #expect(program.menu?.message?.text.hasPrefix("my-lesson.toml does not load: ") == true)
        #expect(screen.contains("my-lesson.toml does not load"))
    }

    @Test func finishingALessonFromTheMenuCanOpenTheNextOne() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder, asksQuizzes: false)
        try press("enter G l", &program)
        #expect(text(&program).contains("Next: lesson 1b, “When the learning rate is too large”."))
        #expect(Self.saved(in: folder)[lesson: "gradient-descent"].status == .done, "the last step makes it done")
        try press("enter", &program)
        #expect(program.stepper?.lesson.title == "When the learning rate is too large")
        try press("q", &program)
        #expect(program.menu?.selectedItem?.entry.id == "learning-rate-too-large")
        #expect(text(&program).contains("done"))
    }

    // MARK: - Progress

    @Test func aStepperOnTheTrainingsWeightsSavesNothingOfItsOwn() throws {
        let folder = try Self.scratchFolder()
        var program = try lesson("worked-example.toml", folder, asksQuizzes: false)
        try press("l l l l l", &program)
        #expect(Self.saved(in: folder)[lesson: "worked-example"].status == .notStarted, "not due yet")
        // The training view with no update made, then its stepper, walked to its end, then q.
        try press("t s G", &program)
        #expect(program.stepper?.training.lessonStepper != nil)
        try press("q", &program)
        #expect(!program.isFinished && program.stepper?.position == 5, "q went back to the lesson")
        try press("q", &program)
        #expect(program.isFinished)
        let saved = Self.saved(in: folder)[lesson: "worked-example"]
        #expect(saved.step == 5 && saved.status == .inProgress, "the lesson's step 6 of 33, not done")
    }

    @Test func progressIsSavedAndResumed() throws {
        let folder = try Self.scratchFolder()
        var program = try lesson("worked-example.toml", folder)
        // Quiz 1: z of h1 = 0.05·0.15 + 0.1·0.2 + 0.35 = 0.3775 (Mazur's net_h1).
        try press("type:0.3775 enter", &program)
        var saved = Self.saved(in: folder)[lesson: "worked-example"]
        #expect(saved.outcome(ofQuiz: 1) == .firstTry, "a settled quiz is saved at once")
        #expect(saved.status == .inProgress)
        try press("l l l l q", &program)
        #expect(program.isFinished, "opened on one lesson, q leaves")
        saved = Self.saved(in: folder)[lesson: "worked-example"]
        #expect(saved.step == 4)

        var again = try lesson("worked-example.toml", folder)
        #expect(again.stepper?.position == 4)
        #expect(again.stepper?.message?.text == "Resumed at step 5 of 33 (g goes to the first step)")
        try press("g", &again)
        #expect(again.stepper?.position == 0)
        #expect(again.stepper?.waitingQuiz == nil, "quiz 1 was answered last time")
        #expect(text(&again).contains("Right! zₕ₁ = 0.3775"))
    }

    @Test func aSavedStepPastTheEndStartsAtTheFirstStepAndSaysWhy() throws {
        let folder = try Self.scratchFolder()
        try ProgressStore(directory: folder).update(lesson: "worked-example") { progress in
            progress.status = .inProgress
            progress.step = 9999
            progress.record(.firstTry, forQuiz: 1)
        }
        var program = try lesson("worked-example.toml", folder)
        #expect(program.stepper?.position == 0)
        #expect(program.stepper?.message?.text
                == "The saved step 10000 is past this lesson's 33 steps (it has changed): starting at the first step")
        #expect(program.stepper?.waitingQuiz == nil, "quiz 1 stays answered")
        try press("q", &program)
        let saved = Self.saved(in: folder)[lesson: "worked-example"]
        #expect(saved.status == .inProgress && saved.step == 0, "not marked done: the quizzes after step 1 were never asked")
        #expect(saved.quizzes == ["1": .firstTry])

        // At the edge: the last of 33 steps (index 32) resumes there; index 33 is past the end.
        let launch = LessonLaunch(lesson: try Fixtures.workedExample(), id: "worked-example")
        let last = launch.start(from: LessonProgress(status: .inProgress, step: 32), stepCount: 33, stepsPerIteration: 33)
        #expect(last.position == 32 && last.message == "Resumed at step 33 of 33 (g goes to the first step)")
        let past = launch.start(from: LessonProgress(status: .inProgress, step: 33), stepCount: 33, stepsPerIteration: 33)
        #expect(past.position == 0 && past.message?.hasPrefix("The saved step 34 is past this lesson's 33 steps") == true)
        let huge = launch.start(from: LessonProgress(status: .inProgress, step: .max), stepCount: 33, stepsPerIteration: 33)
        #expect(huge.position == 0 && huge.message?.hasPrefix("The saved step 9223372036854775808 is past") == true)
    }

    @Test func restartingStartsOverAndAsksTheQuizzesAgain() throws {
        let folder = try Self.scratchFolder()
        var program = try lesson("worked-example.toml", folder)
        try press("s l l l q", &program)
        var restarted = try lesson("worked-example.toml", folder, restarts: true)
        #expect(restarted.stepper?.position == 0)
        #expect(restarted.stepper?.waitingQuiz?.number == 1)
        #expect(restarted.stepper?.message?.text.hasPrefix("Starting over") == true)
        try press("q", &restarted)
        let saved = Self.saved(in: folder)[lesson: "worked-example"]
        #expect(saved.quizzes.isEmpty && saved.step == 0 && saved.status == .inProgress)
    }

    @Test func rInTheMenuStartsALessonOver() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder)
        for _ in 0..<7 { try press("j", &program) }
        #expect(program.menu?.selectedItem?.entry.id == "worked-example")
        try press("enter type:0.3775 enter l l q", &program)
        #expect(Self.saved(in: folder)[lesson: "worked-example"].outcome(ofQuiz: 1) == .firstTry)
        try press("enter", &program)
        #expect(program.stepper?.position == 2, "Enter resumes")
        #expect(program.stepper?.message?.text == "Resumed at step 3 of 33 (g goes to the first step)")
        try press("q r", &program)
        #expect(program.stepper == nil, "a lesson with progress asks first")
        #expect(program.menu?.restartToConfirm == program.menu?.selected)
        #expect(program.menu?.message?.text == "Start \"A full worked example\" over? Its saved step and quiz answers "
                + "are forgotten: r again starts over, any other key keeps them")
        try press("r", &program)
        #expect(program.stepper?.position == 0)
        #expect(program.stepper?.waitingQuiz?.number == 1, "r asks the quizzes again")
        try press("s", &program)
        #expect(Self.saved(in: folder)[lesson: "worked-example"].quizzes == ["1": .skipped], "the old outcomes are gone")
    }

    @Test func anyKeyButRKeepsTheProgressOfALessonToStartOver() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder)
        try press("1 enter l l q", &program)
        let before = Self.saved(in: folder)[lesson: "gradient-descent"]
        #expect(before.status == .inProgress && before.step == 2)
        for key in ["escape", "q", "j", "enter", "x"] {
            try press("r", &program)
            #expect(program.menu?.message?.text.hasPrefix("Start \"Gradient descent on one parameter\" over?") == true)
            let selected = program.menu?.selected
            try press(key, &program)
            #expect(!program.isFinished && program.stepper == nil, "\(key) only answers the question")
            #expect(program.menu?.selected == selected && program.menu?.restartToConfirm == nil, "\(key)")
            #expect(program.menu?.message?.text == "\"Gradient descent on one parameter\" keeps its saved step and quiz answers",
                    "\(key)")
            #expect(Self.saved(in: folder)[lesson: "gradient-descent"] == before, "\(key)")
        }
        // Ctrl-C still leaves at once.
        try press("r ctrl-c", &program)
        #expect(program.isFinished)
        #expect(Self.saved(in: folder)[lesson: "gradient-descent"] == before)
    }

    @Test func theQuestionIsReadableWholeAt80x24() throws {
        let folder = try Self.scratchFolder()
        try ProgressStore(directory: folder).update(lesson: "gradient-descent") { $0.status = .done }
        var program = menu(folder)
        try press("1 r", &program)
        let question = try #require(program.menu?.message?.text)
        let rows = text(&program).components(separatedBy: "\n")
        #expect(rows.count == 24)
        let bottom = rows.suffix(2).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(bottom == question, "the question takes the status row and the hints row")
        #expect(!question.contains("…"))
    }

    @Test func aLessonNotStartedStartsAtOnceWithR() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder)
        try press("2 r", &program)
        #expect(program.menu?.restartToConfirm == nil)
        #expect(program.stepper?.position == 0, "nothing to lose: no question")
        #expect(program.stepper?.message?.text.hasPrefix("Starting over") == true)
    }

    @Test func aLessonOfManyUpdatesSaysWhichUpdateItResumesIn() throws {
        let folder = try Self.scratchFolder()
        var program = try lesson("01-gradient-descent.toml", folder, asksQuizzes: false)
        // Lesson 1 has 7 steps in each of its 4 updates: i twice is update 3, step 1 (index 14).
        try press("i i q", &program)
        let again = try lesson("01-gradient-descent.toml", folder, asksQuizzes: false)
        #expect(again.stepper?.position == 14)
        #expect(again.stepper?.message?.text == "Resumed at update 3 of 4, step 1 of 7 (g goes to the first step)")
    }

    @Test func stepsAreSavedEveryFewStepsNotEveryStep() throws {
        let folder = try Self.scratchFolder()
        var program = try lesson("xor.toml", folder, asksQuizzes: false)
        try press("l l l", &program)
        #expect(Self.saved(in: folder)[lesson: "xor"].status == .notStarted, "three steps: nothing saved yet")
        try press(Array(repeating: "l", count: TutorProgram.saveInterval - 3).joined(separator: " "), &program)
        #expect(Self.saved(in: folder)[lesson: "xor"].step == TutorProgram.saveInterval)
    }

    @Test func aFailedSaveIsAMessageAndTheLessonGoesOn() throws {
        let file = try Self.scratchFolder() + "/a-file"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        var program = try lesson("worked-example.toml", file + "/backprop")
        try press("s", &program)
        #expect(program.stepper?.message?.text.hasPrefix("Progress not saved: ") == true)
        #expect(program.stepper?.message?.isError == true)
        #expect(program.stepper?.message?.text.contains("is not a folder") == true)
        try press("l l", &program)
        #expect(program.stepper?.position == 2, "the lesson goes on")
        #expect(text(&program).contains("step 3 of 33"))
    }

    @Test func aCorruptProgressFileIsMovedAsideWithAWarningOnTheMenu() throws {
        let folder = try Self.scratchFolder()
        try "{ not json".write(toFile: folder + "/progress.json", atomically: true, encoding: .utf8)
        var program = menu(folder)
        let banner = try #require(program.menu?.banner)
        #expect(banner.contains("is not valid JSON ("))
        #expect(banner.contains("moved it to"))
        let shown = text(&program).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(shown.contains("progress.json: is not valid JSON (invalid value at line 1, column 3); moved it to"),
                "wrapped over rows")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.contains { $0.hasPrefix("progress.json.corrupt-") })
        try press("j", &program)
        #expect(program.menu?.banner == nil, "the warning goes with the first key")
        #expect(!text(&program).contains("is not valid JSON"))
    }

    @Test func aLongWarningIsReadWholeAt80x24() throws {
        // A progress file deep in long folder names, with a bad value, and a second warning:
        // the banner runs to about five rows of 78 columns.
        let folder = try Self.scratchFolder() + "/a-state-folder-with-a-long-name/backprop-progress-for-one-student"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "{\"version\": 1, \"lessons\": {\"worked-example\": {\"step\": 5, \"status\": \"weird\", \"quizzes\": {}}}}"
            .write(toFile: folder + "/progress.json", atomically: true, encoding: .utf8)
        var program = menu(folder, warnings: ["the lessons folder /home/student/my-own-lessons was not found"])
        let banner = try #require(program.menu?.banner)
        #expect(banner.contains("expected not_started, in_progress or done, found \"weird\""))
        #expect(Screen.width(of: banner) > 4 * 78, "longer than the three rows the banner had before")
        let rows = text(&program).components(separatedBy: "\n")
        #expect(rows.count == 24)
        // Every character of the warning is on the rows under the heading (a path wider than a
        // row is cut into pieces, so the comparison ignores where rows break).
        func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        let lines = TextWrapping.lines(of: banner, width: 78)
        #expect(squeezed(rows[1...lines.count].joined()) == squeezed(banner))
        #expect(!rows.joined().contains("…"), "nothing is cut")
        #expect(rows[lines.count + 1].trimmingCharacters(in: .whitespaces).isEmpty, "a blank row under the warning")
        // The list still shows some lessons, the selected one among them, then its details and the keys.
        let listed = rows[(lines.count + 2)...].prefix { !$0.hasPrefix("─") }
        #expect(listed.count >= LessonMenuView.minimumListRows)
        #expect(listed.contains { $0.contains("▸") })
        #expect(rows[23].contains("Enter open"))
    }

    @Test func aWarningLongerThanTheRowsItMayTakeEndsWithAnEllipsis() throws {
        var state = LessonMenuState(entries: Self.entries(), progress: StudentProgress(), size: .minimum)
        state.banner = Array(repeating: "a warning that goes on", count: 60).joined(separator: " ")
        let rows = LessonMenuView(state: state, context: .unicode).render().plainText().components(separatedBy: "\n")
        // 24 rows: the heading and the blank row under the warning (2), the blank row and the
        // 5 detail rows under the list (6), status and hints (2) leave 14 for warning and
        // list; the list keeps 3, so 11 of warning: rows 1 to 11, blank row 12, list 13 to 15.
        #expect(LessonMenuView.bannerRows(for: .minimum) == 11)
        #expect(rows[11].trimmingCharacters(in: .whitespaces).hasSuffix("…"))
        #expect(rows[1...11].allSatisfy { $0.contains("a warning") || $0.contains("goes on") })
        #expect(rows[12].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(rows[13].contains("▸   1  Gradient descent on one parameter"))
        #expect(rows[14].contains("1b  When the learning rate is too large"))
        #expect(rows[15].contains("2  One neuron, forward"))
        #expect(rows[16].trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(rows[17].hasPrefix("─ 1  Gradient descent on one parameter"))
        #expect(rows[21].hasSuffix("01-gradient-descent.toml"), "the detail's last row, the file, shows above the status")
    }

    @Test func theTutorAsksForSavesAndReadsAndTouchesNoFileItself() throws {
        let folder = try Self.scratchFolder()
        var program = menu(folder, asksQuizzes: false).program
        for key in try KeyScript(parsing: "enter G").keys { program.handle(key) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/progress.json"), "no runner, no file")
        let last = try #require(program.stepper?.position)
        let done = LessonProgressChange(restarts: false, step: last, isDone: true, outcomes: [:])
        #expect(program.takeEffects() == [.saveProgress(lesson: "gradient-descent", change: done)])
        #expect(program.takeEffects().isEmpty, "each effect is taken once")
        program.handle(.character("q"))
        #expect(program.takeEffects() == [.saveProgress(lesson: "gradient-descent", change: done), .reloadProgress],
                "leaving saves, and the menu reads the progress again")
        #expect(program.progress[lesson: "gradient-descent"].status == .done, "kept in memory meanwhile")
        #expect(!FileManager.default.fileExists(atPath: folder + "/progress.json"))
    }

    @Test func withoutAStoreProgressStaysInMemory() throws {
        var program = try lesson("worked-example.toml", nil)
        try press("s l", &program)
        #expect(program.stepper?.message == nil)
        #expect(program.progress[lesson: "worked-example"].outcome(ofQuiz: 1) == .skipped)
    }
}

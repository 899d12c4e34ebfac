import ArgumentParser
import CommandLineSupport
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Lessons
import ProgressStorage
import Terminal
import TutorUI

/// What `backprop`, `open` and `replay` share to set up the tutor: the lesson library,
/// the student's progress, a lesson given on the command line, and the terminal.
enum TutorSetup {
    /// The lessons of the built-in folder and of `extraFolders`, with warnings about folders
    /// that were not found.
    static func library(extraFolders: [String]) -> (entries: [LessonEntry], warnings: [String]) {
        let (library, warnings) = LessonLibrary.standard(extraFolders: extraFolders,
                                                         environment: ProcessInfo.processInfo.environment)
        return (library.entries(), warnings)
    }

    /// The progress in `$XDG_STATE_HOME/backprop` (or `~/.local/state/backprop`) as read now,
    /// the effects that save and read it, and the warnings about it (the file moved aside;
    /// no home folder, so progress stays in memory).
    static func standardProgress() -> (progress: StudentProgress, effects: ProgressEffects, warnings: [String]) {
        guard let directory = ProgressStore.standardDirectory(environment: ProcessInfo.processInfo.environment) else {
            return (StudentProgress(), .none, ["no home folder and no XDG_STATE_HOME: progress is not saved"])
        }
        let effects = ProgressEffects(store: ProgressStore(directory: directory))
        let (progress, warnings) = effects.load()
        return (progress, effects, warnings)
    }

    /// Whether `lesson` asks its quizzes: not with `--no-quiz`, not when edited (the answers
    /// belong to the lesson as written), and not when showing (presenter mode or a demo
    /// script: a class watches, nobody answers).
    static func asksQuizzes(of lesson: Lesson, noQuiz: Bool, showing: Bool) -> Bool {
        !noQuiz && lesson.isAsWritten && !showing
    }

    /// The progress to start from and the effects that save it: in `folder`'s progress.json
    /// when given; else none when showing (presenter mode or a demo script start where the
    /// lesson or the script says, and leave the student's file alone) or when `standard` is
    /// false; else the standard file (``standardProgress()``).
    static func progress(folder: String?, showing: Bool,
                         standard: Bool = true) -> (progress: StudentProgress, effects: ProgressEffects, warnings: [String]) {
        if let folder {
            let effects = ProgressEffects(store: ProgressStore(directory: folder))
            let (progress, warnings) = effects.load()
            return (progress, effects, warnings)
        }
        guard standard, !showing else { return (StudentProgress(), .none, []) }
        return standardProgress()
    }

    /// How to open `lesson`, read from `path`: saved under its entry's id and followed by the
    /// lesson after it when the file is one of the library's, else saved under its folder
    /// and file (``LessonEntry/id(ofFileOutsideLibrary:)``).
    static func launch(of lesson: Lesson, path: String, entries: [LessonEntry], asksQuizzes: Bool,
                       restarts: Bool) -> LessonLaunch {
        let real = realPath(path)
        let entry = entries.first { realPath($0.path) == real }
        let next = entry.flatMap { TutorProgram.next(after: $0.path, in: entries, workingDirectory: workingDirectory) }
        return LessonLaunch(lesson: lesson, id: entry?.id ?? LessonEntry.id(ofFileOutsideLibrary: real),
                            asksQuizzes: asksQuizzes, restarts: restarts, next: next)
    }

    /// The working directory, with links resolved (as the library's paths are).
    static var workingDirectory: String { realPath(FileManager.default.currentDirectoryPath) }

    /// The canonical path of `path`, or `path` itself when it does not exist.
    static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// Runs the program `make` builds for the terminal's size and drawing context, full
    /// screen (a demo script first, when given), or explains why it cannot and exits 1.
    static func runInTerminal<Program: DemoProgram>(
        ascii: Bool, color: ColorChoice, theme: Theme = .dark, presenter: Bool = false, demo: DemoSchedule? = nil,
        effects: ProgressEffects, _ make: (TerminalSize, RenderContext) -> Program
    ) throws {
        let environment = ProcessInfo.processInfo.environment
        let capabilities = TerminalCapabilities.decide(color: color, forceASCII: ascii, environment: environment,
                                                       outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let session: TerminalSession
        do {
            session = try TerminalSession.start(theme: theme, colorMode: capabilities.colorMode)
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
        defer { session.end() }
        let context = presenter ? RenderContext.presenter(glyphs: capabilities.glyphs) : RenderContext(glyphs: capabilities.glyphs)
        var program = make(session.size, context)
        if let path = environment[OpenCommand.firstFrameVariable] {
            TerminalRunner.drawFirstFrame(&program, in: session)
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            session.end()
            let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
            try? "\(nanoseconds)\n".write(toFile: path, atomically: false, encoding: .utf8)
            return
        }
        if let demo {
            guard DemoRunner.run(&program, schedule: demo, in: session, effects: effects) == .takenOver else { return }
        }
        TerminalRunner.run(&program, in: session, effects: effects)
    }
}

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
import Reports

/// `backprop list`: the lesson menu, printed without a terminal.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons with their summary and your progress.",
        discussion: """
            Lessons come from the built-in lessons folder (found from the executable; \
            BACKPROP_LESSONS overrides it), then from each --lessons folder, each sorted by \
            file name. Progress is read from $XDG_STATE_HOME/backprop/progress.json \
            (default ~/.local/state/backprop/progress.json). A lesson that does not load is \
            listed with its first problem.
            """
    )

    @Option(name: .customLong("lessons"), help: ArgumentHelp("Also list the lessons in this folder (repeatable).",
                                                             valueName: "dir"), completion: .directory)
    var folders: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (library, warnings) = LessonLibrary.standard(extraFolders: folders, environment: environment)
        for warning in warnings { StandardError.write("warning: \(warning)\n") }
        var progress = StudentProgress()
        if let directory = ProgressStore.standardDirectory(environment: environment) {
            let loaded = ProgressStore(directory: directory).load()
            progress = loaded.progress
            for warning in loaded.warnings { StandardError.write("warning: \(warning)\n") }
        } else {
            StandardError.write("warning: no home folder and no XDG_STATE_HOME; progress is not shown\n")
        }
        let menu = LessonMenu(entries: library.entries(), progress: progress)
        if menu.items.isEmpty {
            StandardOutput.write("No lessons found.\n")
            return
        }
        StandardOutput.write(menu.text())
    }
}

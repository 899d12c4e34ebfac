import Foundation
import Testing
@testable import ProgressStorage

/// The progress file: where it lives, atomic writes, corrupt files, and writers racing each other.
struct ProgressStoreTests {
    /// A fresh folder under the temporary directory, with a store two levels below it.
    static func freshStore() throws -> (root: String, store: ProgressStore) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return (root, ProgressStore(directory: root + "/state/backprop"))
    }

    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func theStandardFolderFollowsXDG() {
        #expect(ProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/backprop")
        #expect(ProgressStore.standardDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/backprop")
        #expect(ProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "", "HOME": "/h/"]) == "/h/.local/state/backprop")
        #expect(ProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
                == "/h/.local/state/backprop", "a relative XDG_STATE_HOME is ignored")
        #expect(ProgressStore.standardDirectory(environment: [:])?.hasSuffix("/.local/state/backprop") == true)
    }

    @Test func nothingSavedIsNoProgressAndCreatesNothing() throws {
        let (root, store) = try Self.freshStore()
        let (progress, warnings) = store.load()
        #expect(progress == StudentProgress() && warnings.isEmpty)
        #expect(progress[lesson: "worked-example"] == LessonProgress())
        #expect(!FileManager.default.fileExists(atPath: root + "/state"))
    }

    @Test func anUpdateCreatesPrivateFoldersAndReadsBack() throws {
        let (root, store) = try Self.freshStore()
        let (saved, warnings) = try store.update(lesson: "worked-example") { lesson in
            lesson.status = .inProgress
            lesson.step = 12
            lesson.record(.firstTry, forQuiz: 1)
            lesson.record(.afterHint, forQuiz: 3)
        }
        #expect(warnings.isEmpty)
        #expect(try Self.mode(root + "/state") == 0o700)
        #expect(try Self.mode(root + "/state/backprop") == 0o700)
        #expect(try Self.mode(store.path) == 0o600)
        let (loaded, none) = store.load()
        #expect(none.isEmpty && loaded == saved)
        let lesson = loaded[lesson: "worked-example"]
        #expect(lesson.status == .inProgress && lesson.step == 12)
        #expect(lesson.outcome(ofQuiz: 1) == .firstTry && lesson.outcome(ofQuiz: 2) == nil)
        let updated = try #require(lesson.updated)
        #expect(updated.count == 20 && updated.hasSuffix("Z") && updated.dropFirst(10).hasPrefix("T"))
        let json = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(json.contains("\"worked-example\"") && json.contains("\"in_progress\"") && json.contains("\"after_hint\""))
        let files = try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
        #expect(files == ["progress.json", "progress.json.lock"], "no temporary file is left behind")
    }

    @Test func aFailedWriteLeavesTheOldFileWhole() throws {
        let (_, store) = try Self.freshStore()
        try store.update(lesson: "a") { $0.status = .done }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        var failing = store
        failing.failWritingAfterBytes = 10
        #expect(throws: ProgressError.self) {
            try failing.update(lesson: "b") { $0.status = .inProgress }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
        #expect(files == ["progress.json", "progress.json.lock"], "the partial temporary file is removed")
        #expect(store.load().progress.lessons.keys.sorted() == ["a"])
        do {
            try failing.update(lesson: "b") { $0.status = .inProgress }
        } catch {
            #expect(error.message.hasPrefix("cannot write \(store.path).tmp-"))
            #expect(error.message.hasSuffix(": no space left on device (simulated)"))
        }
    }

    @Test(arguments: ["{ not json", "", "{\"version\": 1}", "{\"version\": 2, \"lessons\": {}}",
                      "{\"version\": 1, \"lessons\": {\"x\": {\"status\": \"finished\", \"step\": 0, \"quizzes\": {}}}}"])
    func aCorruptFileIsMovedAsideWithAWarning(_ text: String) throws {
        let (_, store) = try Self.freshStore()
        try store.update(lesson: "a") { $0.status = .done }
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        let (progress, warnings) = store.load()
        #expect(progress == StudentProgress())
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first).message
        #expect(warning.hasPrefix(store.path + ": "))
        #expect(warning.contains("; moved it to \(store.path).corrupt-") && warning.hasSuffix(" and started with no progress"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: store.directory)
            .filter { $0.hasPrefix("progress.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(try String(contentsOfFile: store.directory + "/" + aside[0], encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: store.path))
        // Saving works again, from nothing.
        let (saved, after) = try store.update(lesson: "b") { $0.step = 3 }
        #expect(after.isEmpty && saved.lessons.keys.sorted() == ["b"])
    }

    /// A progress file of one lesson whose fields are `fields` (JSON text).
    static func oneLesson(_ fields: String) -> String {
        "{\"version\": 1, \"lessons\": {\"worked-example\": {\(fields)}}}"
    }

    /// Files that are not progress, each with the reason the warning gives (written by hand
    /// from the format: the key path, what it allows, what the file has there).
    static let badFiles: [(text: String, reason: String)] = [
        ("", "is not a progress file (it is empty)"),
        ("[1,2]", "is not a progress file (the top level: expected an object, found a list)"),
        ("\"progress\"", "is not a progress file (the top level: expected an object, found \"progress\")"),
        ("{\"lessons\": {}}", "is not a progress file (version: expected a whole number, found nothing)"),
        ("{\"version\": \"1\", \"lessons\": {}}", "is not a progress file (version: expected a whole number, found \"1\")"),
        ("{\"version\": 2, \"lessons\": []}", "has format version 2; this backprop reads version 1"),
        ("{\"version\": 1}", "is not a progress file (lessons: expected an object, found nothing)"),
        ("{\"version\": 1, \"lessons\": [1]}", "is not a progress file (lessons: expected an object, found a list)"),
        ("{\"version\": 1, \"lessons\": {\"worked-example\": 3}}",
         "is not a progress file (lessons.worked-example: expected an object, found 3)"),
        (oneLesson("\"step\": 5, \"status\": \"weird\", \"quizzes\": {}"),
         "is not a progress file (lessons.worked-example.status: expected not_started, in_progress or done, found \"weird\")"),
        (oneLesson("\"step\": 5, \"quizzes\": {}"),
         "is not a progress file (lessons.worked-example.status: expected not_started, in_progress or done, found nothing)"),
        (oneLesson("\"step\": 5, \"status\": \"done\", \"quizzes\": {\"1\": \"first_try\", \"2\": \"right\"}"),
         "is not a progress file (lessons.worked-example.quizzes.2: expected first_try, after_hint, skipped or revealed, "
            + "found \"right\")"),
        (oneLesson("\"step\": 5.5, \"status\": \"done\", \"quizzes\": {}"),
         "is not a progress file (lessons.worked-example.step: expected a whole number, found 5.5)"),
        (oneLesson("\"step\": true, \"status\": \"done\", \"quizzes\": {}"),
         "is not a progress file (lessons.worked-example.step: expected a whole number, found true)"),
        (oneLesson("\"step\": null, \"status\": \"done\", \"quizzes\": {}"),
         "is not a progress file (lessons.worked-example.step: expected a whole number, found null)"),
        (oneLesson("\"step\": 1, \"status\": \"done\", \"quizzes\": []"),
         "is not a progress file (lessons.worked-example.quizzes: expected an object, found a list)"),
        (oneLesson("\"step\": 1, \"status\": \"done\", \"quizzes\": {}, \"updated\": 5"),
         "is not a progress file (lessons.worked-example.updated: expected a string (a time), found 5)"),
        (oneLesson("\"step\": 1, \"status\": \"" + String(repeating: "x", count: 60) + "\", \"quizzes\": {}"),
         "is not a progress file (lessons.worked-example.status: expected not_started, in_progress or done, found \""
            + String(repeating: "x", count: 39) + "…\")"),
    ]

    @Test(arguments: badFiles.indices)
    func theWarningSaysWhatIsWrongAndWhere(_ index: Int) throws {
        let (text, reason) = Self.badFiles[index]
        let (_, store) = try Self.freshStore()
        try store.update(lesson: "a") { $0.status = .done }
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        let warning = try #require(store.load().warnings.first).message
        #expect(warning.hasPrefix(store.path + ": " + reason + "; moved it to "), "\(text)")
    }

    @Test func brokenJSONIsPlacedByLineAndColumn() throws {
        let (_, store) = try Self.freshStore()
        try store.update(lesson: "a") { $0.status = .done }
        // Line 2 is ` "lessons": {"é": x}`: 13 columns, then `"é": ` (5, é one character though
        // two bytes), so x is in column 19.
        for (text, place) in [("{ not json", "at line 1, column 3)"),
                              ("{\"version\": 1,\n \"lessons\": {\"é\": x}}", "at line 2, column 19)")] {
            try text.write(toFile: store.path, atomically: false, encoding: .utf8)
            let warning = try #require(store.load().warnings.first).message
            #expect(warning.hasPrefix(store.path + ": is not valid JSON ("), "\(text)")
            #expect(warning.contains(place + "; moved it to "), "\(warning)")
        }
        // Offsets are bytes; columns are characters, and a CRLF ends a line.
        let crlf = Data("{\r\n\"a\": x".utf8)
        #expect(ProgressFileDecoder.lineAndColumn(ofByte: 8, in: crlf) == (2, 6))
        #expect(ProgressFileDecoder.lineAndColumn(ofByte: 0, in: crlf) == (1, 1))
    }

    @Test func aGoodFileReadsEvenWithExtrasTheFormatAllows() throws {
        let (_, store) = try Self.freshStore()
        try store.update(lesson: "a") { $0.status = .done }
        let text = "{\"version\": 1, \"note\": \"ignored\", \"lessons\": {\"worked-example\": {\"step\": 12.0, "
            + "\"status\": \"in_progress\", \"quizzes\": {\"1\": \"after_hint\"}, \"updated\": null, \"extra\": [1]}}}"
        try text.write(toFile: store.path, atomically: false, encoding: .utf8)
        let (progress, warnings) = store.load()
        #expect(warnings.isEmpty)
        #expect(progress[lesson: "worked-example"] == LessonProgress(status: .inProgress, step: 12, quizzes: ["1": .afterHint]))
    }

    @Test func anUnreadableFileIsMovedAsideToo() throws {
        let (_, store) = try Self.freshStore()
        try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
        let (progress, warnings) = store.load()
        #expect(progress == StudentProgress())
        #expect(warnings.first?.message.contains("cannot be read") == true)
        #expect(warnings.first?.message.contains("moved it to") == true)
        #expect(!FileManager.default.fileExists(atPath: store.path))
        // Two corrupt files in the same second get distinct names.
        try "x".write(toFile: store.path, atomically: false, encoding: .utf8)
        _ = store.load()
        let aside = try FileManager.default.contentsOfDirectory(atPath: store.directory)
            .filter { $0.hasPrefix("progress.json.corrupt-") }
        #expect(aside.count == 2)
    }

    @Test func concurrentWritersLoseNothing() throws {
        // 8 writers, each with its own store (so its own lock file descriptor), each adding 20
        // distinct records by read-modify-write. Without the lock and the re-read, writers
        // would overwrite each other's records.
        let (_, store) = try Self.freshStore()
        let writers = 8, records = 20
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            let own = ProgressStore(directory: store.directory)
            for record in 1...records {
                do {
                    try own.update(lesson: "shared") { $0.record(.firstTry, forQuiz: writer * 100 + record) }
                    try own.update(lesson: "writer-\(writer)") { $0.step = record }
                } catch {
                    Issue.record("writer \(writer): \(error)")
                }
            }
        }
        let (progress, warnings) = store.load()
        #expect(warnings.isEmpty)
        #expect(progress[lesson: "shared"].quizzes.count == writers * records)
        for writer in 0..<writers { #expect(progress[lesson: "writer-\(writer)"].step == records) }
    }

    @Test func scoresCountFirstTriesAndHalfForHints() {
        var lesson = LessonProgress()
        lesson.record(.firstTry, forQuiz: 1)
        lesson.record(.afterHint, forQuiz: 2)
        lesson.record(.skipped, forQuiz: 3)
        lesson.record(.firstTry, forQuiz: 9)
        let score = lesson.score(quizCount: 5)
        #expect(score == QuizScore(firstTry: 1, afterHint: 1, skipped: 1, total: 5), "quiz 9 is not in a 5-quiz lesson")
        #expect(score.points == 1.5 && score.description == "1.5/5" && score.attempted == 3)
        #expect(LessonProgress().score(quizCount: 0).description == "0/0")
        #expect(QuizScore(firstTry: 4, afterHint: 0, skipped: 0, total: 4).description == "4/4")
    }
}

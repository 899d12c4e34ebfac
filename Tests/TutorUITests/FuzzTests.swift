import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import ProgressStorage
import Reports
import Testing
@testable import TutorUI

/// Seeded fuzzing, so CI finds the next fault before a student does: mutated lessons through
/// check, trace and replay, and random keys at random terminal sizes. Each campaign is
/// bounded (a few hundred cases) and seeded, so a failure names a case that replays the same.
struct FuzzTests {
    /// The shipped lessons' sources, by file name.
    static let sources: [(name: String, text: String)] = {
        let folder = Fixtures.lessonsFolder.path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().compactMap { name in
            (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)).map { (name, $0) }
        }
    }()

    /// Numbers at every edge a Double and the lesson limits have.
    static let numbers = [
        "0", "-0", "1", "-1", "0.5", "2", "3", "7", "1e16", "1e17", "-1e17", "1e300", "-1e300", "1.7976931348623157e308",
        "5e-324", "1e-320", "nan", "inf", "-inf", "+inf", "1_000_000", "1000001", "10000", "10001", "257", "64", "65",
        "9223372036854775807", "-9223372036854775808", "99999999999999999999", "0x7fffffff", "1e10", "33",
    ]

    /// Text to splice anywhere: TOML punctuation, hostile characters, long names.
    static let splices = [
        "[", "]", "[[", "{", "}", "=", ",", ".", "\"", "'", "#", "\n", "\r", "\\", "\u{1B}[31m", "\u{07}", "\u{0}",
        "\u{2028}", "\u{85}", "\u{FEFF}", "é", "中", "\u{301}", String(repeating: "a", count: 40),
        String(repeating: "[", count: 300), "\"\"\"", "x = 1", "[[data]]\nx = [1e300, -1e300]\ny = [1]",
        "[[notes]]\nat = \"start\"\ntext = \"\u{1B}]0;title\u{07}\"",
    ]

    /// One random edit of `lines`.
    static func mutate(_ lines: inout [String], _ random: inout SplitMix64) {
        guard !lines.isEmpty else { return }
        let k = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0:
            // A number replaced by an edge value.
            let line = lines[k]
            let digits = line.indices.filter { line[$0].isNumber }
            if let start = digits.randomElement(using: &random) {
                var end = start
                while end < line.endIndex, "0123456789.eE+-_".contains(line[end]) { end = line.index(after: end) }
                lines[k] = String(line[..<start]) + numbers.randomElement(using: &random)! + String(line[end...])
            }
        case 1: lines.remove(at: k)
        case 2: lines.insert(lines[k], at: k)
        case 3:
            let line = lines[k]
            let offset = Int.random(in: 0...line.count, using: &random)
            let at = line.index(line.startIndex, offsetBy: offset)
            lines[k] = String(line[..<at]) + splices.randomElement(using: &random)! + String(line[at...])
        case 4: lines.swapAt(k, Int.random(in: 0..<lines.count, using: &random))
        default:
            // A string value's text replaced: hostile, long or empty.
            if let quote = lines[k].firstIndex(of: "\""), let close = lines[k][lines[k].index(after: quote)...].firstIndex(of: "\"") {
                let text = ["", "\u{1B}[31mred\r\n\u{07}", String(repeating: "h", count: 33), "x1", "y o1", "h", "w1", "中文"]
                    .randomElement(using: &random)!
                lines[k] = String(lines[k][...quote]) + text + String(lines[k][close...])
            }
        }
    }

    /// Keys a student or a script might press, names and single characters alike.
    static let keys: [String] = KeyScript.names + ["q", "l", "h", "]", "[", "n", "p", "t", "s", "e", "r", "L", "?", "-",
        "+", "1", "2", "3", "4", "9", "0", ":", "g", "G", "j", "k", "f1", "ctrl-c", "ctrl-l", "type:1e300", "type:-1e17",
        "type:nan", "type:0", "type:1e-320", "type:99999999999999999999", "type:abc", "tick", "tick", "tick", "space"]

    /// A random key script of `count` keys.
    static func script(_ count: Int, _ random: inout SplitMix64) -> [KeyEvent] {
        let text = (0..<count).map { _ in keys.randomElement(using: &random)! }.joined(separator: " ")
        return (try? KeyScript(parsing: text).keys) ?? []
    }

    /// The tutor on `lesson` at `size`, keeping no progress.
    static func program(_ lesson: Lesson, size: TerminalSize) -> TutorProgram {
        let launch = LessonLaunch(lesson: lesson, id: "fuzz", asksQuizzes: true, restarts: true, next: nil)
        return TutorProgram(launch: launch, entries: [], progress: StudentProgress(), size: size, context: .unicode)
    }

    /// Presses `keys`, drawing after each, and checks every screen is the size asked for.
    static func replay(_ keys: [KeyEvent], on program: inout TutorProgram, case label: String) {
        for key in keys {
            program.handle(key)
            let screen = program.render()
            guard screen.size == program.size else {
                Issue.record("\(label): a \(program.size) terminal drew a \(screen.size) screen after \(key.scriptName)")
                return
            }
        }
    }

    /// 300 mutants of the shipped lessons, 1 to 3 edits each: loading ends in a lesson or in
    /// one-line problems; a lesson traces (JSON and text) and replays random keys.
    @Test func mutatedLessonsGoThroughCheckTraceAndReplay() throws {
        try #require(Self.sources.count >= 10)
        var random = SplitMix64(seed: 0xF022_2026)
        var loaded = 0
        for index in 0..<300 {
            let source = Self.sources[index % Self.sources.count]
            var lines = source.text.components(separatedBy: "\n")
            for _ in 0..<Int.random(in: 1...3, using: &random) { Self.mutate(&lines, &random) }
            let text = lines.joined(separator: "\n")
            let label = "mutant \(index) of \(source.name)"
            let lesson: Lesson
            do {
                lesson = try LessonLoader.parse(text, fileName: "m.toml")
            } catch {
                for problem in error.problems {
                    let line = problem.description
                    #expect(!problem.message.isEmpty && !line.contains("\n") && !line.unicodeScalars.contains(where: PrintableText.isControl),
                            "\(label): \(line)")
                }
                continue
            }
            loaded += 1
            let iterations = min(lesson.iterations, 3)
            for format in [TraceWriter.Format.json, .text(Notation(style: .unicode))] {
                var bytes = 0
                TraceWriter(lesson: lesson, format: format).stream(iterations: iterations) { bytes += $0.utf8.count }
                #expect(bytes > 0, "\(label)")
            }
            let size = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 100, rows: 30),
                        TerminalSize(columns: 41, rows: 13)].randomElement(using: &random)!
            var program = Self.program(lesson, size: size)
            Self.replay(Self.script(8, &random), on: &program, case: label)
        }
        // Enough mutants must still load, or the campaign tests only the parser. The lessons
        // hold many quiz and note tables, whose lines a mutation easily breaks: 58 of these
        // 300 load (one in five).
        #expect(loaded >= 50, "only \(loaded) of 300 mutants loaded")
    }

    /// 150 runs of 40 random keys on random shipped lessons (and the menu) at random sizes
    /// from 1x1 to 250x80, resizing part way.
    @Test func randomKeysAtRandomSizes() throws {
        let entries = LessonLibrary(folders: [Fixtures.lessonsFolder.path]).entries()
        let lessons = entries.compactMap(\.lesson)
        try #require(lessons.count >= 10)
        var random = SplitMix64(seed: 0xBACC_0050)
        func size() -> TerminalSize {
            TerminalSize(columns: Int.random(in: 1...250, using: &random), rows: Int.random(in: 1...80, using: &random))
        }
        for index in 0..<150 {
            let label = "run \(index)"
            var program = index % 10 == 0
                ? TutorProgram(menuOf: entries, progress: StudentProgress(), size: size(), context: .ascii)
                : Self.program(lessons.randomElement(using: &random)!, size: size())
            Self.replay(Self.script(20, &random), on: &program, case: label)
            program.resize(to: size())
            Self.replay(Self.script(20, &random), on: &program, case: label)
        }
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the bytes of `progress.json` into a ``StudentProgress``, and says exactly what is
/// wrong with a file that holds none: where the JSON breaks (line and column), or the key
/// path of a bad value with what was expected and what was found.
///
/// It walks the parsed JSON itself (a ``JSONNode``) rather than decoding the types directly
/// with `JSONDecoder`, whose errors name no place for some values (a step of `5.5` is
/// reported as "not valid JSON") and describe a value by its Swift type. Unknown keys are
/// ignored, as the decoder would.
enum ProgressFileDecoder {
    /// The progress in `data`, or an error whose message completes `progress.json: …`
    /// (`is not valid JSON (…)`, `is not a progress file (…)`, `has format version 2; …`).
    static func decode(_ data: Data) throws(ProgressError) -> StudentProgress {
        guard !data.isEmpty else { throw ProgressError("is not a progress file (it is empty)") }
        let root: JSONNode
        do {
            root = try JSONDecoder().decode(JSONNode.self, from: data)
        } catch {
            throw ProgressError("is not valid JSON (\(syntaxProblem(error, in: data)))")
        }
        do {
            return try progress(from: root)
        } catch let problem as ValueProblem {
            throw ProgressError("is not a progress file (\(problem.message))")
        } catch let problem as VersionProblem {
            throw ProgressError("has format version \(problem.version); this backprop reads version "
                                + "\(StudentProgress.currentVersion)")
        } catch {
            throw ProgressError("is not a progress file (\(error))")
        }
    }

    // MARK: - The format

    /// The whole file: `version` (checked first: another version may be shaped otherwise),
    /// `lessons` and, once there is some, `practice`.
    private static func progress(from root: JSONNode) throws -> StudentProgress {
        let top = try object(root, at: [])
        let version = try wholeNumber(top["version"], at: ["version"])
        guard version == StudentProgress.currentVersion else { throw VersionProblem(version: version) }
        var progress = StudentProgress()
        for (id, value) in try object(top["lessons"], at: ["lessons"]) {
            progress.lessons[id] = try lesson(from: value, at: ["lessons", id])
        }
        if let practice = top["practice"], practice != .null {
            var records: [String: PracticeRecord] = [:]
            for (shape, value) in try object(practice, at: ["practice"]) {
                records[shape] = try record(from: value, at: ["practice", shape])
            }
            progress.practice = records
        }
        return progress
    }

    /// One shape's practice: `exercises`, `bestPoints`, `bestOf`, `streak`, `longestStreak`.
    private static func record(from value: JSONNode, at path: [String]) throws -> PracticeRecord {
        let fields = try object(value, at: path)
        guard case .number(let best)? = fields["bestPoints"] else {
            throw ValueProblem(path: path + ["bestPoints"], expected: "a number", found: fields["bestPoints"])
        }
        return PracticeRecord(exercises: try wholeNumber(fields["exercises"], at: path + ["exercises"]),
                              bestPoints: best, bestOf: try wholeNumber(fields["bestOf"], at: path + ["bestOf"]),
                              streak: try wholeNumber(fields["streak"], at: path + ["streak"]),
                              longestStreak: try wholeNumber(fields["longestStreak"], at: path + ["longestStreak"]))
    }

    /// One lesson's progress: `status`, `step`, `quizzes` and an optional `updated`.
    private static func lesson(from value: JSONNode, at path: [String]) throws -> LessonProgress {
        let fields = try object(value, at: path)
        let status = try choice(LessonStatus.self, fields["status"], at: path + ["status"])
        let step = try wholeNumber(fields["step"], at: path + ["step"])
        var quizzes: [String: QuizOutcome] = [:]
        for (number, outcome) in try object(fields["quizzes"], at: path + ["quizzes"]) {
            quizzes[number] = try choice(QuizOutcome.self, outcome, at: path + ["quizzes", number])
        }
        var updated: String?
        if let value = fields["updated"], value != .null {
            guard case .string(let text) = value else {
                throw ValueProblem(path: path + ["updated"], expected: "a string (a time)", found: value)
            }
            updated = text
        }
        return LessonProgress(status: status, step: step, quizzes: quizzes, updated: updated)
    }

    // MARK: - Values

    /// `value` as an object (a JSON object with string keys).
    private static func object(_ value: JSONNode?, at path: [String]) throws -> [String: JSONNode] {
        guard case .object(let object)? = value else {
            throw ValueProblem(path: path, expected: "an object", found: value)
        }
        return object
    }

    /// `value` as a whole number (`12`, or `12.0`; not `true`, not `12.5`).
    private static func wholeNumber(_ value: JSONNode?, at path: [String]) throws -> Int {
        guard case .number(let number)? = value, let whole = Int(exactly: number) else {
            throw ValueProblem(path: path, expected: "a whole number", found: value)
        }
        return whole
    }

    /// `value` as one of `Choice`'s cases, by its raw text.
    private static func choice<Choice: RawRepresentable & CaseIterable>(_: Choice.Type, _ value: JSONNode?,
                                                                        at path: [String]) throws -> Choice
    where Choice.RawValue == String {
        if case .string(let text)? = value, let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let expected = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        throw ValueProblem(path: path, expected: expected, found: value)
    }

    /// How a value found in the file is written in a message: `"weird"` (shortened past 40
    /// characters), `5.5`, `true`, `null`, `a list`, `an object`, or `nothing` for a missing key.
    static func describe(_ value: JSONNode?) -> String {
        guard let value else { return "nothing" }
        switch value {
        case .null: return "null"
        case .string(let text):
            let shown = text.count > 40 ? text.prefix(39) + "…" : Substring(text)
            return "\"\(shown)\""
        case .array: return "a list"
        case .object: return "an object"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if let whole = Int(exactly: number) { return "\(whole)" }
            return "\(number)"
        }
    }

    // MARK: - Problems

    /// A value that is not what the format says, at a key path.
    struct ValueProblem: Error {
        /// The keys from the top of the file to the value.
        var path: [String]
        /// What the format allows there.
        var expected: String
        /// What the file has there, as a message writes it (see ``ProgressFileDecoder/describe(_:)``).
        var found: String

        /// A problem at `path`, where the file has `found` (nil: the key is missing).
        init(path: [String], expected: String, found: JSONNode?) {
            self.path = path
            self.expected = expected
            self.found = ProgressFileDecoder.describe(found)
        }

        /// `lessons.x.status: expected not_started, in_progress or done, found "weird"`; a
        /// problem with the whole file names `the top level`.
        var message: String {
            let place = path.isEmpty ? "the top level" : path.joined(separator: ".")
            return "\(place): expected \(expected), found \(found)"
        }
    }

    /// A file of another format version.
    struct VersionProblem: Error {
        /// The version the file says it has.
        var version: Int
    }

    /// Where the JSON breaks: `expected a value at line 2, column 13`, or the parser's own
    /// words when the text is valid JSON that it still refused.
    static func syntaxProblem(_ error: any Error, in data: Data) -> String {
        guard let fault = JSONSyntax.firstError(in: Array(data)) else { return "the JSON parser gives no reason (\(error))" }
        let (line, column) = lineAndColumn(ofByte: fault.offset, in: data)
        return "expected \(fault.expected) at line \(line), column \(column)"
    }

    /// The line and column (both from 1, the column in characters) of the byte at `offset`.
    static func lineAndColumn(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        let before = data.prefix(max(0, min(offset, data.count)))
        let newline = UInt8(ascii: "\n")
        let lineStart = before.lastIndex(of: newline).map { before.index(after: $0) } ?? before.startIndex
        let line = before.filter { $0 == newline }.count + 1
        return (line, String(decoding: before[lineStart...], as: UTF8.self).count + 1)
    }

}

/// One JSON value, as the progress file's reader walks it.
enum JSONNode: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    /// Reads whichever kind of value the decoder holds.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONNode].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONNode].self))
        }
    }
}

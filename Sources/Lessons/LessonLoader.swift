internal import TOMLKit

/// Reads lesson files: parses the TOML, checks everything, fills in defaults, draws seeded weights.
///
/// Every way a file can be wrong ends in a ``LessonError`` listing each problem with the
/// file name, the key path and, where the file shows it, the line; nothing crashes or hangs.
/// The format is documented in `docs/lesson-format.md`.
public enum LessonLoader {
    /// Loads the lesson at `path`.
    ///
    /// Refuses, before parsing, anything that is missing, unreadable, not a regular file,
    /// over 1 MiB (``LessonLimits/maxFileBytes``) or not UTF-8 text. Problems name the file
    /// by `path` as given.
    public static func load(path: String) throws(LessonError) -> Lesson {
        let bytes = try LessonFileReader.bytes(atPath: path)
        let text = try SourceText.decode(bytes, fileName: path)
        return try parse(text, fileName: path)
    }

    /// Parses and checks a lesson from its TOML text; `fileName` is used in problems and stored in the lesson.
    ///
    /// Refuses text over 1 MiB or holding a NUL character, reports a TOML syntax error with
    /// its line and column (including the few inputs that would abort the TOML library,
    /// which are caught before it runs), and otherwise reports every problem validation
    /// finds, in file order.
    public static func parse(_ text: String, fileName: String) throws(LessonError) -> Lesson {
        try SourceText.checkBeforeParsing(text, fileName: fileName)
        let source = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        if let trap = KeyLocator(text: source).parserTrap() {
            throw trapError(trap, in: source, fileName: fileName)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch {
            throw syntaxError(error, fileName: fileName)
        }
        return try validate(TOMLNode(table: table), source: source, fileName: fileName)
    }

    /// A TOML library error as a lesson problem with line and column.
    static func syntaxError(_ error: any Error, fileName: String) -> LessonError {
        guard let error = error as? TOMLParseError else { return .file(fileName, "TOML syntax error: \(error)") }
        let text = error.description.prefix(1).lowercased() + error.description.dropFirst()
        return .file(fileName, "TOML syntax error: " + text, line: error.source.begin.line,
                     column: error.source.begin.column)
    }

    /// The error for input that would abort the TOML library, unless the lines before it
    /// already hold a syntax error, which is then the one reported (the first in the file).
    static func trapError(_ trap: ParserTrap, in source: String, fileName: String) -> LessonError {
        let bytes = Array(source.utf8)
        let lineStart = bytes[..<min(trap.offset, bytes.count)].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let before = String(decoding: bytes[..<lineStart], as: UTF8.self)
        if KeyLocator(text: before).parserTrap() == nil {
            do {
                _ = try TOMLTable(string: before)
            } catch {
                return syntaxError(error, fileName: fileName)
            }
        }
        let (line, column) = SourceText.position(ofByte: trap.offset, in: bytes)
        let found = trap.offset < bytes.count ? SourceText.describeCharacter(at: trap.offset, in: bytes)
            : "the end of the file"
        return .file(fileName, "TOML syntax error: expected \(trap.expected), saw \(found)", line: line, column: column)
    }

    /// Checks a parsed file against the schema and the rules, and builds the lesson.
    static func validate(_ root: TOMLNode, source: String, fileName: String) throws(LessonError) -> Lesson {
        let entries = root.tableEntries ?? [:]
        var checker = SchemaChecker()
        checker.check(table: entries, at: .root, against: LessonSchema.lesson)
        var builder = LessonBuilder(root: entries, fileName: fileName)
        let lesson = builder.build()
        let found = checker.problems + builder.problems
        if let lesson, found.isEmpty { return lesson }
        guard !found.isEmpty else {
            // Every path that refuses a lesson reports why; this is a safety net, never a crash.
            throw .file(fileName, "the lesson could not be built, and no check said why (a bug in backprop)")
        }
        throw LessonError(problems: locate(found, in: source, fileName: fileName))
    }

    /// Adds file name and line to each problem and puts them in file order.
    ///
    /// Problems without a line (a missing top-level key) come first; ties keep the order
    /// they were found in.
    static func locate(_ found: [PathProblem], in source: String, fileName: String) -> [LessonProblem] {
        let lines = KeyLocator(text: source).lines(for: found.map(\.path))
        let order = found.indices.sorted { a, b in
            let lineA = lines[a] ?? 0, lineB = lines[b] ?? 0
            return lineA != lineB ? lineA < lineB : a < b
        }
        return order.map { k in
            LessonProblem(fileName: fileName, keyPath: found[k].path.description, line: lines[k], column: nil,
                          message: found[k].message)
        }
    }
}

/// Why a lesson file could not be loaded: one or more ``LessonProblem``s.
///
/// Validation reports every problem it finds, not only the first, ordered by line
/// (problems with no known line, like a missing top-level key, come first).
public struct LessonError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, at least one, in file order.
    public var problems: [LessonProblem]
    /// Whether the file does not exist (the commands exit with 66, EX_NOINPUT, for it
    /// rather than 65, EX_DATAERR, for a file with bad data).
    public internal(set) var isMissingFile = false

    /// Creates an error from its problems.
    public init(problems: [LessonProblem]) {
        precondition(!problems.isEmpty, "a lesson error needs at least one problem")
        self.problems = problems
    }

    /// An error with a single problem about the whole file (it is missing, too large, not UTF-8, ...).
    static func file(_ fileName: String, _ message: String, line: Int? = nil, column: Int? = nil) -> LessonError {
        LessonError(problems: [LessonProblem(fileName: fileName, keyPath: "", line: line, column: column,
                                             message: message)])
    }

    /// Every problem's description, one per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

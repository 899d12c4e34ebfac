/// One thing wrong with a lesson file: where it is, and what is wrong.
///
/// Its description is one line, in the style compilers use:
/// `lessons/x.toml:14: network.layers[2].weights: expected 2 rows, found 3`. The line is
/// left out when it is not known, the column is shown only for TOML syntax errors
/// (`lessons/x.toml:3:17: ...`), and the key path only when the problem is about a value.
public struct LessonProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file, as given to ``LessonLoader/load(path:)`` or ``LessonLoader/parse(_:fileName:)``.
    public var fileName: String
    /// The value the problem is about, like `network.layers[2].weights`, or empty for the whole file.
    ///
    /// Array positions are 1-based: `network.layers[2]` is the second `[[network.layers]]`
    /// table and `data[3].x` the inputs of the third sample.
    public var keyPath: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// The 1-based column, given for TOML syntax errors only.
    public var column: Int?
    /// What is wrong, like `expected 2 rows, found 3`.
    public var message: String

    /// Creates a problem.
    public init(fileName: String, keyPath: String, line: Int?, column: Int?, message: String) {
        self.fileName = fileName
        self.keyPath = keyPath
        self.line = line
        self.column = column
        self.message = message
    }

    /// The problem as one line: `file:line:column: key.path: message`, leaving out what is
    /// unknown, with any control character in it escaped (``PrintableText``).
    public var description: String {
        var text = fileName
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": "
        if !keyPath.isEmpty { text += keyPath + ": " }
        return PrintableText.escaped(text + message)
    }
}

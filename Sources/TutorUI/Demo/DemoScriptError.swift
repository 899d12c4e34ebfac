/// Why a demo script could not be read, and where: the line and the column (both 1-based).
public struct DemoScriptError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Hashable, Sendable {
        /// A key line that is not a key script (the key script's own error, positioned in the line).
        case keys(KeyScriptError)
        /// `wait` with nothing after it.
        case missingSeconds
        /// `wait` followed by something that is not a number of seconds.
        case badSeconds(String)
        /// A wait longer than ``DemoScript/longestWait``.
        case waitTooLong(String)
        /// `caption` with nothing after it (or `""`).
        case missingCaption
        /// A caption's text not in double quotes.
        case unquotedCaption(String)
        /// A caption whose closing quote is missing.
        case unterminatedCaption
        /// Something after a caption's closing quote.
        case textAfterCaption
        /// A tab or other control character in a caption.
        case controlCharacterInCaption
    }

    /// The 1-based line.
    public let line: Int
    /// The 1-based column (in characters) where the problem starts.
    public let column: Int
    /// What is wrong.
    public let problem: Problem

    /// Creates an error.
    public init(line: Int, column: Int, problem: Problem) {
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// What is wrong, without the place.
    public var message: String {
        switch problem {
        case .keys(let error):
            return error.message
        case .missingSeconds:
            return "wait needs a number of seconds, like wait 1.5"
        case .badSeconds(let text):
            return "wait needs a number of seconds, like wait 1.5, not \"\(text)\""
        case .waitTooLong(let text):
            return "wait \(text) is longer than the longest wait, \(Int(DemoScript.longestWait)) seconds"
        case .missingCaption:
            return "caption needs its text in double quotes, like caption \"The forward pass\", or caption off"
        case .unquotedCaption(let text):
            return "caption needs its text in double quotes: caption \"\(text)\" (or caption off)"
        case .unterminatedCaption:
            return "the caption's double quote is never closed"
        case .textAfterCaption:
            return "nothing may follow the caption's closing quote but a # comment"
        case .controlCharacterInCaption:
            return "a caption is one line of text, without tabs or other control characters"
        }
    }

    /// `line 4, column 6: what is wrong`.
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// Why a key script could not be read, and where: the character position and the key number.
public struct KeyScriptError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// A word of two or more characters that is no key name.
        case unknownKeyName(String)
        /// A `"` that opens text but is never closed.
        case unterminatedQuote
        /// A closing `"` followed by something other than a space.
        case textAfterClosingQuote
        /// `type:` or `""` with nothing to type.
        case emptyText
    }

    /// What is wrong.
    public let reason: Reason
    /// Where the offending key starts: 1 for the script's first character.
    public let position: Int
    /// Which key it is: 1 for the first key of the script.
    public let keyNumber: Int

    /// Creates an error.
    public init(_ reason: Reason, position: Int, keyNumber: Int) {
        self.reason = reason
        self.position = position
        self.keyNumber = keyNumber
    }

    /// A message that says what is wrong, where, and what is allowed.
    public var description: String { text(place: " at position \(position) (key \(keyNumber)) of the key script") }

    /// What is wrong and what is allowed, without the place (for a demo script's line,
    /// which says its own line and column).
    public var message: String { text(place: "") }

    /// The message with `place` after the thing it is about.
    private func text(place: String) -> String {
        switch reason {
        case .unknownKeyName(let name):
            return "unknown key name \"\(name)\"\(place); single characters stand for"
                + " themselves, and the names are \(KeyScript.names.joined(separator: ", ")), f1 to f63 and"
                + " ctrl-a to ctrl-z; to type text, write \"0.37\" in double quotes or type:0.37"
        case .unterminatedQuote:
            return "the double quote\(place) is never closed"
        case .textAfterClosingQuote:
            return "the quoted text\(place) must be followed by a space or the end"
        case .emptyText:
            return "nothing to type\(place): write the text after type: or inside the quotes"
        }
    }
}

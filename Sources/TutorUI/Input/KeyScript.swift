/// A list of key presses written as readable text, for `backprop replay` and tests.
///
/// Keys are separated by spaces:
/// - a single character stands for itself: `l`, `]`, `?`, `:`, `7`;
/// - a name (any case) stands for a special key: `right left up down home end pageup
///   pagedown insert delete enter space tab backtab backspace esc`, the aliases `return`,
///   `escape`, `pgup`, `pgdn`, `del`, `bs`, `shift-tab`, function keys `f1`…`f63`, and
///   `ctrl-a`…`ctrl-z` (`ctrl-h`, `ctrl-i`, `ctrl-j`, `ctrl-m` give the keys terminals
///   send for them: backspace, tab, enter, enter);
/// - `tick` stands for one beat of the playback clock (see `KeyEvent.tick`): `p tick tick`
///   starts playing and lets two steps go by;
/// - text to type one character at a time: `type:0.37`, or in double quotes `"0.37"`, which
///   may hold spaces and the escapes `\"` and `\\`. A lone `"` is the quote character.
///
/// So `l l : type:12 enter q` presses l twice, then `:`, `1`, `2`, Enter and q.
public struct KeyScript: Hashable, Sendable {
    /// The keys, in order.
    public var keys: [KeyEvent]

    /// Creates a script from keys.
    public init(_ keys: [KeyEvent]) {
        self.keys = keys
    }

    /// Reads a script such as `"l l l ] ] h q"`.
    public init(parsing text: String) throws(KeyScriptError) {
        var reader = KeyScriptReader(text)
        self.keys = try reader.readAll()
    }

    /// The canonical key names, for messages and help.
    public static let names = [
        "right", "left", "up", "down", "home", "end", "pageup", "pagedown", "insert", "delete",
        "enter", "space", "tab", "backtab", "backspace", "esc", "tick",
    ]

    /// Every name and alias a script accepts, except function keys and ctrl-letters.
    static let keysByName: [String: KeyEvent] = [
        "right": .right, "left": .left, "up": .up, "down": .down,
        "home": .home, "end": .end, "pageup": .pageUp, "pgup": .pageUp,
        "pagedown": .pageDown, "pgdn": .pageDown, "insert": .insert,
        "delete": .delete, "del": .delete, "enter": .enter, "return": .enter,
        "space": .character(" "), "tab": .tab, "backtab": .backTab, "shift-tab": .backTab,
        "backspace": .backspace, "bs": .backspace, "esc": .escape, "escape": .escape,
        "tick": .tick,
    ]

    /// The key a name stands for (case-insensitive), or nil.
    static func key(named name: String) -> KeyEvent? {
        let name = name.lowercased()
        if let key = keysByName[name] { return key }
        if name.hasPrefix("ctrl-"), name.count == 6, let letter = name.last,
           let ascii = letter.asciiValue, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) {
            return KeyEvent(controlCode: UInt32(ascii - 0x60))
        }
        if name.hasPrefix("f"), let number = Int(name.dropFirst()), (1...63).contains(number),
           name.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            return .function(number)
        }
        return nil
    }
}

/// Walks a key script's text, one key (or typed text) at a time.
struct KeyScriptReader {
    private let characters: [Character]
    private var index = 0
    private var keyNumber = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func readAll() throws(KeyScriptError) -> [KeyEvent] {
        var keys: [KeyEvent] = []
        while true {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            guard index < characters.count else { return keys }
            keyNumber += 1
            keys += try readKey()
        }
    }

    private mutating func readKey() throws(KeyScriptError) -> [KeyEvent] {
        let start = index
        if characters[index] == "\"", index + 1 < characters.count, !characters[index + 1].isWhitespace {
            return try readQuoted()
        }
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
        let word = String(characters[start..<index])
        if word.count == 1 { return [.character(characters[start])] }
        if word.lowercased().hasPrefix("type:") {
            let text = word.dropFirst("type:".count)
            guard !text.isEmpty else { throw error(.emptyText, at: start) }
            return text.map(KeyEvent.character)
        }
        guard let key = KeyScript.key(named: word) else { throw error(.unknownKeyName(word), at: start) }
        return [key]
    }

    private mutating func readQuoted() throws(KeyScriptError) -> [KeyEvent] {
        let start = index
        index += 1
        var text: [Character] = []
        while true {
            guard index < characters.count else { throw error(.unterminatedQuote, at: start) }
            let character = characters[index]
            index += 1
            if character == "\"" { break }
            if character == "\\", index < characters.count, ["\"", "\\"].contains(characters[index]) {
                text.append(characters[index])
                index += 1
            } else {
                text.append(character)
            }
        }
        guard index == characters.count || characters[index].isWhitespace else {
            throw error(.textAfterClosingQuote, at: start)
        }
        guard !text.isEmpty else { throw error(.emptyText, at: start) }
        return text.map(KeyEvent.character)
    }

    private func error(_ reason: KeyScriptError.Reason, at start: Int) -> KeyScriptError {
        KeyScriptError(reason, position: start + 1, keyNumber: keyNumber)
    }
}

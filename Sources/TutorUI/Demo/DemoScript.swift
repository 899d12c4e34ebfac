/// A scripted demo: key presses, pauses and captions, one command per line.
///
///     # The forward pass of the worked example
///     caption "The forward pass: z, then a, neuron by neuron"
///     l l          # z and a of h1
///     wait 1.5
///     tab tab e "0.9" enter
///     caption off
///
/// - a key line holds keys in the ``KeyScript`` syntax (`l`, `]`, `tab`, `enter`, `"0.9"`);
/// - `wait SECONDS` pauses (a decimal number, at most ``longestWait``);
/// - `caption "TEXT"` shows TEXT on the status line until the next caption; `caption off`
///   takes it away (`\"` and `\\` write a quote and a backslash);
/// - `#` starts a comment, at the start of a line or after a space (outside quotes: to
///   press the `#` key, write `"#"`); blank lines are skipped.
///
/// Command words are read in any case. The format is documented in `docs/demo-scripts.md`.
public struct DemoScript: Sendable, Hashable {
    /// What one line of a script does.
    public enum Command: Sendable, Hashable {
        /// Press these keys, one after another.
        case keys([KeyEvent])
        /// Pause this many seconds.
        case wait(Double)
        /// Show this caption (nil: take it away).
        case caption(String?)
    }

    /// A command and the line it was written on.
    public struct Line: Sendable, Hashable {
        /// The 1-based line number in the file (0 for a script made from keys).
        public let number: Int
        /// What the line does.
        public let command: Command
    }

    /// The commands, in order (blank and comment lines left out).
    public var lines: [Line]

    /// The longest pause one `wait` may ask for, in seconds.
    public static let longestWait = 3600.0

    /// Creates a script from commands.
    public init(lines: [Line]) {
        self.lines = lines
    }

    /// A script that presses `keys`, one command each (as `backprop replay --keys` does).
    public init(keys: [KeyEvent]) {
        lines = keys.map { Line(number: 0, command: .keys([$0])) }
    }

    /// Reads a script, reporting the first mistake with its line and column.
    ///
    /// Lines end at `\n` or `\r\n`; a `\r` left at the end of a line (a file whose last
    /// line ends in `\r`) is dropped.
    public init(parsing text: String) throws(DemoScriptError) {
        var lines: [Line] = []
        for (index, raw) in Self.lineTexts(of: text).enumerated() {
            if let command = try DemoScriptLine(text: raw, number: index + 1).command() {
                lines.append(Line(number: index + 1, command: command))
            }
        }
        self.lines = lines
    }

    /// The text of each line of `text`, without its line end.
    ///
    /// Swift reads `\r\n` as one `Character`, so splitting at the character `"\n"` alone
    /// would leave a Windows file as one long line: both line ends are separators here.
    static func lineTexts(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { raw in
                var line = String(raw)
                if line.hasSuffix("\r") { line.removeLast() }
                return line
            }
    }

    /// Every key the script presses, in order.
    public var keys: [KeyEvent] {
        lines.flatMap { line -> [KeyEvent] in
            if case .keys(let keys) = line.command { return keys }
            return []
        }
    }
}

/// Reads one line of a demo script.
struct DemoScriptLine {
    let characters: [Character]
    let number: Int

    init(text: String, number: Int) {
        characters = Array(text)
        self.number = number
    }

    /// The line's command, or nil for a blank or comment line.
    func command() throws(DemoScriptError) -> DemoScript.Command? {
        let end = contentEnd()
        var start = 0
        while start < end, characters[start].isWhitespace { start += 1 }
        guard start < end else { return nil }
        var wordEnd = start
        while wordEnd < end, !characters[wordEnd].isWhitespace { wordEnd += 1 }
        let word = String(characters[start..<wordEnd]).lowercased()
        var argumentStart = wordEnd
        while argumentStart < end, characters[argumentStart].isWhitespace { argumentStart += 1 }
        var argumentEnd = end
        while argumentEnd > argumentStart, characters[argumentEnd - 1].isWhitespace { argumentEnd -= 1 }
        let argument = String(characters[argumentStart..<argumentEnd])
        switch word {
        case "wait":
            return .wait(try seconds(argument, column: argumentStart + 1))
        case "caption":
            return .caption(try caption(argument, column: argumentStart + 1))
        default:
            let text = String(characters[start..<argumentEnd])
            do {
                return .keys(try KeyScript(parsing: text).keys)
            } catch {
                throw DemoScriptError(line: number, column: start + error.position, problem: .keys(error))
            }
        }
    }

    /// Where the line's content ends: at a `#` at its start or after white space, outside
    /// double quotes.
    private func contentEnd() -> Int {
        var inQuotes = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inQuotes {
                if character == "\\", index + 1 < characters.count { index += 1 }
                else if character == "\"" { inQuotes = false }
            } else if character == "\"", index + 1 < characters.count, !characters[index + 1].isWhitespace,
                      index == 0 || characters[index - 1].isWhitespace {
                inQuotes = true
            } else if character == "#", index == 0 || characters[index - 1].isWhitespace {
                return index
            }
            index += 1
        }
        return characters.count
    }

    private func seconds(_ text: String, column: Int) throws(DemoScriptError) -> Double {
        guard !text.isEmpty else { throw DemoScriptError(line: number, column: column, problem: .missingSeconds) }
        let decimal = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } && text.contains(where: \.isNumber)
        guard decimal, let value = Double(text) else {
            throw DemoScriptError(line: number, column: column, problem: .badSeconds(text))
        }
        guard value <= DemoScript.longestWait else {
            throw DemoScriptError(line: number, column: column, problem: .waitTooLong(text))
        }
        return value
    }

    private func caption(_ text: String, column: Int) throws(DemoScriptError) -> String? {
        if text.lowercased() == "off" { return nil }
        guard text.first == "\"" else {
            throw DemoScriptError(line: number, column: column, problem: text.isEmpty ? .missingCaption : .unquotedCaption(text))
        }
        var result = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex,
               ["\"", "\\"].contains(text[text.index(after: index)]) {
                index = text.index(after: index)
                result.append(text[index])
            } else if character == "\"" {
                let rest = text[text.index(after: index)...]
                if let extra = rest.firstIndex(where: { !$0.isWhitespace }) {
                    throw DemoScriptError(line: number, column: column + text.distance(from: text.startIndex, to: extra),
                                          problem: .textAfterCaption)
                }
                guard !result.isEmpty else { throw DemoScriptError(line: number, column: column, problem: .missingCaption) }
                guard result.allSatisfy({ !$0.isNewline && $0 != "\t" && !($0.asciiValue.map { $0 < 0x20 } ?? false) }) else {
                    throw DemoScriptError(line: number, column: column, problem: .controlCharacterInCaption)
                }
                return result
            } else {
                result.append(character)
            }
            index = text.index(after: index)
        }
        throw DemoScriptError(line: number, column: column, problem: .unterminatedCaption)
    }
}

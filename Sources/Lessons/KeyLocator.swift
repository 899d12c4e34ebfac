/// Finds the line on which a key path is written in a lesson's TOML source.
///
/// TOMLKit reports no positions for values, so the locator reads the text itself, just far
/// enough to follow its structure: `[table]` and `[[array]]` headers (counting repeated
/// array headers, so the second `[[network.layers]]` is `network.layers[2]`), dotted keys,
/// inline tables, arrays (one position per element, even across lines) and every string
/// form, so a `#` or `[` inside a string is not mistaken for structure.
///
/// A path the text does not show (a missing key) gets the line of its nearest enclosing
/// path that it does show, usually the table header; a path with no shown ancestor gets
/// no line. The locator only runs on text TOMLKit has parsed, so it need not diagnose
/// syntax, but it never loops or crashes on any input.
///
/// The same scan runs once before parsing, to find input that would abort toml++
/// (``parserTrap()``).
struct KeyLocator {
    /// The source as UTF-8 bytes; everything structural in TOML is ASCII.
    private let bytes: [UInt8]

    /// Creates a locator for a lesson's source text.
    init(text: String) { bytes = Array(text.utf8) }

    /// The 1-based line for each path (in the same order), falling back to enclosing paths; nil where none is shown.
    func lines(for paths: [TOMLPath]) -> [Int?] {
        // Every ancestor of a wanted path is wanted too, so the scanner can skip whole
        // subtrees nobody asks about.
        var wanted = Set<TOMLPath>()
        for path in paths {
            var ancestor = path
            while !ancestor.isRoot, wanted.insert(ancestor).inserted {
                ancestor = ancestor.parent
            }
        }
        var scanner = KeyScanner(bytes: bytes, wanted: wanted)
        scanner.scanDocument()
        return paths.map { path in
            var ancestor = path
            while !ancestor.isRoot {
                if let line = scanner.line(of: ancestor) { return line }
                ancestor = ancestor.parent
            }
            return nil
        }
    }

    /// The 1-based line for one path, falling back to enclosing paths, or nil.
    func line(for path: TOMLPath) -> Int? { lines(for: [path])[0] }

    /// The first place where toml++ would abort instead of reporting a syntax error, if any.
    ///
    /// toml++ 3.4 (inside TOMLKit) checks some of its expectations with `assert`, which
    /// ends the whole process on input such as `[.network]`, `[[[data]]]`, a lone `[` at
    /// the end of a line, or `x = [1, }]`. ``LessonLoader`` looks for these first and reports
    /// them as syntax errors itself. On valid TOML this finds nothing.
    func parserTrap() -> ParserTrap? {
        var scanner = KeyScanner(bytes: bytes, wanted: [])
        scanner.scanDocument()
        return scanner.trap
    }
}

extension KeyLocator {
    /// How deep tables, arrays and keys may nest: toml++'s own limit for arrays and inline
    /// tables (`TOML_MAX_NESTED_VALUES`).
    ///
    /// The scanner refuses anything deeper before descending, so its recursion is bounded
    /// by this constant and never by the input; toml++ itself recurses once per dotted key
    /// part, which it does not limit, so counting those too keeps it from overflowing.
    static let maxNesting = 256
}

/// A place in TOML source that would trip toml++'s internal assertions (see ``KeyLocator/parserTrap()``).
struct ParserTrap: Hashable, Sendable {
    /// The byte offset of the offending character, or the end of the text.
    var offset: Int
    /// What the parser expected there, for the message: `a key after '[' in a table header`.
    var expected: String
}

/// The single pass over the source that ``KeyLocator`` runs, recording the first line of each wanted path.
private struct KeyScanner {
    /// The source as UTF-8 bytes.
    let bytes: [UInt8]
    /// The paths to record, closed under taking ancestors.
    let wanted: Set<TOMLPath>
    /// The first line each wanted key, table or container element appears on.
    private var lines: [TOMLPath: Int] = [:]
    /// For each wanted array, the line each element starts on (kept apart so that long
    /// arrays of numbers need no path per element).
    private var elementLines: [TOMLPath: [Int]] = [:]

    /// The offset of the next byte to read.
    private var position = 0
    /// The 1-based line of the next byte.
    private var line = 1
    /// The first place that would trip toml++ (see ``KeyLocator/parserTrap()``).
    private(set) var trap: ParserTrap?
    /// How many `[[...]]` headers each array-of-tables path has had so far.
    private var arrayTableCounts: [TOMLPath: Int] = [:]
    /// How deep the next byte lies: the keys of its table header and dotted key, and the
    /// arrays and inline tables around it.
    private var depth = 0

    /// Creates a scanner at the start of the text, past a byte order mark if there is one.
    init(bytes: [UInt8], wanted: Set<TOMLPath>) {
        self.bytes = bytes
        self.wanted = wanted
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The line the scan found for `path`, if it is shown in the text.
    func line(of path: TOMLPath) -> Int? {
        if let line = lines[path] { return line }
        if case .index(let index)? = path.components.last, let starts = elementLines[path.parent],
           index < starts.count {
            return starts[index]
        }
        return nil
    }

    // MARK: - Document level

    /// Reads the whole text: headers and key/value lines, in order.
    mutating func scanDocument() {
        var table = TOMLPath.root
        while true {
            skipTrivia(newlines: true)
            guard let byte = peek() else { return }
            let before = position
            if byte == UInt8(ascii: "[") {
                depth = 0
                table = scanHeader()
            } else {
                scanKeyValue(in: table)
            }
            if position == before { advance() }
        }
    }

    /// Reads `[a.b]` or `[[a.b]]` and returns the path of the table it opens.
    private mutating func scanHeader() -> TOMLPath {
        let headerLine = line
        advance()
        let isArray = peek() == UInt8(ascii: "[")
        if isArray { advance() }
        skipWhitespace()
        if peek().map(Self.canStartHeaderKey) != true {
            noteTrap(expected: "a key after '[' in a table header")
        }
        let keys = scanKey()
        guard descend(by: keys.count) else { return .root }
        skipWhitespace()
        while peek() == UInt8(ascii: "]") { advance() }
        var path = TOMLPath.root
        for (k, key) in keys.enumerated() {
            path = path.appending(key)
            if isArray && k == keys.count - 1 {
                let count = arrayTableCounts[path, default: 0]
                arrayTableCounts[path] = count + 1
                record(path, headerLine)
                path = path.appending(index: count)
            } else if let count = arrayTableCounts[path] {
                path = path.appending(index: count - 1)
            }
            record(path, headerLine)
        }
        return path
    }

    /// Reads `key = value` (the key may be dotted) in the table at `table` (nil: a table nobody asks about).
    private mutating func scanKeyValue(in table: TOMLPath?) {
        let keyLine = line
        let keys = scanKey()
        guard !keys.isEmpty else { return }
        var path = table
        for key in keys {
            guard let parent = path else { break }
            let child = parent.appending(key)
            path = wanted.contains(child) ? child : nil
            if let path { record(path, keyLine) }
        }
        skipWhitespace()
        if peek() == UInt8(ascii: "=") { advance() }
        skipWhitespace()
        guard descend(by: keys.count) else { return }
        scanValue(at: path)
        depth -= keys.count
    }

    /// Reads a key, bare or quoted, possibly dotted, and returns its parts.
    private mutating func scanKey() -> [String] {
        var keys: [String] = []
        while true {
            skipWhitespace()
            guard let byte = peek() else { break }
            if byte == UInt8(ascii: "\"") {
                keys.append(scanBasicString())
            } else if byte == UInt8(ascii: "'") {
                keys.append(scanLiteralString())
            } else {
                let start = position
                while let next = peek(), Self.isBareKeyByte(next) { advance() }
                if position == start { break }
                keys.append(text(start..<position))
            }
            skipWhitespace()
            guard peek() == UInt8(ascii: ".") else { break }
            advance()
        }
        return keys
    }

    // MARK: - Values

    /// Reads any value, recording `path` at the line where it starts.
    ///
    /// `path` is nil when no wanted path lies inside the value, which is then only skipped.
    private mutating func scanValue(at path: TOMLPath?) {
        if let path { record(path, line) }
        guard let byte = peek() else { return }
        switch byte {
        case UInt8(ascii: "\""):
            if startsTripleQuote(byte) { scanMultilineString(quote: byte) } else { _ = scanBasicString() }
        case UInt8(ascii: "'"):
            if startsTripleQuote(byte) { scanMultilineString(quote: byte) } else { _ = scanLiteralString() }
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard descend(by: 1) else { return }
            if byte == UInt8(ascii: "[") { scanArray(at: path) } else { scanInlineTable(at: path) }
            depth -= 1
        default:
            // Numbers, booleans and dates: up to the next separator (a date-time may hold a space).
            let start = position
            while let next = peek(), !Self.endsScalar(next) { advance() }
            checkScalar(from: start)
        }
    }

    /// Reads `[ ... ]`, recording where each element starts.
    private mutating func scanArray(at path: TOMLPath?) {
        advance()
        var starts: [Int] = []
        var index = 0
        while true {
            skipTrivia(newlines: true)
            guard let byte = peek() else { break }
            if byte == UInt8(ascii: "]") {
                advance()
                break
            }
            if byte == UInt8(ascii: ",") {
                advance()
                continue
            }
            if byte == UInt8(ascii: "}") || startsNonASCIILineBreak() {
                noteTrap(expected: "a value or ']' in the array")
            }
            let before = position
            if path != nil { starts.append(line) }
            var elementPath: TOMLPath?
            if let path, byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                let candidate = path.appending(index: index)
                if wanted.contains(candidate) { elementPath = candidate }
            }
            scanValue(at: elementPath)
            index += 1
            if position == before { advance() }
        }
        if let path, elementLines[path] == nil { elementLines[path] = starts }
    }

    /// Reads `{ key = value, ... }`.
    private mutating func scanInlineTable(at path: TOMLPath?) {
        advance()
        while true {
            skipTrivia(newlines: true)
            guard let byte = peek() else { return }
            if byte == UInt8(ascii: "}") {
                advance()
                return
            }
            if byte == UInt8(ascii: ",") {
                advance()
                continue
            }
            let before = position
            scanKeyValue(in: path)
            if position == before { advance() }
        }
    }

    /// Reads `"..."` and returns its text with escapes decoded.
    private mutating func scanBasicString() -> String {
        advance()
        var scalars = String.UnicodeScalarView()
        var start = position
        while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\\") {
                scalars.append(contentsOf: text(start..<position).unicodeScalars)
                advance()
                if let scalar = scanEscape() { scalars.append(scalar) }
                start = position
            } else {
                advance()
            }
        }
        scalars.append(contentsOf: text(start..<position).unicodeScalars)
        if peek() == UInt8(ascii: "\"") { advance() }
        return String(scalars)
    }

    /// Reads the character after a backslash and returns the character it stands for.
    private mutating func scanEscape() -> Unicode.Scalar? {
        guard let byte = peek() else { return nil }
        advance()
        switch byte {
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "e"): return "\u{1B}"
        case UInt8(ascii: "x"): return scanHexScalar(digits: 2)
        case UInt8(ascii: "u"): return scanHexScalar(digits: 4)
        case UInt8(ascii: "U"): return scanHexScalar(digits: 8)
        default: return Unicode.Scalar(byte)
        }
    }

    /// Reads `digits` hex digits and returns the character they number.
    private mutating func scanHexScalar(digits: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = peek(), let digit = Self.hexValue(byte) else { return nil }
            value = value &* 16 &+ digit
            advance()
        }
        return Unicode.Scalar(value)
    }

    /// Reads `'...'` and returns its text.
    private mutating func scanLiteralString() -> String {
        advance()
        let start = position
        while let byte = peek(), byte != UInt8(ascii: "'"), byte != UInt8(ascii: "\n") { advance() }
        let key = text(start..<position)
        if peek() == UInt8(ascii: "'") { advance() }
        return key
    }

    /// Skips a `"""` or `'''` string, which may span lines and end with up to two extra quotes.
    private mutating func scanMultilineString(quote: UInt8) {
        advance(3)
        while let byte = peek() {
            if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") {
                advance(2)
            } else if startsTripleQuote(quote) {
                advance(3)
                var extra = 0
                while extra < 2 && peek() == quote {
                    advance()
                    extra += 1
                }
                return
            } else {
                advance()
            }
        }
    }

    // MARK: - Characters

    /// The source bytes in `range`, decoded.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The byte `offset` bytes ahead, or nil past the end.
    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    /// Moves past `count` bytes, counting the newlines passed.
    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }
    }

    /// Goes `levels` deeper, or, past ``KeyLocator/maxNesting``, notes a trap and skips the
    /// rest of the text (returning false), so no input makes the scan recurse deeper.
    private mutating func descend(by levels: Int) -> Bool {
        depth += levels
        guard depth > KeyLocator.maxNesting else { return true }
        noteTrap(expected: "keys, arrays and inline tables nested at most \(KeyLocator.maxNesting) deep")
        position = bytes.count
        return false
    }

    /// Records a trap at `offset` (the current position by default), unless an earlier one is known.
    private mutating func noteTrap(expected: String, at offset: Int? = nil) {
        if trap == nil { trap = ParserTrap(offset: offset ?? position, expected: expected) }
    }

    /// Traps a bare value that is a date or time, or holds characters no number or boolean has.
    ///
    /// toml++ aborts on some malformed dates and times (`1979-05-27Tx:00`, `1979-05-27 1]`).
    /// No lesson key takes a date or a time, so a bare value with a `:`, or with a sign
    /// anywhere but at its start or after an exponent's `e`, is refused before toml++ sees
    /// it, as is any non-ASCII or control character in a bare value.
    private mutating func checkScalar(from start: Int) {
        for offset in start..<position {
            let byte = bytes[offset]
            let isSign = byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            let followsExponent = offset > start && (bytes[offset - 1] | 0x20) == UInt8(ascii: "e")
            if byte == UInt8(ascii: ":") || (isSign && offset > start && !followsExponent) {
                noteTrap(expected: "a number or a boolean (lessons use no times or dates)", at: offset)
                return
            }
            if byte >= 0x80 || (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F {
                noteTrap(expected: "a number or a boolean", at: offset)
                return
            }
        }
    }

    /// Whether the next character is U+0085, U+2028 or U+2029, which toml++ counts as
    /// whitespace but does not skip.
    private func startsNonASCIILineBreak() -> Bool {
        (peek() == 0xC2 && peek(1) == 0x85) || (peek() == 0xE2 && peek(1) == 0x80 && (peek(2) == 0xA8 || peek(2) == 0xA9))
    }

    /// Whether the next three bytes are `quote`.
    private func startsTripleQuote(_ quote: UInt8) -> Bool {
        peek() == quote && peek(1) == quote && peek(2) == quote
    }

    /// Skips spaces and tabs.
    private mutating func skipWhitespace() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { advance() }
    }

    /// Skips blanks and comments, and line breaks too when `newlines` is set.
    private mutating func skipTrivia(newlines: Bool) {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                advance()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                guard newlines else { return }
                advance()
            case UInt8(ascii: "#"):
                while let next = peek(), next != UInt8(ascii: "\n") { advance() }
            default:
                return
            }
        }
    }

    /// Notes `line` for `path` if it is wanted and has no line yet.
    private mutating func record(_ path: TOMLPath, _ line: Int) {
        if wanted.contains(path) && lines[path] == nil { lines[path] = line }
    }

    /// Whether a byte can be part of a bare key (anything that is not TOML punctuation or blank).
    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"),
             UInt8(ascii: "="), UInt8(ascii: "."), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "\""), UInt8(ascii: "'"):
            return false
        default:
            return true
        }
    }

    /// Whether a byte can follow `[` or `[[` (and blanks) in a header without tripping toml++:
    /// a bare key character, a quote, or the `]` of an empty header, which toml++ reports.
    private static func canStartHeaderKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
             UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    /// Whether a byte ends a number, boolean or date.
    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\n"),
             UInt8(ascii: "\r"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    /// The value of a hex digit.
    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}

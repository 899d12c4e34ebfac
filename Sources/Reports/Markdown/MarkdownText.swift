import Lessons

/// Writing text, math and tables in GitHub-flavoured Markdown so that they render as meant.
enum MarkdownText {
    /// The characters that start Markdown syntax anywhere in a line, and `$`, which starts math.
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "$", "&", "#", "~", "!"]

    /// Free text (a lesson's title, a name) as one line of literal Markdown text: newlines
    /// become spaces, syntax characters are escaped with a backslash, and a line start that
    /// would begin a list, quote or heading is escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline {
                out += " "
            } else if character.unicodeScalars.contains(where: PrintableText.isControl) {
                out += PrintableText.escaped(String(character))
            } else if special.contains(character) {
                out += "\\" + String(character)
            } else {
                out.append(character)
            }
        }
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { $0 == "." || $0 == ")" }),
           !out[..<dot].isEmpty, out[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }) {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// Inline math that GitHub renders without reading `_` or `*` as emphasis: $`...`$.
    static func inlineMath(_ latex: String) -> String { "$`" + latex + "`$" }

    /// A display formula: `$$` on its own line before and after, with blank lines around.
    static func displayMath(_ latex: String) -> String { "$$\n" + latex + "\n$$\n\n" }

    /// A table cell: text whose `|` cannot end the cell (even inside math or code, where
    /// GitHub still splits on it) and whose newlines cannot end the row. A `|` already
    /// escaped by ``escaped(_:)`` is left as it is.
    static func cell(_ text: String) -> String {
        var out = ""
        var previous: Character?
        for character in text {
            switch character {
            case "|" where previous != "\\": out += "\\|"
            case _ where character.isNewline: out += " "
            case _ where character.unicodeScalars.contains(where: PrintableText.isControl):
                out += PrintableText.escaped(String(character))
            default: out.append(character)
            }
            previous = character
        }
        return out
    }

    /// A table with a header row, text columns left-aligned and the rest (numbers) right-aligned.
    static func table(headers: [String], rows: [[String]], textColumns: Int = 1) -> String {
        func line(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |\n" }
        let rule = "|" + headers.indices.map { $0 < textColumns ? " --- |" : " ---: |" }.joined() + "\n"
        return line(headers) + rule + rows.map(line).joined() + "\n"
    }
}

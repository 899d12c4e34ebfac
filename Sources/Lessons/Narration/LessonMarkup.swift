/// A run of note text in one style.
public struct TextSpan: Sendable, Hashable {
    /// How a span is shown.
    public enum Style: Sendable, Hashable {
        /// Ordinary text.
        case plain
        /// `code`: names and formulas, shown as typed.
        case code
        /// *emphasis*.
        case emphasis
    }

    /// The text, without the marks.
    public var text: String
    /// How it is shown.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, _ style: Style) {
        self.text = text
        self.style = style
    }
}

/// The little markup notes, questions and hints may use: `` `code` `` and `*emphasis*`.
///
/// Text between backquotes is code, shown as typed (no emphasis inside). Text between
/// single asterisks is emphasis. A backslash makes the next `` ` ``, `*` or `\` an ordinary
/// character. Line breaks are kept; a blank line separates paragraphs. Nothing else is
/// markup: `#`, `_`, `[` and the rest are shown as typed.
public enum LessonMarkup {
    /// The text as spans; an unclosed mark is shown as an ordinary character.
    public static func spans(_ text: String) -> [TextSpan] {
        scan(text).spans
    }

    /// What is wrong with the markup, if anything: an unclosed `` ` `` or `*`.
    public static func problem(in text: String) -> String? {
        switch scan(text).unclosed {
        case "`"?: return "has an unclosed ` (code is written between two backquotes; write \\` for a backquote)"
        case "*"?: return "has an unclosed * (emphasis is written between two asterisks; write \\* for an asterisk)"
        default: return nil
        }
    }

    /// One pass over the text: the spans, and the first mark left open at the end, if any.
    static func scan(_ text: String) -> (spans: [TextSpan], unclosed: Character?) {
        var spans: [TextSpan] = []
        var current = ""
        var style = TextSpan.Style.plain
        var openedAt: (spans: Int, text: String)?
        func flush() {
            if !current.isEmpty { spans.append(TextSpan(current, style)) }
            current = ""
        }
        var characters = text.makeIterator()
        while let c = characters.next() {
            if c == "\\" && style != .code {
                if let next = characters.next() {
                    if next == "`" || next == "*" || next == "\\" { current.append(next) } else { current += "\\" + String(next) }
                } else {
                    current.append(c)
                }
                continue
            }
            let mark: TextSpan.Style? = c == "`" ? .code : (c == "*" && style != .code ? .emphasis : nil)
            guard let mark else {
                current.append(c)
                continue
            }
            if style == mark {
                flush()
                style = .plain
                openedAt = nil
            } else if style == .plain {
                flush()
                openedAt = (spans.count, String(c))
                style = mark
            } else {
                current.append(c)
            }
        }
        guard style != .plain, let opened = openedAt else {
            flush()
            return (merged(spans), nil)
        }
        // Unclosed: the mark and what follows it are ordinary text.
        let unclosed = Character(opened.text)
        let rest = spans[opened.spans...].map(\.text).joined() + current
        spans.removeSubrange(opened.spans...)
        spans.append(TextSpan(opened.text + rest, .plain))
        return (merged(spans), unclosed)
    }

    /// Adjacent spans of the same style joined into one.
    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var result: [TextSpan] = []
        for span in spans {
            if let last = result.last, last.style == span.style {
                result[result.count - 1].text += span.text
            } else {
                result.append(span)
            }
        }
        return result
    }
}

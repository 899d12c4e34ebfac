/// Word wrapping for text in several styles (a note's plain, `code` and *emphasis* runs),
/// measured in screen columns, keeping each character's style.
enum StyledWrapping {
    /// A piece of text in one style (the panel's span).
    typealias Span = ExplanationPanelView.Span

    /// A word: its characters with their styles, and the spaces before it (kept between
    /// words on a line, dropped at a break).
    private struct Word {
        var characters: [(Character, Style)] = []
        var spaceStyle: Style = .normal
        var spaces = 0
        var width = 0
    }

    /// `spans` as lines at most `width` columns wide. Lines break at spaces (dropped at the
    /// break, kept as they are between words on a line and at the start of a paragraph), a
    /// newline starts a new line, and a word wider than a line is cut. Lines after the first
    /// start with `hangingIndent` spaces.
    static func lines(of spans: [Span], width: Int, hangingIndent: Int = 0) -> [[Span]] {
        guard width >= 1 else { return [] }
        let indent = min(max(0, hangingIndent), width - 1)
        var lines: [[Span]] = []
        for paragraph in paragraphs(of: spans) {
            var line: [(Character, Style)] = []
            var used = 0
            var hasContent = false
            var isFirstLine = true
            func finish() {
                isFirstLine = false
                lines.append(merged(line))
                line = Array(repeating: (" ", Style.normal), count: indent)
                used = indent
                hasContent = false
            }
            for var word in paragraph {
                // Spaces before the first word of a paragraph indent it; between words they stay.
                let space = hasContent ? max(1, word.spaces) : isFirstLine ? min(word.spaces, width - 1) : 0
                if used + space + word.width <= width {
                    line += Array(repeating: (" ", word.spaceStyle), count: space)
                    line += word.characters
                    used += space + word.width
                    hasContent = true
                    continue
                }
                if hasContent { finish() }
                // A word wider than a whole line is cut into pieces.
                while used + word.width > width {
                    var pieceWidth = 0
                    while let first = word.characters.first {
                        let characterWidth = Screen.width(of: String(first.0))
                        if used + pieceWidth + characterWidth > width { break }
                        line.append(first)
                        pieceWidth += characterWidth
                        word.characters.removeFirst()
                    }
                    if pieceWidth == 0 { break }
                    word.width -= pieceWidth
                    finish()
                }
                line += word.characters
                used += word.width
                hasContent = !word.characters.isEmpty
            }
            lines.append(merged(line))
        }
        return lines
    }

    /// The spans' text split into paragraphs at newlines, each a list of words.
    private static func paragraphs(of spans: [Span]) -> [[Word]] {
        var paragraphs: [[Word]] = [[]]
        var word = Word()
        func endWord() {
            if !word.characters.isEmpty {
                paragraphs[paragraphs.count - 1].append(word)
                word = Word()
            }
        }
        for span in spans {
            for character in span.text {
                if character == "\n" {
                    endWord()
                    word = Word()
                    paragraphs.append([])
                } else if character == " " {
                    endWord()
                    word.spaces += 1
                    word.spaceStyle = span.style
                } else {
                    word.characters.append((character, span.style))
                    word.width += Screen.width(of: String(character))
                }
            }
        }
        endWord()
        return paragraphs
    }

    /// Characters with styles as spans, adjacent ones of one style joined.
    private static func merged(_ characters: [(Character, Style)]) -> [Span] {
        var spans: [Span] = []
        var text = ""
        var style: Style?
        for (character, characterStyle) in characters {
            if characterStyle != style, let current = style {
                spans.append(Span(text: text, style: current))
                text = ""
            }
            style = characterStyle
            text.append(character)
        }
        if let style, !text.isEmpty { spans.append(Span(text: text, style: style)) }
        return spans
    }
}

/// Draws a bottom line of key hints, (keys, what they do), as many as fit the width: the
/// last `keptCount` always, the others in order while they fit; or a message in their place.
struct KeyHintsLine {
    /// The hints in the order they are shown.
    let hints: [(keys: String, action: String)]
    /// How many hints at the end (such as help and quit) are kept whatever the width.
    var keptCount = 2

    /// Draws the hints that fit into `row` of `screen`, from column 1.
    func draw(row: Int, into screen: inout Screen) {
        let kept = hints.suffix(keptCount)
        var used = 1 + kept.reduce(0) { $0 + Self.width(of: $1) }
        var chosen: [(keys: String, action: String)] = []
        for hint in hints.dropLast(keptCount) where used + Self.width(of: hint) <= screen.columns {
            chosen.append(hint)
            used += Self.width(of: hint)
        }
        var column = 1
        for hint in chosen + kept {
            column += screen.put(hint.keys, row: row, column: column, style: Style(.hint, .bold)) + 1
            column += screen.put(hint.action, row: row, column: column, style: .hint) + 2
        }
    }

    /// Draws `text` (spelled for `context`: ASCII on an ASCII screen) into `row` in the hints'
    /// place, in the error style when `isError`. A message too long for the row wraps onto
    /// the row above it as well (the status line, for that one frame), and one too long for
    /// two rows ends in an ellipsis, so the part that matters is never silently cut.
    static func drawMessage(_ text: String, isError: Bool, row: Int, into screen: inout Screen, context: RenderContext) {
        let style: Style = isError ? .error : .accent
        let width = screen.columns - 2
        var lines = TextWrapping.lines(of: context.lessonText(text), width: max(1, width))
        if lines.count > 1 && row == 0 { lines = [lines.joined(separator: " ")] }
        if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
        if let last = lines.last {
            lines[lines.count - 1] = TextShortening.shortened(last, to: width, ellipsis: context.glyphs.ellipsis)
        }
        for (index, line) in lines.enumerated() {
            let lineRow = row - (lines.count - 1) + index
            screen.fill(Rect(row: lineRow, column: 0, rows: 1, columns: screen.columns), style: .normal)
            screen.put(" " + line, row: lineRow, column: 0, style: style)
        }
    }

    /// The columns a hint takes: its keys, a space, its action and two spaces.
    private static func width(of hint: (keys: String, action: String)) -> Int {
        Screen.width(of: hint.keys) + 1 + Screen.width(of: hint.action) + 2
    }
}

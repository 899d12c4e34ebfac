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

    /// Draws `text` into `row` in the hints' place, in the error style when `isError`.
    static func drawMessage(_ text: String, isError: Bool, row: Int, into screen: inout Screen) {
        screen.put(" " + text, row: row, column: 0, style: isError ? .error : .accent)
    }

    /// The columns a hint takes: its keys, a space, its action and two spaces.
    private static func width(of hint: (keys: String, action: String)) -> Int {
        Screen.width(of: hint.keys) + 1 + Screen.width(of: hint.action) + 2
    }
}

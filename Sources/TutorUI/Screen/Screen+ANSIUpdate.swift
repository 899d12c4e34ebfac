extension Screen {
    /// The escape sequences that turn a terminal showing `previous` into one showing this
    /// screen: only the cells that changed, each run placed by cursor address (`ESC[row;colH`)
    /// and styled from a reset, a row's blank end erased (`ESC[K`); the whole
    /// ``ansiRedraw(theme:)`` when there is no previous screen or its size differs. Empty when
    /// nothing changed.
    ///
    /// Both ends of an update leave the attributes reset, so updates apply one after another
    /// from the first redraw, whatever the terminal's own state between them.
    public func ansiUpdate(from previous: Screen?, theme: Theme) -> String {
        guard let previous, previous.size == size else { return ansiRedraw(theme: theme) }
        var text = "", current = ""
        for row in 0..<rows {
            let new = cells(inRow: row), old = previous.cells(inRow: row)
            guard new != old else { continue }
            let now = ANSICells(new, theme: theme), before = ANSICells(old, theme: theme)
            // From `blankFrom` on the row is unstyled spaces: erasing to its end draws them.
            var blankFrom = columns
            while blankFrom > 0, now.isBlank(at: blankFrom - 1) { blankFrom -= 1 }
            var column = 0
            while column < columns {
                guard now[column] != before[column] else { column += 1; continue }
                var end = column + 1, lastChanged = column
                while end < columns, end - lastChanged <= Self.gapWorthAJump {
                    if now[end] != before[end] { lastChanged = end }
                    end += 1
                }
                let erases = lastChanged >= blankFrom
                text += "\u{1B}[\(row + 1);\(column + 1)H"
                for index in column..<(erases ? max(column, blankFrom) : lastChanged + 1) {
                    let (character, parameters) = now[index]
                    if parameters != current {
                        text += parameters.isEmpty ? "\u{1B}[0m" : "\u{1B}[0;\(parameters)m"
                        current = parameters
                    }
                    text.append(character)
                }
                if erases {
                    if !current.isEmpty { text += "\u{1B}[0m" }
                    current = ""
                    text += "\u{1B}[K"
                    break
                }
                column = lastChanged + 1
            }
        }
        if !current.isEmpty { text += "\u{1B}[0m" }
        return text
    }

    /// The most unchanged cells an update rewrites rather than jumping over them with a cursor
    /// address (which costs about as many bytes).
    static let gapWorthAJump = 4
}

/// A row's cells as a terminal draws them: each character with its SGR parameters.
private struct ANSICells {
    private let cells: [(Character, String)]

    init(_ row: ArraySlice<Cell>, theme: Theme) {
        cells = row.map { ($0.character, SelectGraphicRendition.parameters(for: $0.style, theme: theme)) }
    }

    subscript(index: Int) -> (Character, String) { cells[index] }

    /// Whether the cell at `index` is a space in the terminal's default look.
    func isBlank(at index: Int) -> Bool { cells[index].0 == " " && cells[index].1.isEmpty }
}

private func != (lhs: (Character, String), rhs: (Character, String)) -> Bool { lhs.0 != rhs.0 || lhs.1 != rhs.1 }

/// Writes a recording's screens one after another as ANSI: the first in full (after hiding
/// the cursor), each later one as the difference from the one before
/// (``Screen/ansiUpdate(from:theme:)``). What `replay --format ansi` and asciicast
/// recordings share.
public struct ANSIScreenRecorder: Sendable {
    /// The theme the screens are drawn in.
    public let theme: Theme
    private var previous: Screen?

    /// A recorder that has written nothing yet.
    public init(theme: Theme) { self.theme = theme }

    /// Whether a screen has been written.
    public var hasWritten: Bool { previous != nil }

    /// The text that shows `screen` on a terminal that shows the last screen written (empty
    /// when nothing changed).
    public mutating func text(for screen: Screen) -> String {
        defer { previous = screen }
        return (previous == nil ? Screen.hideCursor : "") + screen.ansiUpdate(from: previous, theme: theme)
    }
}

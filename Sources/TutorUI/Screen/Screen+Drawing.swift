extension Screen {
    /// The number of columns `text` takes on a `Screen`.
    ///
    /// Combining marks and zero-width characters take none; every other grapheme takes one,
    /// wide ones included, because the screen draws those as `?`.
    public static func width(of text: String) -> Int {
        if let count = oneColumnScalarCount(text) { return count }
        return text.reduce(0) { $0 + (CharacterWidth(of: $1) == .zero ? 0 : 1) }
    }

    /// Writes `text` from (`row`, `column`) rightwards, clipping at the edges, and returns
    /// its width in columns (the same whether or not all of it was visible).
    ///
    /// Control characters (tab, newline) and wide characters are drawn as `?`; combining
    /// marks attach to the cell on their left.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal) -> Int {
        put(text, row: row, column: column, style: style, clippedTo: 0..<columns)
    }

    /// Fills the part of `rect` that is on the screen with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let visible = rect.intersection(bounds)
        guard !visible.isEmpty else { return }
        let cell = Cell(CharacterWidth(of: character) == .single ? character : "?", style: style)
        for row in visible.row..<visible.bottomRow {
            for column in visible.column..<visible.rightColumn {
                self[row, column] = cell
            }
        }
    }

    /// Draws a horizontal line of `length` cells from (`row`, `column`) rightwards.
    public mutating func horizontalLine(row: Int, column: Int, length: Int, weight: LineWeight = .light,
                                        glyphs: GlyphSet, style: Style = .normal) {
        fill(Rect(row: row, column: column, rows: 1, columns: length),
             with: glyphs.lines(weight).horizontal, style: style)
    }

    /// Draws a vertical line of `length` cells from (`row`, `column`) downwards.
    public mutating func verticalLine(row: Int, column: Int, length: Int, weight: LineWeight = .light,
                                      glyphs: GlyphSet, style: Style = .normal) {
        fill(Rect(row: row, column: column, rows: length, columns: 1),
             with: glyphs.lines(weight).vertical, style: style)
    }

    /// Draws the border of `rect` (its outermost cells) and leaves the inside alone.
    ///
    /// A rectangle less than 2 cells high or wide has no room for corners and draws nothing.
    public mutating func box(_ rect: Rect, weight: LineWeight = .light, glyphs: GlyphSet, style: Style = .normal) {
        guard rect.rows >= 2, rect.columns >= 2 else { return }
        let lines = glyphs.lines(weight)
        let top = rect.row, bottom = rect.bottomRow - 1
        let left = rect.column, right = rect.rightColumn - 1
        horizontalLine(row: top, column: left + 1, length: rect.columns - 2, weight: weight, glyphs: glyphs, style: style)
        horizontalLine(row: bottom, column: left + 1, length: rect.columns - 2, weight: weight, glyphs: glyphs, style: style)
        verticalLine(row: top + 1, column: left, length: rect.rows - 2, weight: weight, glyphs: glyphs, style: style)
        verticalLine(row: top + 1, column: right, length: rect.rows - 2, weight: weight, glyphs: glyphs, style: style)
        putCell(Cell(lines.topLeft, style: style), row: top, column: left)
        putCell(Cell(lines.topRight, style: style), row: top, column: right)
        putCell(Cell(lines.bottomLeft, style: style), row: bottom, column: left)
        putCell(Cell(lines.bottomRight, style: style), row: bottom, column: right)
    }

    /// Writes `text` centred on `row` within `span` (the whole width by default) and returns
    /// the column it starts at. Text wider than the span starts at the span's left and is cut.
    ///
    /// When the free space is odd, the extra column goes to the right.
    @discardableResult
    public mutating func putCentered(_ text: String, row: Int, within span: Range<Int>? = nil,
                                     style: Style = .normal) -> Int {
        let span = span ?? 0..<columns
        let start = span.lowerBound + max(0, (span.count - Self.width(of: text)) / 2)
        put(text, row: row, column: start, style: style, clippedTo: span.clamped(to: 0..<columns))
        return start
    }

    /// Word-wraps `text` to the width of `rect` and writes the lines centred in it, both
    /// across and down. Lines that do not fit in the height are left out.
    public mutating func putCenteredBlock(_ text: String, in rect: Rect, style: Style = .normal) {
        guard !rect.isEmpty else { return }
        let lines = TextWrapping.lines(of: text, width: rect.columns).prefix(rect.rows)
        let top = rect.row + (rect.rows - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            putCentered(line, row: top + offset, within: rect.column..<rect.rightColumn, style: style)
        }
    }

    /// Writes `text` like `put(_:row:column:style:)`, drawing only in the columns of `visible`.
    @discardableResult
    private mutating func put(_ text: String, row: Int, column: Int, style: Style,
                              clippedTo visible: Range<Int>) -> Int {
        if let width = putOneColumnScalars(text, row: row, column: column, style: style, clippedTo: visible) {
            return width
        }
        return putGraphemes(text, row: row, column: column, style: style, clippedTo: visible)
    }

    /// Writes `text` like `put(_:row:column:style:clippedTo:)` grapheme by grapheme: for text
    /// with marks, controls or wide characters. Kept out of line so the usual path does not
    /// pay for its set-up.
    @inline(never)
    private mutating func putGraphemes(_ text: String, row: Int, column: Int, style: Style,
                                       clippedTo visible: Range<Int>) -> Int {
        var current = column
        func draw(_ character: Character) {
            if visible.contains(current) {
                putCell(Cell(character, style: style), row: row, column: current)
            }
            current += 1
        }
        for character in text {
            if character.unicodeScalars.first?.properties.generalCategory == .control {
                draw("?")
                continue
            }
            switch CharacterWidth(of: character) {
            case .zero where visible.contains(current - 1):
                attach(character, row: row, column: current - 1)
            case .zero:
                break
            case .single:
                draw(character)
            case .wide:
                draw("?")
            }
        }
        return current - column
    }

    private mutating func putCell(_ cell: Cell, row: Int, column: Int) {
        if contains(row: row, column: column) {
            self[row, column] = cell
        }
    }

    private mutating func attach(_ mark: Character, row: Int, column: Int) {
        guard contains(row: row, column: column) else { return }
        let combined = String(self[row, column].character) + String(mark)
        if combined.count == 1, let character = combined.first {
            self[row, column].character = character
        }
    }
}

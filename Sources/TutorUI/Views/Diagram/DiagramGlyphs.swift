/// The pieces edges and boxes of the network diagram are drawn with, in Unicode or ASCII.
///
/// Edges run straight, slant with diagonals (╲ ╱) when they fall or rise gently, and step
/// down or up with rounded corners (╮ │ ╰) when steeply. Crossing edges meet in ╳ or ┼.
/// Highlighted edges use the heavy lines where Unicode has them.
struct DiagramGlyphs: Sendable, Hashable {
    /// The general glyph set (box lines, arrows).
    let base: GlyphSet
    /// ╲ or \.
    let diagonalDown: Character
    /// ╱ or /.
    let diagonalUp: Character
    /// ╳ or X: two diagonals crossing.
    let diagonalCross: Character
    /// ╮ or +: from the left, turning down.
    let cornerLeftDown: Character
    /// ╯ or +: from the left, turning up.
    let cornerLeftUp: Character
    /// ╰ or +: from above, turning right.
    let cornerUpRight: Character
    /// ╭ or +: from below, turning right.
    let cornerDownRight: Character
    /// ► or >: a highlighted edge's head where the value flows forward into a neuron.
    let headForward: Character
    /// ◄ or <: a highlighted edge's head where a derivative flows backward.
    let headBackward: Character
    /// ⋮ or :, for neurons left out of a column.
    let verticalEllipsis: Character

    /// The diagram pieces that go with `glyphs`.
    init(_ glyphs: GlyphSet) {
        base = glyphs
        if glyphs.isUnicode {
            (diagonalDown, diagonalUp, diagonalCross) = ("╲", "╱", "╳")
            (cornerLeftDown, cornerLeftUp, cornerUpRight, cornerDownRight) = ("╮", "╯", "╰", "╭")
            (headForward, headBackward, verticalEllipsis) = ("►", "◄", "⋮")
        } else {
            (diagonalDown, diagonalUp, diagonalCross) = ("\\", "/", "X")
            (cornerLeftDown, cornerLeftUp, cornerUpRight, cornerDownRight) = ("+", "+", "+", "+")
            (headForward, headBackward, verticalEllipsis) = (">", "<", ":")
        }
    }

    /// The character for `piece`, light or heavy.
    func character(_ piece: EdgePiece, heavy: Bool) -> Character {
        let lines = base.lines(heavy ? .heavy : .light)
        switch piece {
        case .horizontal: return lines.horizontal
        case .vertical: return lines.vertical
        case .diagonalDown: return diagonalDown
        case .diagonalUp: return diagonalUp
        case .cornerLeftDown: return heavy ? lines.topRight : cornerLeftDown
        case .cornerLeftUp: return heavy ? lines.bottomRight : cornerLeftUp
        case .cornerUpRight: return heavy ? lines.bottomLeft : cornerUpRight
        case .cornerDownRight: return heavy ? lines.topLeft : cornerDownRight
        }
    }

    /// What two edges drawn through the same cell show: the piece itself when they agree,
    /// ╳ when a diagonal is involved, ┼ otherwise.
    func crossing(_ existing: EdgePiece, _ new: EdgePiece) -> Character {
        if existing == new { return character(new, heavy: false) }
        return existing.isDiagonal || new.isDiagonal ? diagonalCross : base.light.cross
    }
}

/// One cell's piece of an edge's line.
enum EdgePiece: Sendable, Hashable {
    /// ─
    case horizontal
    /// │
    case vertical
    /// ╲ (falling to the right)
    case diagonalDown
    /// ╱ (rising to the right)
    case diagonalUp
    /// ╮
    case cornerLeftDown
    /// ╯
    case cornerLeftUp
    /// ╰
    case cornerUpRight
    /// ╭
    case cornerDownRight

    /// Whether the piece is a diagonal.
    var isDiagonal: Bool { self == .diagonalDown || self == .diagonalUp }
}

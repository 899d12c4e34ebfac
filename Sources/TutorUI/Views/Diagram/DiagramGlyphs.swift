/// The pieces edges and boxes of the network diagram are drawn with, in Unicode or ASCII.
///
/// Edges run straight, slant with diagonals (╲ ╱) when they fall or rise gently, and step
/// down or up with rounded corners (╮ │ ╰) when steeply. Edges that branch meet in a tee
/// (├ ┬), edges that cross in ┼, or ╳ where a diagonal is involved.
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

    /// What edges drawn through the same cell show: the piece itself when they agree, ╳
    /// when a diagonal is involved, else the line that joins every side the edges leave
    /// the cell by: a tee (├ ┤ ┬ ┴) where edges branch, ┼ where lines cross (| in ASCII).
    func merged(_ sides: EdgePiece.Sides, diagonal: Bool) -> Character {
        if diagonal { return diagonalCross }
        let lines = base.light
        switch sides {
        case .horizontal: return lines.horizontal
        case .vertical: return lines.vertical
        case [.left, .down]: return cornerLeftDown
        case [.left, .up]: return cornerLeftUp
        case [.up, .right]: return cornerUpRight
        case [.down, .right]: return cornerDownRight
        case [.up, .down, .right]: return lines.teeRight
        case [.up, .down, .left]: return lines.teeLeft
        case [.left, .right, .down]: return lines.teeDown
        case [.left, .right, .up]: return lines.teeUp
        // ASCII draws tees and crossings alike (+): a crossing keeps the vertical line, so
        // the horizontal one reads as passing under it rather than joining it.
        default: return base.isUnicode ? lines.cross : lines.vertical
        }
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

    /// The sides of its cell a piece of line leaves by.
    struct Sides: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let up = Sides(rawValue: 1)
        static let down = Sides(rawValue: 2)
        static let left = Sides(rawValue: 4)
        static let right = Sides(rawValue: 8)
        static let horizontal: Sides = [.left, .right]
        static let vertical: Sides = [.up, .down]
    }

    /// The sides this piece leaves its cell by (a diagonal counts as none: it meets others in ╳).
    var sides: Sides {
        switch self {
        case .horizontal: .horizontal
        case .vertical: .vertical
        case .diagonalDown, .diagonalUp: []
        case .cornerLeftDown: [.left, .down]
        case .cornerLeftUp: [.left, .up]
        case .cornerUpRight: [.up, .right]
        case .cornerDownRight: [.down, .right]
        }
    }
}

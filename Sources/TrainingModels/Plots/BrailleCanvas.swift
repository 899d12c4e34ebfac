/// A grid of braille characters used as a bitmap of dots, 2 across and 4 down per character.
///
/// Dot (x, y) counts from the top left. Each character is U+2800 plus a bit per raised dot:
/// in its left column the dots from the top are bits 0, 1, 2 and 6, in its right column
/// bits 3, 4, 5 and 7 (the Unicode braille patterns' dot numbering 1–8).
public struct BrailleCanvas: Sendable, Hashable {
    /// Characters across.
    public let width: Int
    /// Characters down.
    public let height: Int
    /// The raised dots of each character, row by row.
    private var cells: [UInt8]

    /// A canvas of `width` × `height` characters with no dot raised.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: 0, count: self.width * self.height)
    }

    /// Dots across: 2 per character.
    public var dotWidth: Int { 2 * width }
    /// Dots down: 4 per character.
    public var dotHeight: Int { 4 * height }

    /// The bit of dot (column, row) within its character.
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Raises dot (x, y); dots outside the canvas are ignored.
    public mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        cells[(y / 4) * width + x / 2] |= Self.bits[x % 2][y % 4]
    }

    /// Raises dots (x, y) for every y from `top` to `bottom` (inclusive, in either order).
    public mutating func setColumn(x: Int, from top: Int, to bottom: Int) {
        for y in min(top, bottom)...max(top, bottom) { set(x: x, y: y) }
    }

    /// Whether any dot of character (column, row) is raised.
    public func isBlank(column: Int, row: Int) -> Bool { cells[row * width + column] == 0 }

    /// The canvas as text, one string per character row; a character with no dot is U+2800,
    /// or a space when `blankAsSpace`.
    public func rows(blankAsSpace: Bool = false) -> [String] {
        (0..<height).map { row in
            var line = String.UnicodeScalarView()
            for column in 0..<width {
                let dots = cells[row * width + column]
                line.append(dots == 0 && blankAsSpace ? " " : Unicode.Scalar(0x2800 + UInt32(dots))!)
            }
            return String(line)
        }
    }
}

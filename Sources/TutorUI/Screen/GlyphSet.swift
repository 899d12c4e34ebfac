/// The characters that draw one weight of line: straight pieces, corners, tees and a cross.
public struct BoxGlyphs: Hashable, Sendable {
    /// A horizontal line piece.
    public var horizontal: Character
    /// A vertical line piece.
    public var vertical: Character
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character
    /// A vertical line with a branch to the right (├).
    public var teeRight: Character
    /// A vertical line with a branch to the left (┤).
    public var teeLeft: Character
    /// A horizontal line with a branch downwards (┬).
    public var teeDown: Character
    /// A horizontal line with a branch upwards (┴).
    public var teeUp: Character
    /// Two lines crossing (┼).
    public var cross: Character

    /// Creates a set of line glyphs.
    public init(horizontal: Character, vertical: Character,
                topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                teeRight: Character, teeLeft: Character, teeDown: Character, teeUp: Character,
                cross: Character) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeRight = teeRight
        self.teeLeft = teeLeft
        self.teeDown = teeDown
        self.teeUp = teeUp
        self.cross = cross
    }
}

/// How heavy a line or box is drawn: light for structure, heavy for emphasis.
public enum LineWeight: Hashable, Sendable {
    /// Thin lines (─ │ ┌, or - | + in ASCII).
    case light
    /// Thick lines (━ ┃ ┏, or = # # in ASCII).
    case heavy
}

/// The drawing characters of a screen: box lines, arrows and a few marks, in Unicode or ASCII.
///
/// Every glyph in `.unicode` is one column wide. Arrows and the ellipsis are strings
/// because their ASCII forms (`->`, `...`) take more than one column.
public struct GlyphSet: Hashable, Sendable {
    /// Whether these glyphs need a UTF-8 terminal.
    public var isUnicode: Bool
    /// Thin lines.
    public var light: BoxGlyphs
    /// Thick lines.
    public var heavy: BoxGlyphs
    /// An arrow pointing right (→ or ->), e.g. the forward direction.
    public var arrowRight: String
    /// An arrow pointing left (← or <-), e.g. the backward direction or an assignment.
    public var arrowLeft: String
    /// An arrow pointing up (↑ or ^).
    public var arrowUp: String
    /// An arrow pointing down (↓ or v).
    public var arrowDown: String
    /// A mark for text cut short (… or ...).
    public var ellipsis: String
    /// A list bullet (• or *).
    public var bullet: String

    /// Creates a glyph set.
    public init(isUnicode: Bool, light: BoxGlyphs, heavy: BoxGlyphs,
                arrowRight: String, arrowLeft: String, arrowUp: String, arrowDown: String,
                ellipsis: String, bullet: String) {
        self.isUnicode = isUnicode
        self.light = light
        self.heavy = heavy
        self.arrowRight = arrowRight
        self.arrowLeft = arrowLeft
        self.arrowUp = arrowUp
        self.arrowDown = arrowDown
        self.ellipsis = ellipsis
        self.bullet = bullet
    }

    /// The line glyphs of `weight`.
    public func lines(_ weight: LineWeight) -> BoxGlyphs {
        switch weight {
        case .light: light
        case .heavy: heavy
        }
    }

    /// Box-drawing characters and arrows, for UTF-8 terminals.
    public static let unicode = GlyphSet(
        isUnicode: true,
        light: BoxGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                         bottomLeft: "└", bottomRight: "┘",
                         teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼"),
        heavy: BoxGlyphs(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓",
                         bottomLeft: "┗", bottomRight: "┛",
                         teeRight: "┣", teeLeft: "┫", teeDown: "┳", teeUp: "┻", cross: "╋"),
        arrowRight: "→", arrowLeft: "←", arrowUp: "↑", arrowDown: "↓",
        ellipsis: "…", bullet: "•")

    /// Plain ASCII, for terminals and locales without UTF-8.
    public static let ascii = GlyphSet(
        isUnicode: false,
        light: BoxGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                         bottomLeft: "+", bottomRight: "+",
                         teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"),
        heavy: BoxGlyphs(horizontal: "=", vertical: "#", topLeft: "#", topRight: "#",
                         bottomLeft: "#", bottomRight: "#",
                         teeRight: "#", teeLeft: "#", teeDown: "#", teeUp: "#", cross: "#"),
        arrowRight: "->", arrowLeft: "<-", arrowUp: "^", arrowDown: "v",
        ellipsis: "...", bullet: "*")
}

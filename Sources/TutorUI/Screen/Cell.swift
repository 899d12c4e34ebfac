/// One position of a `Screen`: a single-column grapheme and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, always one column wide (combining marks included).
    public var character: Character
    /// How it is drawn.
    public var style: Style

    /// Creates a cell.
    public init(_ character: Character = " ", style: Style = .normal) {
        self.character = character
        self.style = style
    }

    /// A space in the normal style.
    public static let blank = Cell()
}

/// How many terminal columns a `Character` takes, as far as `Screen` is concerned.
///
/// `Screen` keeps one grapheme per cell, so only three answers matter:
/// - `.zero`: nothing but combining marks or zero-width format characters (a lone U+0301,
///   U+200B); drawn by attaching them to the cell on the left.
/// - `.wide`: East Asian wide or fullwidth characters and emoji shown as pictures; these
///   take two columns in a terminal, which `Screen` does not model, so they are drawn as `?`.
/// - `.single`: everything else (Latin, Greek, maths symbols, box drawing, arrows).
///
/// The wide ranges follow Unicode's East Asian Width property (W and F) for the CJK blocks,
/// plus every scalar with the Emoji_Presentation property (all of which are W) and any
/// emoji followed by the emoji variation selector U+FE0F.
public enum CharacterWidth: Hashable, Sendable {
    /// No column of its own.
    case zero
    /// One column.
    case single
    /// Two columns.
    case wide

    /// The width of `character`.
    public init(of character: Character) {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { self = .zero; return }
        if scalars.allSatisfy(Self.isZeroWidth) {
            self = .zero
        } else if Self.isWide(first) || (first.properties.isEmoji && scalars.contains("\u{FE0F}")) {
            self = .wide
        } else {
            self = .single
        }
    }

    /// The number of columns: 0, 1 or 2.
    public var columns: Int {
        switch self {
        case .zero: 0
        case .single: 1
        case .wide: 2
        }
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: false
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        let value = scalar.value
        return wideRanges.contains { $0.contains(value) }
    }

    /// East Asian Wide and Fullwidth blocks.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, compatibility Jamo, CJK compatibility
        0x3400...0x4DBF,   // CJK unified ideographs extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE30...0xFE4F,   // CJK compatibility forms
        0xFF00...0xFF60,   // Fullwidth forms
        0xFFE0...0xFFE6,   // Fullwidth signs
        0x20000...0x2FFFD, // CJK extension B and beyond
        0x30000...0x3FFFD, // CJK extension G and beyond
    ]
}

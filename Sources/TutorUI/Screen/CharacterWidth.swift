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
        self = Self.isPrintableSingleScalar(character) ? .single : Self.measured(character)
    }

    /// The width of `character` from its scalars' Unicode properties (no fast path).
    static func measured(_ character: Character) -> CharacterWidth {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return .zero }
        if scalars.allSatisfy(Self.isZeroWidth) { return .zero }
        if Self.isWide(first) || (first.properties.isEmoji && scalars.contains("\u{FE0F}")) { return .wide }
        return .single
    }

    /// The number of columns: 0, 1 or 2.
    public var columns: Int {
        switch self {
        case .zero: 0
        case .single: 1
        case .wide: 2
        }
    }

    /// Whether `character` is one scalar that ``isPrintableSingle(_:)`` accepts.
    static func isPrintableSingleScalar(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let scalar = iterator.next(), iterator.next() == nil else { return false }
        return isPrintableSingle(scalar)
    }

    /// Whether `scalar` is from a range known to hold only printable, one-column
    /// characters (no controls, marks, format characters or emoji): ASCII, Latin, Greek,
    /// punctuation, sub- and superscripts, letterlike symbols, arrows, mathematical
    /// operators, bracket pieces, box drawing, blocks and most geometric shapes. Such a
    /// scalar is always a grapheme of its own. A fast path that gives the same answer as the
    /// full check, without looking up Unicode properties.
    static func isPrintableSingle(_ scalar: Unicode.Scalar) -> Bool {
        isPrintableSingle(value: scalar.value)
    }

    /// ``isPrintableSingle(_:)`` of the scalar with the number `value`.
    static func isPrintableSingle(value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E,      // ASCII printable
             0xA0...0xAC,      // Latin-1 supplement (not the soft hyphen, a format character)
             0xAE...0x2FF,     // Latin-1, Latin extended, IPA, spacing modifiers (no marks)
             0x370...0x377, 0x37A...0x37F, 0x384...0x38A, 0x38C, 0x38E...0x3A1, 0x3A3...0x3FF, // Greek
             0x2010...0x2027,  // dashes, quotes, bullets, ellipsis
             0x2030...0x205E,  // per mille, primes, …
             0x2070...0x2071, 0x2074...0x208E, 0x2090...0x209C, // superscripts and subscripts
             0x2100...0x22FF,  // letterlike symbols, number forms, arrows, mathematical operators
             0x239B...0x23B3,  // bracket pieces (the layer view's matrices)
             0x2500...0x25FC:  // box drawing, block elements, geometric shapes (before ◽ ◾)
            true
        default:
            false
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

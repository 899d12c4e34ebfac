import BackpropCore
import BackpropNotation

/// The fixed choices every view draws with: the glyphs (Unicode or ASCII) and the notation
/// formulas and numbers are written in. They match: ASCII glyphs go with ASCII notation.
public struct RenderContext: Sendable, Hashable {
    /// Box lines, arrows and marks.
    public var glyphs: GlyphSet
    /// How formulas and numbers are written.
    public var notation: Notation
    /// Presenter mode: the formula large and centred, 4 significant digits (see ``presenter(glyphs:)``).
    public var isPresenter = false

    /// Creates a context from a glyph set, with the notation that fits it and `significantDigits`
    /// digits per number.
    public init(glyphs: GlyphSet, significantDigits: Int = 6) {
        self.glyphs = glyphs
        notation = Notation(style: glyphs.isUnicode ? .unicode : .ascii, significantDigits: significantDigits)
    }

    /// Unicode glyphs and notation.
    public static let unicode = RenderContext(glyphs: .unicode)
    /// ASCII glyphs and notation, for terminals and locales without UTF-8.
    public static let ascii = RenderContext(glyphs: .ascii)

    /// Whether this context draws with Unicode.
    public var isUnicode: Bool { glyphs.isUnicode }

    /// The separator between items on one line: ` · `, or ` - ` in ASCII.
    public var separator: String { isUnicode ? " · " : " - " }

    /// `value` written with the notation's digits, or with fewer until it is at most
    /// `width` columns wide (down to 2 digits; the 2-digit form is returned even if wider).
    public func number(_ value: Double, fitting width: Int) -> String {
        let full = notation.number(value)
        if Screen.width(of: full) <= width { return full }
        var digits = (notation.numbers.significantDigits ?? 6) - 1
        while digits > 2 {
            let text = NumberFormat(significantDigits: digits, style: notation.style).string(value)
            if Screen.width(of: text) <= width { return text }
            digits -= 1
        }
        return NumberFormat(significantDigits: 2, style: notation.style).string(value)
    }

    /// A bare symbol in the notation, such as ∂l/∂z (dl/dz in ASCII): `quantity` with any
    /// neuron subscript left out.
    public func symbol(_ symbol: GenericSymbol) -> String {
        notation.render(symbol.quantity)
    }
}

/// The symbols the diagram and the headings write without a neuron's name.
public enum GenericSymbol: Sendable, Hashable {
    /// z.
    case z
    /// a.
    case a
    /// y.
    case y
    /// ∂l/∂a.
    case dlda
    /// ∂l/∂y.
    case dldy
    /// ∂l/∂z.
    case dldz
    /// l.
    case loss
    /// L.
    case totalLoss

    /// The quantity written for the symbol; a name with no digits renders as itself, so an
    /// input named `z` writes z in every notation.
    var quantity: Quantity {
        switch self {
        case .z: .input("z")
        case .a: .input("a")
        case .y: .input("y")
        case .dlda: .partial(.loss, .input("a"))
        case .dldy: .partial(.loss, .input("y"))
        case .dldz: .partial(.loss, .input("z"))
        case .loss: .loss
        case .totalLoss: .totalLoss
        }
    }
}

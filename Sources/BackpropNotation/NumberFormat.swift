#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes numbers for people: a fixed number of significant digits, correctly rounded.
///
/// Rounding is the C library's `%.*g`, which rounds the exact binary value (not a decimal
/// approximation of it), so the last digit shown is always right. Trailing zeros are
/// dropped; very large or small magnitudes use powers of ten. Negative zero, which the
/// arithmetic produces (0·(−1), −0/y), is written 0: it equals 0, and `−0` only puzzles a
/// reader. Output for programs (the trace's JSON) keeps the exact double instead.
public struct NumberFormat: Sendable, Hashable {
    /// How many significant digits to show; nil shows the shortest text that reads back
    /// exactly (as an equal value: −0 reads back as 0).
    public var significantDigits: Int?
    /// How minus signs, infinity and powers of ten are written.
    public var style: NotationStyle

    /// Creates a format.
    public init(significantDigits: Int? = 6, style: NotationStyle = .unicode) {
        self.significantDigits = significantDigits
        self.style = style
    }

    /// A whole number with its thousands separated by commas: 1,234,567 (negative with `-`).
    public static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits = String(digits.dropLast(3))
        }
        return (value < 0 ? "-" : "") + digits + out
    }

    /// The number as text (−0 as `0`).
    public func string(_ value: Double) -> String {
        // −0 == 0, so this turns negative zero into positive zero and leaves every other value alone.
        let x = value == 0 ? 0 : value
        if x.isNaN { return style == .latex ? "\\mathrm{NaN}" : "NaN" }
        if x.isInfinite {
            let sign = x < 0 ? minus : ""
            switch style {
            case .unicode: return sign + "∞"
            case .ascii: return sign + "inf"
            case .latex: return sign + "\\infty"
            }
        }
        let raw: String
        if let digits = significantDigits {
            raw = Self.cFormat(x, digits: max(1, digits))
        } else {
            raw = x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
        }
        return styled(Self.trimmed(raw))
    }

    /// The minus sign of this style.
    var minus: String { style == .unicode ? "−" : "-" }

    /// `%.*g` from the C library.
    static func cFormat(_ x: Double, digits: Int) -> String {
        #if canImport(Glibc)
        // glibc's gcvt is `%.*g` for up to 17 digits, without the cost of building a va_list.
        if digits <= 17 {
            return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 48) { buffer in
                String(cString: gcvt(x, Int32(digits), buffer.baseAddress!))
            }
        }
        #endif
        var buffer = [CChar](repeating: 0, count: 48)
        let count = buffer.count
        _ = buffer.withUnsafeMutableBufferPointer { out in
            withVaList([Int32(digits), x]) { vsnprintf(out.baseAddress, count, "%.*g", $0) }
        }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// Drops trailing zeros of the mantissa and leading zeros of the exponent: 1.500e-05 → 1.5e-5.
    static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        if !bytes.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
           !bytes.contains(UInt8(ascii: ".")) || (bytes.last != UInt8(ascii: "0") && bytes.last != UInt8(ascii: ".")) {
            return text // no power of ten and no zeros to drop: the usual case
        }
        var mantissa = Substring(text)
        var exponent: Substring?
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = text[text.index(after: e)...]
        }
        if mantissa.contains(".") {
            while mantissa.last == "0" { mantissa = mantissa.dropLast() }
            if mantissa.last == "." { mantissa = mantissa.dropLast() }
        }
        guard var power = exponent else { return String(mantissa) }
        var sign = ""
        if power.first == "+" { power = power.dropFirst() } else if power.first == "-" { sign = "-"; power = power.dropFirst() }
        while power.count > 1 && power.first == "0" { power = power.dropFirst() }
        return String(mantissa) + "e" + sign + power
    }

    /// Writes the minus sign and the power of ten in this style.
    func styled(_ text: String) -> String {
        if !text.utf8.contains(UInt8(ascii: "e")) {
            return text.utf8.first == UInt8(ascii: "-") ? minus + text.dropFirst() : text // the usual case: no power of ten
        }
        var mantissa = Substring(text)
        var power: Substring?
        if let e = text.firstIndex(of: "e") {
            mantissa = text[..<e]
            power = text[text.index(after: e)...]
        }
        var result = mantissa.hasPrefix("-") ? minus + mantissa.dropFirst() : String(mantissa)
        guard let power else { return result }
        switch style {
        case .ascii:
            result += "e" + power
        case .unicode:
            result += "×10" + String(power.map { Self.superscript[$0] ?? $0 })
        case .latex:
            result += " \\times 10^{" + power + "}"
        }
        return result
    }

    /// Superscript forms of the characters an exponent uses.
    static let superscript: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "-": "⁻", "+": "⁺", "n": "ⁿ", "(": "⁽", ")": "⁾",
    ]
}

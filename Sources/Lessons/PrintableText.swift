/// Lesson text made safe to print: control characters shown as escapes instead of acting.
///
/// A title, note or file name can hold ESC (which starts terminal commands: colours,
/// cursor moves, window titles), CR, BEL, a newline or a Unicode line separator. Printed
/// raw, they recolour or rewrite the user's terminal and split the one-line-per-problem
/// messages of `check`. Every place that prints lesson text outside the screen model
/// (which draws them as `?`) passes it through ``escaped(_:)``.
public enum PrintableText {
    /// `text` on one line with every control character written as TOML writes it, `\u001B`:
    /// C0 controls (newline and tab included), DEL, C1 controls and the line and paragraph
    /// separators U+2028 and U+2029.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether printing `scalar` could make a terminal act rather than show a character.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `\u` and four hex digits for a scalar below U+10000.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

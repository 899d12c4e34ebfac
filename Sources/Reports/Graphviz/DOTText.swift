import Lessons

/// Writing names and text safely into Graphviz DOT.
enum DOTText {
    /// A quoted DOT id: `"h1"`, with `"` and `\` escaped.
    static func id(_ name: String) -> String {
        var out = "\""
        for character in name {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where character.isNewline: out += " "
            case _ where character.unicodeScalars.contains(where: PrintableText.isControl):
                out += PrintableText.escaped(String(character))
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Text inside an HTML-like label, with `&`, `<`, `>` and `"` as entities.
    static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case _ where character.isNewline: out += " "
            case _ where character.unicodeScalars.contains(where: PrintableText.isControl):
                out += PrintableText.escaped(String(character))
            default: out.append(character)
            }
        }
        return out
    }
}

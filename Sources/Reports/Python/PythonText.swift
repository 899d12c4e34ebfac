import BackpropCore

/// Python source text for numbers and nested lists, exact to the last bit.
enum PythonText {
    /// A float literal that Python reads back as exactly `x` (Swift's shortest round-trip
    /// digits), or `float("inf")` and `float("nan")` for values that have no literal.
    static func number(_ x: Double) -> String {
        if x.isNaN { return "float(\"nan\")" }
        if x.isInfinite { return x > 0 ? "float(\"inf\")" : "-float(\"inf\")" }
        return "\(x)"
    }

    /// A flat list literal: `[0.15, 0.2]`.
    static func list(_ values: [Double]) -> String {
        "[" + values.map(number).joined(separator: ", ") + "]"
    }

    /// A list of rows, `[[0.15, 0.2], [0.25, 0.3]]`, on one line.
    static func rows(_ matrix: Matrix) -> String {
        "[" + matrix.rowArrays.map(list).joined(separator: ", ") + "]"
    }

    /// A list of rows written one row a line, each followed by its comment, indented by `indent`:
    /// the form of W⁽ˡ⁾ and of the data, which a student reads and changes.
    static func rowsOnLines(_ rows: [[Double]], comments: [String], indent: String) -> String {
        var out = "[\n"
        let texts = rows.map { list($0) + "," }
        let width = texts.map(\.count).max() ?? 0
        for (text, comment) in zip(texts, comments) {
            let padded = text + String(repeating: " ", count: width - text.count)
            out += indent + "    " + padded + (comment.isEmpty ? "" : "  # " + comment) + "\n"
        }
        return out + indent + "]"
    }
}

/// A JSON value whose objects keep their keys in the order they were written.
///
/// Foundation's encoder orders keys by hash or alphabetically; trace documents read best
/// in the order the notes compute things (id, z, a, ∂l/∂a, ∂l/∂z), so this small value
/// writes them as given. Doubles use Swift's shortest round-trip text, so they read back
/// exactly; NaN and ±∞, which JSON cannot hold, are written as null.
///
/// Negative zero stays `-0.0` here, unlike in the text people read (``NumberFormat``
/// writes it `0`): JSON is read by programs, `-0.0` is valid JSON, and keeping the sign
/// bit keeps the document exactly the core's values (a ReLU's 0·(−1) is −0 in the core).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Compact JSON text on one line.
    public var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the compact JSON text of this value.
    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let x): out += x.isFinite ? String(x) : "null"  // −0 stays -0.0 (see above)
        case .string(let s): Self.writeString(s, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// Writes a string literal with the escapes JSON requires.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// An array of doubles.
    public static func doubles<S: Sequence>(_ values: S) -> JSONValue where S.Element == Double {
        .array(values.map { .double($0) })
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

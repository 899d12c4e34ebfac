/// The path to a value in a TOML document: keys and array positions from the root.
///
/// Positions are stored 0-based and shown 1-based, so the second `[[network.layers]]`
/// table reads `network.layers[2]` and the third sample's inputs `data[3].x`.
struct TOMLPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path: a key in a table, or a 0-based position in an array.
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps from the document root.
    var components: [Component]

    /// The document root.
    static let root = TOMLPath(components: [])

    /// The path of the value under `key` in the table at this path.
    func appending(_ key: String) -> TOMLPath { TOMLPath(components: components + [.key(key)]) }

    /// The path of the element at 0-based `index` in the array at this path.
    func appending(index: Int) -> TOMLPath { TOMLPath(components: components + [.index(index)]) }

    /// The enclosing path (the root stays the root).
    var parent: TOMLPath { TOMLPath(components: Array(components.dropLast())) }

    /// Whether this is the document root.
    var isRoot: Bool { components.isEmpty }

    /// The path as lesson errors show it: `network.layers[2].weights`, with 1-based positions.
    ///
    /// Keys that are not bare TOML keys (letters, digits, `_`, `-`) are shown quoted.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += Self.isBare(key) ? key : "\"" + Self.escaped(key) + "\""
            case .index(let index):
                text += "[\(index + 1)]"
            }
        }
        return text
    }

    /// Whether `key` can be written without quotes in TOML.
    static func isBare(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "_" || scalar == "-")
        }
    }

    /// `key` with quotes, backslashes and control characters escaped for a basic string.
    static func escaped(_ key: String) -> String {
        var text = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case _ where PrintableText.isControl(scalar): text += PrintableText.escape(scalar)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

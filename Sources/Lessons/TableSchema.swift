/// What type a key's value must have in a lesson file.
indirect enum ValueType: Sendable {
    /// A string.
    case string
    /// An integer.
    case integer
    /// A finite number: an integer or a float that is not `inf` or `nan`.
    case number
    /// `true` or `false`.
    case boolean
    /// An array whose every element has the given type.
    case array(of: ValueType)
    /// A table whose keys follow the schema.
    case table(TableSchema)
    /// An array of tables (`[[name]]` headers, or an array of inline tables), each following the schema.
    case arrayOfTables(TableSchema)
    /// Either of two types, tried in order (`inputs` is a count or a list of names).
    case either(ValueType, ValueType)

    /// The type as an error message says it: `a number`, `an array of numbers`, ...
    var description: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .boolean: return "a boolean"
        case .array(let element): return "an array of " + element.pluralDescription
        case .table: return "a table"
        case .arrayOfTables: return "an array of tables"
        case .either(let first, let second): return first.description + " or " + second.description
        }
    }

    /// The type in the plural, for `an array of ...`.
    var pluralDescription: String {
        switch self {
        case .string: return "strings"
        case .integer: return "integers"
        case .number: return "numbers"
        case .boolean: return "booleans"
        case .array(let element): return "arrays of " + element.pluralDescription
        case .table: return "tables"
        case .arrayOfTables: return "arrays of tables"
        case .either(let first, let second): return first.pluralDescription + " or " + second.pluralDescription
        }
    }
}

/// One key a table may hold: its name, its value's type, and whether it must be there.
struct KeySchema: Sendable {
    /// The key as written in the file.
    var name: String
    /// The type its value must have.
    var type: ValueType
    /// Whether leaving the key out is an error.
    var isRequired: Bool

    /// A key that must be present.
    static func required(_ name: String, _ type: ValueType) -> KeySchema {
        KeySchema(name: name, type: type, isRequired: true)
    }

    /// A key that may be left out.
    static func optional(_ name: String, _ type: ValueType) -> KeySchema {
        KeySchema(name: name, type: type, isRequired: false)
    }
}

/// The keys a table of a lesson file may hold; any other key is an error.
///
/// The schema is data: a later feature adds a key by adding an entry (see ``LessonSchema``).
struct TableSchema: Sendable {
    /// The allowed keys, in the order the documentation lists them.
    var keys: [KeySchema]

    /// Creates a schema from its keys.
    init(_ keys: [KeySchema]) { self.keys = keys }

    /// The entry for `name`, if the table allows that key.
    func key(named name: String) -> KeySchema? { keys.first { $0.name == name } }

    /// The names of all allowed keys.
    var names: [String] { keys.map(\.name) }
}

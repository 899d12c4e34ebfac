internal import TOMLKit

/// A parsed TOML value as a plain Swift value, copied out of TOMLKit's tree.
///
/// Copying once keeps the validation code free of TOMLKit's reference types and lets it
/// run on a value that is `Sendable` and easy to build in tests.
indirect enum TOMLNode: Sendable, Hashable {
    case table([String: TOMLNode])
    case array([TOMLNode])
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// A date, time or date-time, which no lesson key takes; the name says which kind.
    case other(String)

    /// Copies a TOMLKit value and everything under it.
    init(_ value: TOMLValueConvertible) {
        switch value.type {
        case .table:
            self = value.table.map(TOMLNode.init(table:)) ?? .table([:])
        case .array:
            self = .array(value.array.map { array in array.map { TOMLNode($0) } } ?? [])
        case .string: self = .string(value.string ?? "")
        case .int: self = .integer(value.int ?? 0)
        case .double: self = .float(value.double ?? .nan)
        case .bool: self = .boolean(value.bool ?? false)
        case .date: self = .other("date")
        case .time: self = .other("time")
        case .dateTime: self = .other("date-time")
        }
    }

    /// Copies a TOMLKit table and everything under it.
    ///
    /// Reads the keys and the values as two parallel lists rather than looking each key up
    /// again, so a key that C cannot spell (one with an escaped NUL) cannot go missing.
    init(table: TOMLTable) {
        var entries: [String: TOMLNode] = [:]
        for (key, value) in zip(table.keys, table.values) { entries[key] = TOMLNode(value) }
        self = .table(entries)
    }

    /// The entries, if this is a table.
    var tableEntries: [String: TOMLNode]? {
        if case .table(let entries) = self { return entries }
        return nil
    }

    /// The elements, if this is an array.
    var arrayElements: [TOMLNode]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text, if this is a string.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value, if this is an integer.
    var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The value, if this is a finite float or an integer (integers count as numbers).
    var finiteNumber: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .float(let value): return value.isFinite ? value : nil
        default: return nil
        }
    }

    /// The value, if this is a boolean.
    var booleanValue: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    /// Every element as a finite number, if this is an array of finite numbers.
    var finiteNumbers: [Double]? {
        guard let elements = arrayElements else { return nil }
        var numbers: [Double] = []
        numbers.reserveCapacity(elements.count)
        for element in elements {
            guard let number = element.finiteNumber else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// What kind of value this is, as an error message says it: `a string`, `an integer`, ...
    var kindDescription: String {
        switch self {
        case .table: return "a table"
        case .array: return "an array"
        case .string: return "a string"
        case .integer: return "an integer"
        case .float: return "a float"
        case .boolean: return "a boolean"
        case .other(let name): return "a " + name
        }
    }
}

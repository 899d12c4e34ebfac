/// Checks a parsed lesson file against ``LessonSchema``: unknown keys, missing keys, wrong types.
///
/// Every problem is collected; nothing stops at the first one. Values of the wrong type
/// are reported here and then skipped by ``LessonBuilder``, which checks meaning, not types.
struct SchemaChecker {
    /// The problems found so far.
    private(set) var problems: [PathProblem] = []

    /// Checks the keys of `entries`, the table at `path`, against `schema`, and everything under them.
    mutating func check(table entries: [String: TOMLNode], at path: TOMLPath, against schema: TableSchema) {
        for key in entries.keys.sorted() where schema.key(named: key) == nil {
            problems.append(PathProblem(path: path.appending(key), message: unknownKeyMessage(key, schema: schema)))
        }
        for key in schema.keys {
            if let value = entries[key.name] {
                check(value, at: path.appending(key.name), against: key.type)
            } else if key.isRequired {
                problems.append(PathProblem(path: path.appending(key.name), message: "required key is missing"))
            }
        }
    }

    /// Checks one value against its expected type; returns whether it conforms.
    @discardableResult
    mutating func check(_ value: TOMLNode, at path: TOMLPath, against type: ValueType) -> Bool {
        switch type {
        case .string:
            return expect(value.stringValue != nil, value, at: path, type)
        case .integer:
            return expect(value.integerValue != nil, value, at: path, type)
        case .boolean:
            return expect(value.booleanValue != nil, value, at: path, type)
        case .number:
            if case .float(let number) = value, !number.isFinite {
                problems.append(PathProblem(path: path, message: "expected a finite number, found \(Self.spelling(number))"))
                return false
            }
            return expect(value.finiteNumber != nil, value, at: path, type)
        case .array(let elementType):
            guard let elements = value.arrayElements else { return expect(false, value, at: path, type) }
            var conforms = true
            for (index, element) in elements.enumerated() {
                conforms = check(element, at: path.appending(index: index), against: elementType) && conforms
            }
            return conforms
        case .table(let schema):
            guard let entries = value.tableEntries else { return expect(false, value, at: path, type) }
            let before = problems.count
            check(table: entries, at: path, against: schema)
            return problems.count == before
        case .arrayOfTables(let schema):
            guard let elements = value.arrayElements else {
                problems.append(PathProblem(path: path, message:
                    "expected an array of tables (one [[\(path)]] header each), found \(value.kindDescription)"))
                return false
            }
            let before = problems.count
            for (index, element) in elements.enumerated() {
                let elementPath = path.appending(index: index)
                if let entries = element.tableEntries {
                    check(table: entries, at: elementPath, against: schema)
                } else {
                    problems.append(PathProblem(path: elementPath,
                                                message: "expected a table, found \(element.kindDescription)"))
                }
            }
            return problems.count == before
        case .either(let first, let second):
            var firstTrial = SchemaChecker(), secondTrial = SchemaChecker()
            if firstTrial.check(value, at: path, against: first) { return true }
            if secondTrial.check(value, at: path, against: second) { return true }
            // An array that fits neither: report its elements against the one array alternative,
            // so `inputs = ["a", 1]` says which element is wrong.
            if value.arrayElements != nil && first.isArray != second.isArray {
                problems += first.isArray ? firstTrial.problems : secondTrial.problems
                return false
            }
            return expect(false, value, at: path, type)
        }
    }

    /// Records a wrong-type problem unless `conforms`; returns `conforms`.
    private mutating func expect(_ conforms: Bool, _ value: TOMLNode, at path: TOMLPath, _ type: ValueType) -> Bool {
        if !conforms {
            problems.append(PathProblem(path: path, message: "expected \(type.description), found \(value.kindDescription)"))
        }
        return conforms
    }

    /// The message for a key the schema does not know, with the nearest known key if one is close.
    private func unknownKeyMessage(_ key: String, schema: TableSchema) -> String {
        if let suggestion = NameSuggestion.nearest(to: key, among: schema.names) {
            return "unknown key; did you mean \(suggestion)?"
        }
        return "unknown key; allowed here: " + schema.names.joined(separator: ", ")
    }

    /// A non-finite float as TOML writes it: `inf`, `-inf` or `nan`.
    static func spelling(_ number: Double) -> String {
        number.isNaN ? "nan" : (number < 0 ? "-inf" : "inf")
    }
}

extension ValueType {
    /// Whether values of this type are TOML arrays.
    var isArray: Bool {
        switch self {
        case .array, .arrayOfTables: return true
        default: return false
        }
    }
}

import Foundation
import Testing
@testable import Lessons

/// `lessons/lesson.schema.json` says what `LessonSchema` says, and every shipped lesson passes it.
struct SchemaFileTests {
    static let schemaPath = ShippedLessonTests.lessonsFolder.appendingPathComponent("lesson.schema.json").path

    /// The schema file as nested dictionaries.
    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: schemaPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A property's schema, following a `$ref` into `$defs`.
    static func resolve(_ node: [String: Any], in root: [String: Any]) throws -> [String: Any] {
        guard let reference = node["$ref"] as? String else { return node }
        let name = try #require(reference.split(separator: "/").last.map(String.init))
        let definitions = try #require(root["$defs"] as? [String: Any])
        return try #require(definitions[name] as? [String: Any], "no $defs/\(name)")
    }

    /// Compares one table of `LessonSchema` with its object in the JSON Schema, and recurses
    /// into every key that holds a table or an array of tables.
    static func compare(_ table: TableSchema, _ node: [String: Any], root: [String: Any], path: String) throws {
        let object = try resolve(node, in: root)
        let properties = try #require(object["properties"] as? [String: Any], "\(path): no properties")
        #expect(Set(properties.keys) == Set(table.names), "\(path): the schema file's keys differ from LessonSchema's")
        #expect(Set(object["required"] as? [String] ?? []) == Set(table.keys.filter(\.isRequired).map(\.name)),
                "\(path): required keys differ")
        #expect(object["additionalProperties"] as? Bool == false, "\(path): unknown keys must be refused")
        for key in table.keys {
            let property = try resolve(try #require(properties[key.name] as? [String: Any]), in: root)
            #expect((property["description"] as? String)?.isEmpty == false, "\(path).\(key.name) has no description")
            switch key.type {
            case .table(let inner):
                try compare(inner, property, root: root, path: "\(path).\(key.name)")
            case .arrayOfTables(let inner):
                #expect(property["type"] as? String == "array", "\(path).\(key.name) is an array of tables")
                try compare(inner, try #require(property["items"] as? [String: Any]), root: root, path: "\(path).\(key.name)[]")
            default:
                break
            }
        }
    }

    @Test func theSchemaFilesKeysAreLessonSchemasKeys() throws {
        let root = try Self.schema()
        #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        try Self.compare(LessonSchema.lesson, root, root: root, path: "lesson")
    }

    @Test func theComparisonNoticesAMissingKey() throws {
        // The check above must be able to fail: a table with one key more than the file is caught.
        var table = LessonSchema.note
        table.keys.append(.optional("colour", .string))
        let root = try Self.schema()
        let note = try #require((root["$defs"] as? [String: Any])?["note"] as? [String: Any])
        let properties = try #require(note["properties"] as? [String: Any])
        #expect(Set(properties.keys) != Set(table.names))
    }

    /// Whether `python3` can import `jsonschema` (the validation test needs it).
    static let pythonHasJSONSchema: Bool = {
        (try? PythonScript.run("import jsonschema, tomllib"))?.status == 0
    }()

    @Test(.enabled(if: pythonHasJSONSchema, "skipped: needs python3 (3.11+, for tomllib) with the jsonschema module"))
    func everyShippedLessonPassesTheSchema() throws {
        // The shipped lessons, and the documentation's complete example.
        let docs = try String(contentsOf: ShippedLessonTests.lessonsFolder.deletingLastPathComponent()
            .appendingPathComponent("docs/lesson-format.md"), encoding: .utf8)
        let start = try #require(docs.range(of: "```toml\n"))
        let end = try #require(docs.range(of: "```", range: start.upperBound..<docs.endIndex))
        let example = FileManager.default.temporaryDirectory.appendingPathComponent("docs-example-\(UUID().uuidString).toml")
        try String(docs[start.upperBound..<end.lowerBound]).write(to: example, atomically: true, encoding: .utf8)
        let files = ShippedLessonFacts.curriculum.map { ShippedLessonTests.lessonsFolder.appendingPathComponent($0).path }
            + [example.path]
        let script = """
            import json, sys, tomllib, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                with open(path, "rb") as f:
                    lesson = tomllib.load(f)
                for error in validator.iter_errors(lesson):
                    print(path + ": " + "/".join(map(str, error.absolute_path)) + ": " + error.message)
            """
        let result = try PythonScript.run(script, arguments: [Self.schemaPath] + files)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.isEmpty, "\(result.output)")
    }

    @Test(.enabled(if: pythonHasJSONSchema, "skipped: needs python3 (3.11+, for tomllib) with the jsonschema module"))
    func theSchemaRefusesWhatTheLoaderRefuses() throws {
        // Each of these is a shipped lesson with one mistake that the schema alone can see.
        let base = try String(contentsOf: ShippedLessonTests.lessonsFolder.appendingPathComponent("01-gradient-descent.toml"),
                              encoding: .utf8)
        let broken = [
            base.replacingOccurrences(of: "learning_rate = 0.5", with: "learning_rte = 0.5"),
            base.replacingOccurrences(of: "at = \"loss\"", with: "at = \"forwrd o1\""),
            base.replacingOccurrences(of: "answer = \"grad w1\"", with: "answer = \"grad w1\"\nchoices = [\"a\", \"b\"]\ncorrect = 1"),
            base.replacingOccurrences(of: "answer = \"new w1\"\n", with: "answer = \"dz o1\"\n"),
            base + "\n[[notes]]\nat = \"start\"\n",
            // Names the formulas cannot write, or that read like parameter ids.
            base.replacingOccurrences(of: "inputs = [\"x1\"]", with: "inputs = [\"1a\"]"),
            base.replacingOccurrences(of: "inputs = [\"x1\"]", with: "inputs = [\"w1\"]"),
            base.replacingOccurrences(of: "name = \"o\"", with: "name = \"w\""),
        ]
        let script = """
            import json, sys, tomllib, jsonschema
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            for text in sys.argv[2:]:
                print(len(list(validator.iter_errors(tomllib.loads(text)))))
            """
        let result = try PythonScript.run(script, arguments: [Self.schemaPath] + broken)
        #expect(result.status == 0, "\(result.error)")
        let counts = result.output.split(separator: "\n").compactMap { Int($0) }
        #expect(counts.count == broken.count && counts.allSatisfy { $0 > 0 }, "errors per broken file: \(counts)")
        for text in broken {
            #expect(throws: LessonError.self) { try LessonLoader.parse(text, fileName: "t.toml") }
        }
    }
}

/// Runs a Python script with `python3 -c`.
enum PythonScript {
    /// What a run printed and how it ended.
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `script` with `arguments` as `sys.argv[1...]`; throws if `python3` cannot be started.
    static func run(_ script: String, arguments: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      error: String(decoding: errorData, as: UTF8.self))
    }
}

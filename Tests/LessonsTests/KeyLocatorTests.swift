import Testing
@testable import Lessons

/// Finding the line of a key path in TOML source.
struct KeyLocatorTests {
    /// A path from dotted keys and 1-based positions, written as in error messages: `("a", 2, "b")`.
    static func path(_ parts: Any...) -> TOMLPath {
        TOMLPath(components: parts.map { part in
            if let index = part as? Int { return .index(index - 1) }
            return .key(part as! String)
        })
    }

    static let source = """
        title = "Has [[network.layers]] and # inside"  # line 1
        notes = '''
        [[network.layers]]
        name = "not a layer"
        '''
        [network]
        inputs = [
          "a",   # a comment with ] and [[
          "b",
        ]

        [[network.layers]]
        name = "h"
        weights = [[1, 2],
                   [3, 4]]

        [[network.layers]]
        name = "o"
        "quoted key" = 1
        physics.mass = 2

        [[network.layers.extra]]
        k = 1

        [[data]]
        x = [1, 2]
        [[data]]
        point = { x = [3,
                       4], y = [5] }
        """

    let locator = KeyLocator(text: Self.source)

    @Test func topLevelKeysAndTableHeaders() {
        #expect(locator.line(for: Self.path("title")) == 1)
        #expect(locator.line(for: Self.path("network")) == 6)
    }

    @Test func stringsAndCommentsDoNotCountAsStructure() {
        // The first real [[network.layers]] is on line 12, not in the string on line 3.
        #expect(locator.line(for: Self.path("network", "layers", 1)) == 12)
        #expect(locator.line(for: Self.path("network", "layers", 1, "name")) == 13)
        #expect(locator.line(for: Self.path("network", "inputs", 2)) == 9)
    }

    @Test func repeatedArrayHeadersAreCountedFromOne() {
        #expect(locator.line(for: Self.path("network", "layers", 2)) == 17)
        #expect(locator.line(for: Self.path("network", "layers", 2, "name")) == 18)
        #expect(locator.line(for: Self.path("data", 2)) == 27)
    }

    @Test func elementsOfMultiLineArrays() {
        #expect(locator.line(for: Self.path("network", "layers", 1, "weights", 2)) == 15)
        #expect(locator.line(for: Self.path("network", "layers", 1, "weights", 2, 1)) == 15)
        #expect(locator.line(for: Self.path("network", "layers", 1, "weights", 1, 2)) == 14)
    }

    @Test func quotedAndDottedKeys() {
        #expect(locator.line(for: Self.path("network", "layers", 2, "quoted key")) == 19)
        #expect(locator.line(for: Self.path("network", "layers", 2, "physics", "mass")) == 20)
    }

    @Test func nestedArrayOfTablesBelongsToTheLatestParent() {
        #expect(locator.line(for: Self.path("network", "layers", 2, "extra", 1, "k")) == 23)
    }

    @Test func inlineTablesAcrossLines() {
        #expect(locator.line(for: Self.path("data", 2, "point", "x", 2)) == 29)
        #expect(locator.line(for: Self.path("data", 2, "point", "y")) == 29)
    }

    @Test func aMissingKeyFallsBackToItsTableHeader() {
        #expect(locator.line(for: Self.path("network", "layers", 2, "size")) == 17)
        #expect(locator.line(for: Self.path("data", 1, "y")) == 25)
    }

    @Test func aPathWithNoShownAncestorHasNoLine() {
        #expect(locator.line(for: Self.path("loss")) == nil)
        #expect(locator.line(for: Self.path("loss", 2, "x")) == nil)
    }

    @Test func aPositionPastTheLastFallsBackToTheArraysFirstHeader() {
        #expect(locator.line(for: Self.path("network", "layers", 3)) == 12)
    }

    @Test func pathsReadWithOneBasedPositions() {
        #expect(Self.path("network", "layers", 2, "weights").description == "network.layers[2].weights")
        #expect(Self.path("data", 3, "x").description == "data[3].x")
        #expect(Self.path("network", "layers", 2, "quoted key").description == "network.layers[2].\"quoted key\"")
    }

    @Test func neverLoopsOnTextThatIsNotTOML() {
        for text in ["[[", "a = [", "a = {", "= = =", "\"unterminated", "'''", "[a.\"b", "x = [1,,,]]]", "\u{FEFF}"] {
            _ = KeyLocator(text: text).line(for: Self.path("a", 1, "b"))
        }
        #expect(KeyLocator(text: "[[a]]\n[[a]]\nb = 1").line(for: Self.path("a", 2, "b")) == 3)
    }
}

import Foundation
import Testing
@testable import Reports

/// `backprop export --format dot`: the network with its values as Graphviz DOT.
struct NetworkDiagramTests {
    static func workedExample() throws -> String {
        NetworkDiagram(lesson: try ReportsFixtures.workedExample(), iteration: 1).dot
    }

    /// The node statements (`"id" [label=...]`) by id.
    static func nodes(_ dot: String) -> [String: String] {
        var nodes: [String: String] = [:]
        for line in dot.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\""), !trimmed.contains(" -> "), let end = trimmed.dropFirst().firstIndex(of: "\"") else { continue }
            nodes[String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])] = trimmed
        }
        return nodes
    }

    /// The edge statements (`"a" -> "b" [label=...]`).
    static func edges(_ dot: String) -> [String] {
        dot.components(separatedBy: "\n").filter { $0.contains(" -> ") }
    }

    @Test func everyInputNeuronAndTheLossIsANodeInItsRank() throws {
        let dot = try Self.workedExample()
        #expect(dot.hasPrefix("digraph \"A full worked example\" {\n"))
        #expect(dot.contains("rankdir=LR"))
        #expect(Self.nodes(dot).keys.sorted() == ["input x1", "input x2", "loss", "neuron h1", "neuron h2", "neuron o1", "neuron o2"])
        // Inputs, two layers and the loss each in a rank=same subgraph.
        #expect(dot.components(separatedBy: "rank=same;").count - 1 == 4)
        // 8 weights, and one edge from each output into the loss.
        let edges = Self.edges(dot)
        #expect(edges.count == 8 + 2)
        #expect(edges.filter { $0.contains("-> \"loss\"") }.count == 2)
    }

    @Test func labelsCarryThePublishedValues() throws {
        let dot = try Self.workedExample()
        let nodes = Self.nodes(dot)
        // Published (Mazur), at the diagram's 6 significant digits: net_h1 = 0.3775,
        // out_h1 = 0.593269992, ∂E/∂net_h1 = 0.036350306 · 0.241300709 = 0.00877135.
        let h1 = try #require(nodes["neuron h1"])
        #expect(h1.contains("<b>h1 "))
        for row in [("b", "0.35"), ("z", "0.3775"), ("a", "0.59327"), ("∂l/∂z", "0.00877135")] {
            #expect(h1.contains("<td align=\"left\">\(row.0)</td><td align=\"right\">\(row.1)</td>"), "\(row)")
        }
        // out_o1 = 0.75136507, written y at the output.
        #expect(try #require(nodes["neuron o1"]).contains("<td align=\"left\">y</td><td align=\"right\">0.751365</td>"))
        // E_total = 0.298371109 and the targets.
        let loss = try #require(nodes["loss"])
        #expect(loss.contains("<td align=\"left\">l</td><td align=\"right\">0.298371</td>"))
        #expect(loss.contains("<td align=\"left\">t_o2</td><td align=\"right\">0.99</td>"))
        #expect(try #require(nodes["input x2"]).contains("<td align=\"left\">x</td><td align=\"right\">0.1</td>"))
        // w5 = 0.4 on h1 → o1 with ∂E/∂w5 = 0.082167041.
        let w5 = try #require(Self.edges(dot).first { $0.contains("\"neuron h1\" -> \"neuron o1\"") })
        #expect(w5.contains("label=<w5 = 0.4<br/>∂l/∂w5 = 0.082167>"))
        // ∂E/∂out_o1 = 0.74136507 on the edge into the loss.
        #expect(dot.contains("\"neuron o1\" -> \"loss\" [label=<∂l/∂y = 0.741365>]"))
    }

    @Test(.enabled(if: ReportsFixtures.dotPath != nil, "Graphviz dot is not installed (apt-get install graphviz); skipping the parse check"))
    func graphvizParsesTheDiagram() throws {
        let result = try ReportsFixtures.runDot(try Self.workedExample())
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.svg.contains("<svg"))
        #expect(result.svg.contains("0.3775"))
        let batch = try ReportsFixtures.runDot(NetworkDiagram(lesson: try ReportsFixtures.lesson(ReportsFixtures.fullBatch),
                                                              iteration: 3).dot)
        #expect(batch.status == 0 && batch.errors.isEmpty, "\(batch.errors)")
    }

    @Test func titlesAreEscaped() throws {
        // Input names are identifiers (the loader refuses others), so the title is what needs escaping.
        let text = ReportsFixtures.fullBatch
            .replacingOccurrences(of: "title = \"Full batch\"", with: "title = 'A \"quoted\" <b>title</b> & \\ more'")
        let dot = NetworkDiagram(lesson: try ReportsFixtures.lesson(text), iteration: 1).dot
        #expect(dot.hasPrefix("digraph \"A \\\"quoted\\\" <b>title</b> & \\\\ more\" {"))
        #expect(dot.contains("label=<A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; \\ more<br/>"))
        if ReportsFixtures.dotPath != nil {
            let result = try ReportsFixtures.runDot(dot)
            #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
        }
    }

    @Test func aBatchDiagramSaysWhichSampleItShows() throws {
        let dot = NetworkDiagram(lesson: try ReportsFixtures.lesson(ReportsFixtures.fullBatch), iteration: 2).dot
        #expect(dot.contains("update 2, sample 2 of 2, η = 0.5"))
        #expect(dot.contains("∂L/∂w1 = "))
        #expect(dot.contains("<td align=\"left\">L</td>"))
    }
}

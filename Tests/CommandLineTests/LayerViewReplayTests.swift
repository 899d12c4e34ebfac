import Foundation
import Testing

/// `m` in `backprop replay`: the layer view is a key like any other.
struct LayerViewReplayTests {
    @Test func mShowsTheLayerViewInReplayAndMAgainTheDiagram() throws {
        let result = try BackpropProcess.run(["replay", BackpropProcess.lesson("07-worked-example.toml"), "--no-quiz",
                                              "--keys", ": 1 1 enter m m", "--size", "80x24"])
        #expect(result.status == 0, "\(result.standardError)")
        let frames = result.standardOutput.components(separatedBy: "=== frame ")
        // Frames: the start, the four keys of the jump, m, m.
        #expect(frames.count == 8)
        let layer = frames[6], node = frames[7]
        #expect(layer.contains("δ⁽²⁾ = ∂l/∂z⁽²⁾ = σ'(z⁽²⁾) ⊙ ∂l/∂y"))
        #expect(layer.contains("⎡ 0.138499 ⎤ = ⎡ 0.186816 ⎤ ⊙ ⎡ 0.741365 ⎤"))
        #expect(!node.contains("δ⁽²⁾") && node.contains("┏ o1"))
        #expect(layer.contains("step 11 of 33") && node.contains("step 11 of 33"))
    }
}

/// Which view of the step a lesson opens in: the network diagram, node by node, or the layer
/// (matrix) view that `m` toggles.
public enum LessonView: String, Sendable, Hashable, CaseIterable {
    /// The network diagram (the default).
    case nodes
    /// The layer view: each step as matrices, z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾.
    case layers
}

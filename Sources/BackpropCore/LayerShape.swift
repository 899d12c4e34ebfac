/// The shape of one layer: its name, how many neurons it has, and their activation.
public struct LayerShape: Sendable, Hashable {
    /// The layer's name; its neurons are called name1, name2, ... (`h1`, `h2`).
    public var name: String
    /// How many neurons the layer has.
    public var size: Int
    /// The activation σ every neuron of the layer applies.
    public var activation: Activation

    /// Creates a layer shape.
    public init(name: String, size: Int, activation: Activation) {
        self.name = name
        self.size = size
        self.activation = activation
    }
}

import BackpropCore

/// The `[network]` table as the file gives it, before it becomes a ``Network``.
struct NetworkDraft {
    /// The input names (given, or x1, x2, ... for a count).
    var inputNames: [String]
    /// The layers, in order, with nil for what is missing or invalid.
    var layers: [LayerDraft]

    /// The layer shapes, if every layer has a valid name, size and activation.
    var validShapes: [LayerShape]? {
        var shapes: [LayerShape] = []
        for layer in layers {
            guard let name = layer.name, let size = layer.size, let activation = layer.activation else { return nil }
            shapes.append(LayerShape(name: name, size: size, activation: activation))
        }
        return shapes
    }

    /// The number of outputs, if the last layer's size is valid.
    var outputCount: Int? { layers.last?.size }
}

/// One `[[network.layers]]` table as the file gives it; nil marks a missing or invalid value.
struct LayerDraft {
    /// The layer's name.
    var name: String?
    /// How many neurons it has.
    var size: Int?
    /// Its activation.
    var activation: Activation?
    /// The weights the file gives: row j holds the weights into neuron j.
    var weights: [[Double]]?
    /// The biases the file gives.
    var biases: [Double]?
    /// The scheme for drawing weights the file leaves out.
    var initialization: WeightInitialization?
}

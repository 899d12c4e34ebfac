/// The shape of a fully connected feed-forward network and how its values are laid out.
///
/// The architecture fixes the order of everything the core stores flat: neurons in layer
/// order (`h1, h2, o1, o2`), and the parameter vector θ with every weight first
/// (w1, w2, ... layer by layer, neuron by neuron, input by input) and then every bias.
public struct Architecture: Sendable, Hashable {
    /// The largest number of layers (not counting the inputs).
    public static let maxLayers = 8
    /// The largest number of neurons in a layer, and of inputs.
    public static let maxLayerSize = 16

    /// The names of the inputs (`i1`, `i2` or `x1`, `x2`, ...).
    public let inputNames: [String]
    /// The layers after the inputs, the last one being the output layer.
    public let layers: [LayerShape]

    /// Where each layer's neurons start in the flat neuron order.
    public let neuronOffsets: [Int]
    /// Where each layer's weights start in θ.
    public let weightOffsets: [Int]
    /// Where each layer's biases start in θ.
    public let biasOffsets: [Int]
    /// The number of neurons in all layers (inputs not counted).
    public let neuronCount: Int
    /// The number of weights in θ.
    public let weightCount: Int
    /// The number of biases in θ.
    public let biasCount: Int

    /// Creates an architecture; the caller has checked that there is at least one layer and input.
    public init(inputNames: [String], layers: [LayerShape]) {
        precondition(!inputNames.isEmpty && !layers.isEmpty, "a network needs inputs and a layer")
        self.inputNames = inputNames
        self.layers = layers
        var neuronOffsets: [Int] = []
        var weightOffsets: [Int] = []
        var neurons = 0
        var weights = 0
        var fanIn = inputNames.count
        for layer in layers {
            neuronOffsets.append(neurons)
            weightOffsets.append(weights)
            neurons += layer.size
            weights += layer.size * fanIn
            fanIn = layer.size
        }
        self.neuronOffsets = neuronOffsets
        self.weightOffsets = weightOffsets
        self.biasOffsets = neuronOffsets.map { weights + $0 }
        self.neuronCount = neurons
        self.weightCount = weights
        self.biasCount = neurons
    }

    /// The number of inputs.
    public var inputCount: Int { inputNames.count }
    /// The number of parameters in θ: every weight and every bias.
    public var parameterCount: Int { weightCount + biasCount }
    /// The index of the output layer.
    public var outputLayer: Int { layers.count - 1 }
    /// The number of outputs.
    public var outputCount: Int { layers[outputLayer].size }
    /// Where the output neurons start in the flat neuron order.
    public var outputOffset: Int { neuronOffsets[outputLayer] }

    /// How many values feed each neuron of `layer`: the inputs, or the previous layer's size.
    public func fanIn(_ layer: Int) -> Int {
        layer == 0 ? inputNames.count : layers[layer - 1].size
    }

    /// The flat index of neuron `neuron` of `layer`.
    public func neuronIndex(layer: Int, neuron: Int) -> Int { neuronOffsets[layer] + neuron }

    /// The index in θ of the weight from input `input` into neuron `neuron` of `layer`.
    public func weightIndex(layer: Int, neuron: Int, input: Int) -> Int {
        weightOffsets[layer] + neuron * fanIn(layer) + input
    }

    /// The index in θ of the bias of neuron `neuron` of `layer`.
    public func biasIndex(layer: Int, neuron: Int) -> Int { biasOffsets[layer] + neuron }

    /// The name of neuron `neuron` (0-based) of `layer`: the layer's name and a 1-based number (`h1`).
    public func neuronName(layer: Int, neuron: Int) -> String {
        layers[layer].name + String(neuron + 1)
    }

    /// The name of input `input` of `layer`: an input name for the first layer, else a neuron name.
    public func sourceName(layer: Int, input: Int) -> String {
        layer == 0 ? inputNames[input] : neuronName(layer: layer - 1, neuron: input)
    }

    /// Every neuron in flat order, as (layer, neuron-in-layer) pairs.
    public var neurons: [NeuronPosition] {
        layers.indices.flatMap { layer in
            (0..<layers[layer].size).map { NeuronPosition(layer: layer, neuron: $0) }
        }
    }

    /// The names of every neuron in flat order (`h1, h2, o1, o2`).
    public var neuronNames: [String] { neurons.map { neuronName(layer: $0.layer, neuron: $0.neuron) } }

    /// The position of the neuron with this name, if there is one.
    public func neuron(named name: String) -> NeuronPosition? {
        for layer in layers.indices where name.hasPrefix(layers[layer].name) {
            let number = name.dropFirst(layers[layer].name.count)
            if let n = Int(number), n >= 1, n <= layers[layer].size, String(n) == number {
                return NeuronPosition(layer: layer, neuron: n - 1)
            }
        }
        return nil
    }

    /// The parameter at index `index` of θ.
    public func parameter(at index: Int) -> Parameter {
        precondition(index >= 0 && index < parameterCount, "parameter index out of range")
        if index < weightCount {
            var layer = layers.count - 1
            while weightOffsets[layer] > index { layer -= 1 }
            let local = index - weightOffsets[layer]
            let fan = fanIn(layer)
            return Parameter(kind: .weight, number: index + 1, index: index, layer: layer,
                             neuron: local / fan, input: local % fan)
        }
        let neuronFlat = index - weightCount
        var layer = layers.count - 1
        while neuronOffsets[layer] > neuronFlat { layer -= 1 }
        return Parameter(kind: .bias, number: neuronFlat + 1, index: index, layer: layer,
                         neuron: neuronFlat - neuronOffsets[layer], input: nil)
    }

    /// Every parameter of θ in order: w1, w2, ..., b1, b2, ...
    public var parameters: [Parameter] { (0..<parameterCount).map(parameter(at:)) }

    /// The parameter with this id (`w5`, `b2`), if there is one.
    public func parameter(id: String) -> Parameter? {
        guard let first = id.first, first == "w" || first == "b",
              let number = Int(id.dropFirst()), String(number) == id.dropFirst(), number >= 1
        else { return nil }
        if first == "w" {
            return number <= weightCount ? parameter(at: number - 1) : nil
        }
        return number <= biasCount ? parameter(at: weightCount + number - 1) : nil
    }

    /// The name of the value feeding a parameter: the source neuron or input of a weight, nil for a bias.
    public func sourceName(of parameter: Parameter) -> String? {
        parameter.input.map { sourceName(layer: parameter.layer, input: $0) }
    }

    /// The name of the neuron a parameter feeds.
    public func targetName(of parameter: Parameter) -> String {
        neuronName(layer: parameter.layer, neuron: parameter.neuron)
    }
}

/// Where a neuron sits: its layer (0 = first after the inputs) and its index in that layer.
public struct NeuronPosition: Sendable, Hashable {
    /// The layer, 0 being the first layer after the inputs.
    public var layer: Int
    /// The 0-based index of the neuron in its layer.
    public var neuron: Int

    /// Creates a position.
    public init(layer: Int, neuron: Int) {
        self.layer = layer
        self.neuron = neuron
    }
}

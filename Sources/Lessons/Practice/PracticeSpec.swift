import BackpropCore

/// What a practice exercise is made of: the network's shape, the hidden layers'
/// activation, the loss and the seed its numbers are drawn from.
public struct PracticeSpec: Sendable, Hashable {
    /// Layer sizes from the inputs to the outputs: [2, 2, 1] for `2-2-1`.
    public var shape: [Int]
    /// The activation of every hidden layer.
    public var activation: Activation
    /// The loss; it decides the output activation (softmax for cross-entropy, else sigmoid).
    public var loss: LossFunction
    /// The seed of the core's SplitMix64, so one seed is one problem on every platform.
    public var seed: UInt64

    /// The most layers (inputs and outputs counted) and neurons per layer an exercise by hand has.
    public static let largestSize = 4, mostLayers = 4

    /// Creates a spec, or says what is wrong with it.
    public init(shape: [Int], activation: Activation, loss: LossFunction, seed: UInt64) throws(PracticeError) {
        guard shape.count >= 2, shape.count <= Self.mostLayers else {
            throw PracticeError("the shape needs 2 to \(Self.mostLayers) layer sizes, inputs first: 2-2-1")
        }
        guard shape.allSatisfy({ (1...Self.largestSize).contains($0) }) else {
            throw PracticeError("each layer of a practice network has 1 to \(Self.largestSize) neurons")
        }
        guard activation.isElementwise else {
            throw PracticeError("softmax is an output layer's; choose sigmoid, tanh, relu, leaky_relu or linear")
        }
        if loss == .crossEntropy && shape[shape.count - 1] < 2 {
            throw PracticeError("cross_entropy needs a softmax output of 2 or more neurons: 2-2-2")
        }
        self.shape = shape
        self.activation = activation
        self.loss = loss
        self.seed = seed
    }

    /// Reads a shape such as `2-2-1`, or nil when the text is not one.
    public static func shape(_ text: String) -> [Int]? {
        let sizes = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 != nil }) else { return nil }
        return sizes.compactMap { $0 }
    }

    /// The shape as written: `2-2-1`.
    public var shapeName: String { shape.map(String.init).joined(separator: "-") }

    /// The output layer's activation.
    public var outputActivation: Activation { loss.requiredOutputActivation ?? .sigmoid }

    /// The command that makes this problem again.
    public var command: String {
        "backprop practice --shape \(shapeName) --activation \(activation.name) --loss \(loss.name) --seed \(seed)"
    }
}

/// Why a practice exercise cannot be made: a message for the command line.
public struct PracticeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

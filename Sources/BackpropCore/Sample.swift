/// One training example: an input vector x and its target vector t (the notes' y for data).
public struct Sample: Sendable, Hashable {
    /// The inputs, one per input of the network.
    public var inputs: [Double]
    /// The targets, one per output of the network.
    public var targets: [Double]

    /// Creates a sample.
    public init(inputs: [Double], targets: [Double]) {
        self.inputs = inputs
        self.targets = targets
    }
}

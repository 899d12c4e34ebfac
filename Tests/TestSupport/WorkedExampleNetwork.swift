import BackpropCore

/// Mazur's worked example as the core's values (2-2-2 sigmoid, one sample, biases fixed),
/// shared by the test targets that check its numbers and locate steps in its timeline.
public enum WorkedExampleNetwork {
    public static let network = Network(
        inputNames: ["i1", "i2"],
        layers: [LayerShape(name: "h", size: 2, activation: .sigmoid),
                 LayerShape(name: "o", size: 2, activation: .sigmoid)],
        weights: [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
        biases: [[0.35, 0.35], [0.60, 0.60]])
    public static let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5, updateBiases: false)
    public static let samples = [Sample(inputs: [0.05, 0.10], targets: [0.01, 0.99])]
}

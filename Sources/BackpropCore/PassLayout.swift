/// Where one pass keeps its values in a single flat buffer: z | a | ∂l/∂a | ∂l/∂z | ∂l/∂θ.
///
/// Neuron values are in the architecture's flat neuron order and gradients in θ order, so a
/// whole pass is one contiguous block that a trace can copy in one go.
public struct PassLayout: Sendable, Hashable {
    /// The number of neurons (inputs not counted).
    public let neuronCount: Int
    /// The number of parameters in θ.
    public let parameterCount: Int

    /// Creates the layout for an architecture.
    public init(_ architecture: Architecture) {
        neuronCount = architecture.neuronCount
        parameterCount = architecture.parameterCount
    }

    /// Where the weighted sums z start.
    @inlinable public var z: Int { 0 }
    /// Where the activations a start.
    @inlinable public var a: Int { neuronCount }
    /// Where ∂l/∂a starts.
    @inlinable public var dlda: Int { 2 * neuronCount }
    /// Where ∂l/∂z starts.
    @inlinable public var dldz: Int { 3 * neuronCount }
    /// Where ∂l/∂θ starts.
    @inlinable public var gradient: Int { 4 * neuronCount }
    /// The length of the whole buffer.
    @inlinable public var count: Int { 4 * neuronCount + parameterCount }
}

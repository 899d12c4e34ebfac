/// What one sample's pass computed: its loss and, for every neuron, z, a, ∂l/∂a and ∂l/∂z,
/// and for every parameter that sample's gradient ∂l/∂θ.
public struct SampleTrace: Sendable, Hashable {
    /// The 0-based index of the sample in the data.
    public let sample: Int
    /// The sample's loss l.
    public let loss: Double
    /// Where each kind of value sits in ``values``.
    public let layout: PassLayout
    /// The values of the pass, laid out as ``PassLayout`` says.
    public let values: [Double]

    /// Creates a trace from a finished pass's buffer.
    public init(sample: Int, loss: Double, layout: PassLayout, values: [Double]) {
        precondition(values.count == layout.count, "a pass buffer has the wrong length")
        self.sample = sample
        self.loss = loss
        self.layout = layout
        self.values = values
    }

    /// The weighted sum z of the neuron at flat index `neuron`.
    public func z(_ neuron: Int) -> Double { values[layout.z + neuron] }
    /// The activation a = σ(z) of the neuron at flat index `neuron`.
    public func a(_ neuron: Int) -> Double { values[layout.a + neuron] }
    /// ∂l/∂a of the neuron at flat index `neuron` (∂l/∂y for an output neuron).
    public func dlda(_ neuron: Int) -> Double { values[layout.dlda + neuron] }
    /// ∂l/∂z of the neuron at flat index `neuron`.
    public func dldz(_ neuron: Int) -> Double { values[layout.dldz + neuron] }
    /// This sample's ∂l/∂θ for the parameter at index `parameter` of θ.
    public func gradient(_ parameter: Int) -> Double { values[layout.gradient + parameter] }

    /// Every neuron's activation, in flat order.
    public var activations: [Double] { Array(values[layout.a..<layout.dlda]) }
}

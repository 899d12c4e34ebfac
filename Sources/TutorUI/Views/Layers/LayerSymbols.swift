import BackpropCore
import BackpropNotation

/// The marks the layer view writes, in Unicode or ASCII: δ⁽²⁾ or delta^(2), ⊙ or (*), ᵀ or ^T.
struct LayerSymbols: Hashable, Sendable {
    /// How formulas are written.
    let notation: Notation

    /// Whether the marks are Unicode.
    var isUnicode: Bool { notation.style == .unicode }

    /// `symbol` of layer `layer` (0-based; written 1-based): W⁽²⁾.
    func of(_ symbol: String, _ layer: Int) -> String { notation.layered(symbol, layer: layer + 1) }
    /// `symbol` with a layer mark such as `l` or `l+1`: z⁽ˡ⁾.
    func of(_ symbol: String, mark: String) -> String { notation.layered(symbol, mark: mark) }

    /// δ, the backward pass's ∂l/∂z (Δ for a batch's matrix).
    func delta(batch: Bool) -> String { isUnicode ? (batch ? "Δ" : "δ") : (batch ? "Delta" : "delta") }
    /// ∂, or d in ASCII.
    var partial: String { isUnicode ? "∂" : "d" }
    /// The elementwise product: ⊙.
    var hadamard: String { isUnicode ? "⊙" : "(*)" }
    /// The elementwise quotient: ⊘.
    var quotient: String { isUnicode ? "⊘" : "(/)" }
    /// The transpose mark: ᵀ.
    var transpose: String { isUnicode ? "ᵀ" : "^T" }
    /// The minus sign.
    var minus: String { isUnicode ? "−" : "-" }
    /// The assignment arrow of an update.
    var assign: String { isUnicode ? "←" : "<-" }
    /// The learning rate.
    var eta: String { isUnicode ? "η" : "eta" }
    /// One half.
    var half: String { isUnicode ? "½" : "1/2" }
    /// A sum over samples: Σₙ.
    var sumOverSamples: String { isUnicode ? "Σₙ" : "sum_n" }
    /// A sum over outputs: Σᵢ.
    var sumOverOutputs: String { isUnicode ? "Σᵢ" : "sum_i" }
    /// A sample's loss lⁿ.
    var sampleLoss: String { isUnicode ? "lⁿ" : "l^n" }

    /// Two factors of a product side by side: `W⁽¹⁾x` (with a space between in ASCII: `W^(1) x`).
    func product(_ left: String, _ right: String) -> String { left + (isUnicode ? "" : " ") + right }

    /// The derivative `∂num/∂den`: ∂l/∂z⁽²⁾.
    func derivative(_ numerator: String, _ denominator: String) -> String {
        partial + numerator + "/" + partial + denominator
    }

    /// The name of an activation in a formula: σ for the sigmoid, else its own name.
    func name(of activation: Activation) -> String {
        switch activation {
        case .sigmoid: isUnicode ? "σ" : "s"
        default: activation.name
        }
    }
}

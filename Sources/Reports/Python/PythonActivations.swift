import BackpropCore

/// The activations and losses as Python: the NumPy functions a script defines and the
/// PyTorch calls it makes, each with its formula in the notes' notation.
enum PythonActivations {
    /// The NumPy definitions of σ and σ' for these activations, each defined once.
    static func numpyDefinitions(for activations: [Activation]) -> String {
        activations.map { activation in
            let (value, derivative) = numpyBodies(activation)
            return "def \(activation.numpyFunction)(z):\n    \"\"\"\(value.formula)\"\"\"\n    return \(value.code)\n\n\n"
                + "def \(activation.numpyDerivative)(z, a):\n    \"\"\"\(derivative.formula)\"\"\"\n    return \(derivative.code)\n\n\n"
        }.joined()
    }

    /// The formula and NumPy body of σ and of σ' (given z and a) for an activation.
    static func numpyBodies(_ activation: Activation) -> (value: (formula: String, code: String),
                                                            derivative: (formula: String, code: String)) {
        switch activation {
        case .sigmoid:
            return (("σ(z) = 1/(1 + e⁻ᶻ), entry by entry.", "1 / (1 + np.exp(-z))"),
                    ("σ'(z) = σ(z)(1 − σ(z)) = a(1 − a).", "a * (1 - a)"))
        case .tanh:
            return (("tanh(z), entry by entry.", "np.tanh(z)"), ("tanh'(z) = 1 − tanh²(z) = 1 − a².", "1 - a * a"))
        case .relu:
            return (("relu(z) = max(0, z), entry by entry.", "np.maximum(z, 0.0)"),
                    ("relu'(z) = 1 for z > 0, else 0 (backprop takes 0 at z = 0).", "(z > 0).astype(np.float64)"))
        case .leakyReLU:
            return (("leaky_relu(z) = z for z > 0, else 0.01z.", "np.where(z > 0, z, 0.01 * z)"),
                    ("leaky_relu'(z) = 1 for z > 0, else 0.01.", "np.where(z > 0, 1.0, 0.01)"))
        case .linear:
            return (("linear: a = z.", "z"), ("linear'(z) = 1.", "np.ones_like(z)"))
        case .softmax:
            return (("softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z), per column (sample).",
                     "np.exp(z - z.max(axis=0)) / np.exp(z - z.max(axis=0)).sum(axis=0)"),
                    ("Not used entry by entry: the output layer's δ uses the softmax Jacobian.", "np.ones_like(z)"))
        }
    }

    /// The formula and NumPy code of each sample's loss lⁿ, one per column of Y (and Z, T).
    static func numpyLoss(_ loss: LossFunction) -> (formula: String, code: String) {
        switch loss {
        case .halfSquaredError:
            return ("l = ½ Σᵢ (tᵢ − yᵢ)²", "0.5 * ((T - Y) ** 2).sum(axis=0)")
        case .mse:
            return ("l = (1/n) Σᵢ (tᵢ − yᵢ)², the mean over the n outputs", "((T - Y) ** 2).mean(axis=0)")
        case .crossEntropy:
            return ("l = −Σᵢ tᵢ ln yᵢ, with ln y = z − log Σⱼ e^zⱼ from z",
                    "-(T * (Z[L] - Z[L].max(axis=0) - np.log(np.exp(Z[L] - Z[L].max(axis=0)).sum(axis=0)))).sum(axis=0)")
        case .binaryCrossEntropy:
            return ("l = −Σᵢ [tᵢ ln yᵢ + (1 − tᵢ) ln(1 − yᵢ)], from z: −ln σ(z) = ln(1 + e⁻ᶻ)",
                    "(T * np.logaddexp(0, -Z[L]) + (1 - T) * np.logaddexp(0, Z[L])).sum(axis=0)")
        }
    }

    /// ∂l/∂y for the squared errors, as NumPy code over the columns of Y and T.
    static func numpyLossGradient(_ loss: LossFunction) -> (formula: String, code: String) {
        switch loss {
        case .mse: return ("∂l/∂y = (2/n)(y − t)", "2 * (Y - T) / Y.shape[0]")
        default: return ("∂l/∂y = y − t", "Y - T")
        }
    }

    /// The lines setting `Delta[L]` = δ⁽ᴸ⁾ = ∂l/∂z⁽ᴸ⁾ at the output, and their formula, as the
    /// core computes it: y − t where the loss combines with its output activation, the softmax
    /// Jacobian product for a softmax under a squared error, else σ'(z) ⊙ ∂l/∂y.
    static func numpyOutputDelta(loss: LossFunction, activation: Activation) -> (formula: String, code: [String]) {
        if loss.combinesWithOutput(activation) {
            let name = activation == .softmax ? "softmax with cross-entropy" : "sigmoid with binary cross-entropy"
            return ("δ⁽ᴸ⁾ = ∂y/∂z · ∂l/∂y = y − t (\(name))", ["Delta[L] = Y - T"])
        }
        let gradient = numpyLossGradient(loss)
        if activation == .softmax {
            return ("δ⁽ᴸ⁾ = (∂y/∂z)ᵀ∂l/∂y, the softmax Jacobian: yᵢ(∂l/∂yᵢ − Σₖ yₖ∂l/∂yₖ)",
                    ["dl_dy = \(gradient.code)  # \(gradient.formula)",
                     "Delta[L] = Y * (dl_dy - (Y * dl_dy).sum(axis=0))"])
        }
        return ("δ⁽ᴸ⁾ = σ'(z⁽ᴸ⁾) ⊙ ∂l/∂y",
                ["dl_dy = \(gradient.code)  # \(gradient.formula)",
                 "Delta[L] = activation_prime[L](Z[L], Y) * dl_dy"])
    }
}

extension Activation {
    /// The name of the NumPy function a script defines for σ: `sigmoid`.
    var numpyFunction: String { name }
    /// The name of the NumPy function a script defines for σ': `sigmoid_prime`.
    var numpyDerivative: String { name + "_prime" }
}

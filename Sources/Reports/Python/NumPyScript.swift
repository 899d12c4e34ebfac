import BackpropCore
import Lessons

/// `backprop export --format numpy`: a lesson as one self-contained NumPy script.
///
/// The lesson's data and θ₀ written out, the forward and backward passes a layer at a time
/// as the layer view writes them (float64, samples as columns: Z⁽ˡ⁾ = W⁽ˡ⁾A⁽ˡ⁻¹⁾ + b⁽ˡ⁾1ᵀ),
/// the lesson's updates, assertions that the first update's values equal the core's to 1e-9,
/// and a last line of JSON with every parameter after the last update.
struct NumPyScript {
    /// The lesson's parts: data, θ₀, the first update's values.
    let parts: PythonLessonParts

    /// The lesson, with any what-if edits already applied.
    var lesson: Lesson { parts.lesson }
    /// How many updates the script makes.
    var iterations: Int { parts.iterations }

    /// The script.
    var text: String {
        let layerCount = lesson.network.architecture.layers.count
        var out = parts.docstring(tool: "NumPy", command: "numpy", samplesAs:
            "Samples are columns: Z⁽ˡ⁾ = W⁽ˡ⁾A⁽ˡ⁻¹⁾ + b⁽ˡ⁾1ᵀ holds z⁽ˡ⁾ of sample n in column n.")
        out += "import json\n\nimport numpy as np\n\n"
        out += "# The data, one row per sample, transposed so that sample n is column n.\n"
        out += "X = np.array(" + parts.inputRows(indent: "") + ", dtype=np.float64).T  # inputs " + parts.inputNames + "\n"
        out += "T = np.array(" + parts.targetRows(indent: "") + ", dtype=np.float64).T  # targets of " + parts.outputNames + "\n"
        out += "N = X.shape[1]  # the number of samples\n\n"
        out += "# θ₀, layer by layer: row j of W⁽ˡ⁾ holds the weights into neuron j; b⁽ˡ⁾ is a column.\n"
        out += "L = \(layerCount)  # the number of layers; W[l] is W⁽ˡ⁾ for l = 1..L (W[0] is unused)\n"
        out += "W = [None] * (L + 1)\nb = [None] * (L + 1)\n"
        for layer in 0..<layerCount {
            out += parts.layerComment(layer) + "\n"
            out += "W[\(layer + 1)] = np.array(" + parts.weightRows(layer, indent: "") + ", dtype=np.float64)\n"
            out += "b[\(layer + 1)] = np.array(" + parts.biasList(layer) + ", dtype=np.float64).reshape(-1, 1)  # "
                + parts.biasNames(layer) + "\n"
        }
        out += "\neta = " + PythonText.number(lesson.options.learningRate) + "  # η, the learning rate\n"
        out += "UPDATES = \(iterations)  # how many updates the lesson makes\n"
        out += "UPDATE_BIASES = " + (lesson.options.updateBiases ? "True" : "False  # this lesson keeps its biases fixed") + "\n\n\n"
        out += PythonActivations.numpyDefinitions(for: usedActivations)
        out += "activation = [None, " + activationNames(\.numpyFunction) + "]  # σ of layer l\n"
        out += "activation_prime = [None, " + activationNames(\.numpyDerivative) + "]  # σ' of layer l, given z and a\n\n\n"
        out += forwardFunction + lossFunction + backwardFunction() + gradientFunction + updateFunction
        out += PythonLessonParts.checkFunction + "\n"
        out += "\n" + parts.expectedValues(samplesAsColumns: true) + "\n"
        out += mainLoop()
        out += PythonLessonParts.jsonLine(
            weights: "[float(x) for l in range(1, L + 1) for x in W[l].ravel()]",
            biases: "[float(x) for l in range(1, L + 1) for x in b[l].ravel()]")
        return out
    }

    /// The activations the lesson uses, each once, in layer order.
    var usedActivations: [Activation] {
        var seen: [Activation] = []
        for layer in lesson.network.architecture.layers where !seen.contains(layer.activation) { seen.append(layer.activation) }
        return seen
    }

    /// The Python names of the layers' activations (or derivatives), comma-separated.
    func activationNames(_ name: KeyPath<Activation, String>) -> String {
        lesson.network.architecture.layers.map { $0.activation[keyPath: name] }.joined(separator: ", ")
    }

    var forwardFunction: String {
        """
        def forward(A0):
            \"\"\"The forward pass of the samples in the columns of A0: Z[l] = Z⁽ˡ⁾ and A[l] = A⁽ˡ⁾.\"\"\"
            Z, A = [None], [A0]
            for l in range(1, L + 1):
                Z.append(W[l] @ A[l - 1] + b[l])  # Z⁽ˡ⁾ = W⁽ˡ⁾A⁽ˡ⁻¹⁾ + b⁽ˡ⁾1ᵀ
                A.append(activation[l](Z[l]))  # A⁽ˡ⁾ = σ(Z⁽ˡ⁾)
            return Z, A



        """
    }

    var lossFunction: String {
        let (formula, code) = PythonActivations.numpyLoss(lesson.options.loss)
        return """
        def losses(Z, A, T):
            \"\"\"Each sample's loss lⁿ (one per column): \(formula).\"\"\"
            Y = A[L]
            return \(code)



        """
    }

    func backwardFunction() -> String {
        let (comment, code) = PythonActivations.numpyOutputDelta(loss: lesson.options.loss, activation: parts.outputActivation)
        return """
        def backward(Z, A, T):
            \"\"\"Delta[l] = Δ⁽ˡ⁾: each sample's own ∂lⁿ/∂z⁽ˡ⁾ in its column, from the output back.\"\"\"
            Delta = [None] * (L + 1)
            Y = A[L]
        \(code.map { "    " + $0 }.joined(separator: "\n"))  # \(comment)
            for l in range(L - 1, 0, -1):
                # δ⁽ˡ⁾ = σ'(z⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾
                Delta[l] = activation_prime[l](Z[l], A[l]) * (W[l + 1].T @ Delta[l + 1])
            return Delta



        """
    }

    var gradientFunction: String {
        let full = lesson.options.batch == .full
        let mean = full && lesson.options.reduction == .mean
        let scale = mean ? " / N" : ""
        let comment = full ? (mean ? "∂L/∂W⁽ˡ⁾ = (1/N)Δ⁽ˡ⁾(A⁽ˡ⁻¹⁾)ᵀ,  ∂L/∂b⁽ˡ⁾ = (1/N)Δ⁽ˡ⁾1" : "∂L/∂W⁽ˡ⁾ = Δ⁽ˡ⁾(A⁽ˡ⁻¹⁾)ᵀ,  ∂L/∂b⁽ˡ⁾ = Δ⁽ˡ⁾1")
            : "∂l/∂W⁽ˡ⁾ = δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ,  ∂l/∂b⁽ˡ⁾ = δ⁽ˡ⁾"
        return """
        def gradients(A, Delta):
            \"\"\"dW[l] and db[l]: \(comment).\"\"\"
            dW, db = [None] * (L + 1), [None] * (L + 1)
            for l in range(1, L + 1):
                dW[l] = Delta[l] @ A[l - 1].T\(scale)
                db[l] = Delta[l].sum(axis=1, keepdims=True)\(scale)
            return dW, db



        """
    }

    var updateFunction: String {
        let full = lesson.options.batch == .full
        let loss = full ? (lesson.options.reduction == .mean ? "losses(Z, A, T_used).mean()  # L = (1/N) Σₙ lⁿ"
                                                             : "losses(Z, A, T_used).sum()  # L = Σₙ lⁿ")
            : "losses(Z, A, T_used)[0]  # l of the one sample"
        let symbol = full ? "L" : "l"
        return """
        def update(columns):
            \"\"\"One update on the samples in `columns`: forward, backward, θ₁ = θ₀ − η∇L(θ₀).\"\"\"
            X_used, T_used = X[:, columns], T[:, columns]
            Z, A = forward(X_used)
            loss = \(loss)
            Delta = backward(Z, A, T_used)
            dW, db = gradients(A, Delta)
            for l in range(1, L + 1):
                W[l] = W[l] - eta * dW[l]  # W⁽ˡ⁾ ← W⁽ˡ⁾ − η∂\(symbol)/∂W⁽ˡ⁾
                if UPDATE_BIASES:
                    b[l] = b[l] - eta * db[l]  # b⁽ˡ⁾ ← b⁽ˡ⁾ − η∂\(symbol)/∂b⁽ˡ⁾
            return loss, Z, A, Delta, dW, db



        """
    }

    func mainLoop() -> String {
        let symbol = parts.lossSymbol
        let columns = lesson.options.batch == .full
            ? "list(range(N))  # a full batch: every sample in every update"
            : "[(k - 1) % N]  # one sample per update, in turn"
        var checks = "        check(\"\(symbol)\", float(loss))\n"
        checks += "        for l in range(1, L + 1):\n"
        for (name, value) in [("z", "Z[l]"), ("a", "A[l]"), ("∂l/∂z", "Delta[l]")] {
            checks += "            check(f\"\(name)⁽{SUPERSCRIPT[l]}⁾\", \(value).tolist())\n"
        }
        checks += "        for l in range(1, L + 1):\n"
        checks += "            check(f\"∂\(symbol)/∂W⁽{SUPERSCRIPT[l]}⁾\", dW[l].tolist())\n"
        checks += "            check(f\"∂\(symbol)/∂b⁽{SUPERSCRIPT[l]}⁾\", db[l].tolist())\n"
        checks += "        for l in range(1, L + 1):\n"
        checks += "            check(f\"W⁽{SUPERSCRIPT[l]}⁾ new\", W[l].tolist())\n"
        checks += "            check(f\"b⁽{SUPERSCRIPT[l]}⁾ new\", b[l].tolist())\n"
        return "SUPERSCRIPT = \"⁰¹²³⁴⁵⁶⁷⁸⁹\"\n\n"
            + parts.checkHeading
            + "for k in range(1, UPDATES + 1):\n"
            + "    columns = " + columns + "\n"
            + "    loss, Z, A, Delta, dW, db = update(columns)\n"
            + "    if k == 1:\n" + checks
            + "print(f\"Made {UPDATES} update(s); the loss before the last one was {loss:.9g}.\")\n\n"
    }
}

extension Expression {
    /// The number a formula written with numbers stands for, or nil when it names a
    /// quantity (or leaves terms out, `…`).
    ///
    /// Tests evaluate every substituted formula with it and compare with the step's result:
    /// what a student would get by doing the arithmetic on screen.
    public var value: Double? {
        switch self {
        case .quantity, .sumOverSamples, .ellipsis: return nil
        case .number(let x): return x
        case .integer(let n): return Double(n)
        case let .fraction(p, q): return Double(p) / Double(q)
        case .sum(let terms):
            var total = 0.0
            for term in terms {
                guard let x = term.value else { return nil }
                total += x
            }
            return total
        case let .difference(a, b):
            guard let x = a.value, let y = b.value else { return nil }
            return x - y
        case .product(let factors):
            var total = 1.0
            for factor in factors {
                guard let x = factor.value else { return nil }
                total *= x
            }
            return total
        case let .quotient(a, b):
            guard let x = a.value, let y = b.value else { return nil }
            return x / y
        case .negative(let a): return a.value.map { -$0 }
        case .square(let a): return a.value.map { $0 * $0 }
        case let .call(function, argument):
            guard let x = argument.value else { return nil }
            switch function {
            case .activation(let activation): return activation.isElementwise ? activation.value(x) : nil
            case .activationDerivative: return nil  // needs z and a, which a call does not carry
            case .exp: return x.exponential
            case .ln: return x.naturalLog
            case .tanh: return x.hyperbolicTangent
            case .relu: return Activation.relu.value(x)
            case .leakyReLU: return Activation.leakyReLU.value(x)
            }
        }
    }
}

import BackpropCore

/// How formulas are written, with just the parentheses that precedence needs.
extension Notation {
    /// A formula as text.
    public func render(_ expression: Expression) -> String {
        switch expression {
        case .quantity(let q): return render(q)
        case .number(let x): return number(x)
        case .integer(let n): return n < 0 ? numbers.minus + String(-n) : String(n)
        case let .fraction(p, q): return fraction(p, q)
        case .sum(let terms):
            return terms.enumerated().map { index, term in
                index > 0 && isNegative(term) ? "(" + render(term) + ")" : render(term)
            }.joined(separator: " + ")
        case let .difference(a, b):
            let right = precedence(b) <= 1 || isNegative(b) ? "(" + render(b) + ")" : render(b)
            return render(a) + " " + numbers.minus + " " + right
        case .product(let factors):
            return factors.enumerated().map { index, factor in
                let trailingSum: Bool
                if case .sumOverSamples = factor { trailingSum = index == factors.count - 1 } else { trailingSum = false }
                // A negative factor is always in parentheses: (−1)·0.25, never −1·0.25.
                return !trailingSum && (precedence(factor) < 4 || isNegative(factor))
                    ? "(" + render(factor) + ")" : render(factor)
            }.joined(separator: times)
        case let .quotient(a, b):
            if style == .latex { return "\\frac{" + render(a) + "}{" + render(b) + "}" }
            return grouped(a, below: 3) + "/" + grouped(b, below: 4)
        case .negative(let a):
            return numbers.minus + (precedence(a) < 2 || isNegative(a) ? "(" + render(a) + ")" : render(a))
        case .square(let a):
            let base = grouped(a, below: 4)
            switch style {
            case .unicode: return base + "²"
            case .ascii: return base + "^2"
            case .latex: return base + "^{2}"
            }
        case let .call(function, argument):
            return call(function, argument)
        case .sumOverSamples(let term):
            let body = grouped(term, below: 2)
            switch style {
            case .unicode: return "Σₙ " + body
            case .ascii: return "sum_n " + body
            case .latex: return "\\sum_{n} " + body
            }
        case .ellipsis:
            switch style {
            case .unicode: return "…"
            case .ascii: return "..."
            case .latex: return "\\dots"
            }
        }
    }

    /// The multiplication sign of this style.
    var times: String {
        switch style {
        case .unicode: return "·"
        case .ascii: return " * "
        case .latex: return " \\cdot "
        }
    }

    /// An expression, in parentheses when it binds less tightly than `level`.
    func grouped(_ expression: Expression, below level: Int) -> String {
        precedence(expression) < level || isNegative(expression) ? "(" + render(expression) + ")" : render(expression)
    }

    /// How tightly an expression binds: 1 sums, 2 products, 3 quotients and negations, 4 atoms.
    func precedence(_ expression: Expression) -> Int {
        switch expression {
        case .sum(let terms): return terms.count > 1 ? 1 : 4
        case .difference, .sumOverSamples: return 1
        case .product(let factors): return factors.count > 1 ? 2 : 4
        case .negative: return 2
        case .quotient: return style == .latex ? 4 : 3
        case let .fraction(p, q): return style == .latex || fractionGlyph(p, q) != nil ? 4 : 3
        case .call(.activation(.linear), let argument): return precedence(argument)
        case .quantity, .number, .integer, .square, .call, .ellipsis: return 4
        }
    }

    /// Whether an expression is written with a leading minus sign.
    func isNegative(_ expression: Expression) -> Bool {
        switch expression {
        case .number(let x): return x < 0  // −0 is written 0, so it needs no parentheses
        case .integer(let n): return n < 0
        case .negative: return true
        case .call(.activation(.linear), let argument): return isNegative(argument)
        default: return false
        }
    }

    /// p/q as a constant: ½ in Unicode where a glyph exists.
    func fraction(_ p: Int, _ q: Int) -> String {
        if style == .latex { return "\\frac{\(p)}{\(q)}" }
        return fractionGlyph(p, q) ?? "\(p)/\(q)"
    }

    /// The single Unicode character for 1/q, when the style is Unicode and one exists.
    func fractionGlyph(_ p: Int, _ q: Int) -> String? {
        guard style == .unicode, p == 1 else { return nil }
        return [2: "½", 3: "⅓", 4: "¼", 5: "⅕", 6: "⅙", 8: "⅛"][q]
    }

    /// A function applied to its argument.
    func call(_ function: Expression.Function, _ argument: Expression) -> String {
        let inner = render(argument)
        switch function {
        case .activation(let activation):
            guard let name = activation.functionName else { return inner }
            if activation == .softmax, case .quantity(.z(let neuron)) = argument {
                // softmax(z)ᵢ: the i-th output of the softmax of the layer's sums.
                return functionName(name) + "(z)" + subscripted("", neuron)
            }
            return functionName(name) + "(" + inner + ")"
        case .activationDerivative(let activation):
            guard let name = activation.functionName else { return "1" }
            return functionName(name) + "'(" + inner + ")"
        case .exp:
            switch style {
            case .unicode: return "e^(" + inner + ")"
            case .ascii: return "exp(" + inner + ")"
            case .latex: return "e^{" + inner + "}"
            }
        case .ln:
            return (style == .latex ? "\\ln" : "ln") + "(" + inner + ")"
        case .tanh:
            return (style == .latex ? "\\tanh" : "tanh") + "(" + inner + ")"
        case .relu:
            return (style == .latex ? "\\max" : "max") + "(0, " + inner + ")"
        case .leakyReLU:
            return (style == .latex ? "\\max" : "max") + "(0.01" + times + grouped(argument, below: 3) + ", " + inner + ")"
        }
    }

    /// A function's name in this style: σ as `s` in ASCII and `\sigma` in LaTeX, other
    /// names upright in LaTeX (`\tanh`, `\mathrm{relu}`).
    func functionName(_ name: String) -> String {
        switch (name, style) {
        case ("σ", .unicode): return "σ"
        case ("σ", .ascii): return "s"
        case ("σ", .latex): return "\\sigma"
        case ("tanh", .latex): return "\\tanh"
        case (_, .latex): return "\\mathrm{" + name.map { $0 == "_" ? "\\_" : String($0) }.joined() + "}"
        default: return name
        }
    }
}

/// A formula in the notes' notation, kept as structure so it can be written as Unicode,
/// ASCII or LaTeX, symbolically or with numbers substituted.
public indirect enum Expression: Hashable, Sendable {
    /// A named quantity: w₅, z_h1, ∂l/∂z_o1.
    case quantity(Quantity)
    /// A number, shown to the precision the renderer is asked for.
    case number(Double)
    /// A whole number, shown exactly (the 2 in 2/n, the 1 in 1 − a).
    case integer(Int)
    /// The fraction p/q written as a constant (½).
    case fraction(Int, Int)
    /// A sum of terms: a + b + c.
    case sum([Expression])
    /// A difference: a − b.
    case difference(Expression, Expression)
    /// A product of factors: a · b.
    case product([Expression])
    /// A quotient: a / b.
    case quotient(Expression, Expression)
    /// A negation: −a.
    case negative(Expression)
    /// A square: a².
    case square(Expression)
    /// A function applied to an argument: σ(z), σ'(z), tanh(z), ln y, e^z.
    case call(Function, Expression)
    /// A sum over the samples of a batch: Σₙ term.
    case sumOverSamples(Expression)
    /// Terms left out of a long sum: …
    case ellipsis

    /// The functions formulas apply.
    public enum Function: Hashable, Sendable {
        /// The activation of a layer, written by its name (``Activation/functionName``): σ(z)
        /// for the sigmoid only, tanh(z), relu(z), leaky_relu(z), softmax(z)ᵢ, and z itself
        /// for a linear neuron.
        case activation(Activation)
        /// The activation's derivative, a prime on its name: σ'(z), tanh'(z), relu'(z),
        /// leaky_relu'(z), and 1 for a linear neuron.
        case activationDerivative(Activation)
        /// The exponential eˣ.
        case exp
        /// The natural logarithm ln.
        case ln
        /// The hyperbolic tangent.
        case tanh
        /// max(0, x).
        case relu
        /// max(0.01x, x).
        case leakyReLU
    }

    /// a + b, flattening nested sums.
    public static func + (lhs: Expression, rhs: Expression) -> Expression {
        switch (lhs, rhs) {
        case let (.sum(a), .sum(b)): return .sum(a + b)
        case let (.sum(a), b): return .sum(a + [b])
        case let (a, .sum(b)): return .sum([a] + b)
        default: return .sum([lhs, rhs])
        }
    }

    /// a · b, flattening nested products.
    public static func * (lhs: Expression, rhs: Expression) -> Expression {
        switch (lhs, rhs) {
        case let (.product(a), .product(b)): return .product(a + b)
        case let (.product(a), b): return .product(a + [b])
        case let (a, .product(b)): return .product([a] + b)
        default: return .product([lhs, rhs])
        }
    }

    /// a − b.
    public static func - (lhs: Expression, rhs: Expression) -> Expression { .difference(lhs, rhs) }

    /// A quantity as an expression.
    public static func q(_ quantity: Quantity) -> Expression { .quantity(quantity) }
}

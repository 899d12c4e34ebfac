#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// The elementary functions the core needs, from the platform's C library.
///
/// The core imports only the standard library and the C library's `exp`, `log`, `tanh`,
/// `log1p`, `log10` and `pow`; these wrappers keep that dependency in one place (the plots
/// of TrainingModels use the last two for their log scales).
extension Double {
    /// eˣ.
    @inlinable var exponential: Double { exp(self) }
    /// ln x.
    @inlinable var naturalLog: Double { log(self) }
    /// ln(1 + x), accurate for small x.
    @inlinable var naturalLogOnePlus: Double { log1p(self) }
    /// tanh x.
    @inlinable var hyperbolicTangent: Double { tanh(self) }
    /// log₁₀ x, for log scales (where the last bit never matters).
    @inlinable public var commonLogarithm: Double { log10(self) }
    /// The number raised to `exponent`, for log-scale tick values.
    @inlinable public func power(_ exponent: Double) -> Double { pow(self, exponent) }
    /// ln(1 + eˣ), the softplus, computed without overflow for any x.
    @inlinable var softplus: Double {
        self > 0 ? self + (-self).exponential.naturalLogOnePlus : self.exponential.naturalLogOnePlus
    }
}

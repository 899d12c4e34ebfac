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
/// The core imports only the standard library and the C library's `exp`, `log`, `tanh`
/// and `log1p`; these wrappers keep that dependency in one place.
extension Double {
    /// eˣ.
    @inlinable var exponential: Double { exp(self) }
    /// ln x.
    @inlinable var naturalLog: Double { log(self) }
    /// ln(1 + x), accurate for small x.
    @inlinable var naturalLogOnePlus: Double { log1p(self) }
    /// tanh x.
    @inlinable var hyperbolicTangent: Double { tanh(self) }
    /// ln(1 + eˣ), the softplus, computed without overflow for any x.
    @inlinable var softplus: Double {
        self > 0 ? self + (-self).exponential.naturalLogOnePlus : self.exponential.naturalLogOnePlus
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// log₁₀ x from the C library, for log scales (where the last bit never matters).
@inline(__always)
func commonLogarithm(_ x: Double) -> Double { log10(x) }

/// `base` raised to `exponent`, from the C library, for log-scale tick values.
@inline(__always)
func power(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }

/// The three ways formulas are written: Unicode for the terminal, ASCII for terminals
/// without UTF-8, and LaTeX for Markdown handouts.
public enum NotationStyle: String, Sendable, Hashable, CaseIterable {
    /// ∂l/∂zₕ₁ = σ'(zₕ₁)·∂l/∂aₕ₁
    case unicode
    /// dl/dz_h1 = s'(z_h1) * dl/da_h1
    case ascii
    /// \frac{\partial l}{\partial z_{h1}} = \sigma'(z_{h1}) \cdot \frac{\partial l}{\partial a_{h1}}
    case latex
}

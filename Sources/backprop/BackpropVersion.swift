/// The version `backprop --version` prints.
enum BackpropVersion {
    static let current = "0.1.0"
}

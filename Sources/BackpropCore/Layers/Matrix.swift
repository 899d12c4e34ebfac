/// A matrix of numbers stored row by row: the layer view's and the code exports' W, Z, A, Δ.
public struct Matrix: Sendable, Hashable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The entries, row by row: entry (i, j) is at `i * columns + j`.
    public let entries: [Double]

    /// Creates a matrix from its entries row by row, `rows × columns` of them.
    public init(rows: Int, columns: Int, entries: [Double]) {
        precondition(rows >= 0 && columns >= 0 && entries.count == rows * columns, "a matrix needs rows × columns entries")
        self.rows = rows
        self.columns = columns
        self.entries = entries
    }

    /// Creates a `rows × columns` matrix whose entry (i, j) is `entry(i, j)`.
    public init(rows: Int, columns: Int, entry: (Int, Int) -> Double) {
        var entries: [Double] = []
        entries.reserveCapacity(rows * columns)
        for i in 0..<rows {
            for j in 0..<columns { entries.append(entry(i, j)) }
        }
        self.init(rows: rows, columns: columns, entries: entries)
    }

    /// A column vector: one column holding `values`.
    public init(column values: [Double]) {
        self.init(rows: values.count, columns: 1, entries: values)
    }

    /// The entry in row `row` and column `column` (both 0-based).
    public subscript(row: Int, column: Int) -> Double { entries[row * columns + column] }

    /// Row `row` (0-based) as an array.
    public func row(_ row: Int) -> [Double] { Array(entries[(row * columns)..<((row + 1) * columns)]) }

    /// Every row, in order.
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The transpose: entry (i, j) of the result is entry (j, i) of this matrix.
    public var transposed: Matrix { Matrix(rows: columns, columns: rows) { self[$1, $0] } }
}

import BackpropCore
import Lessons

/// `backprop trace --format json`: the pieces of the JSON document.
extension TraceWriter {
    /// `{"lesson":…,"loss_function":…,"iterations":[`: the document up to its first update.
    var jsonHeader: String {
        var out = "{"
        for (key, value) in [("lesson", JSONValue.string(lesson.title)), ("loss_function", .string(lesson.options.loss.name))] {
            JSONValue.writeString(key, to: &out)
            out += ":"
            value.write(to: &out)
            out += ","
        }
        JSONValue.writeString("iterations", to: &out)
        return out + ":["
    }

    /// One update: its number, loss, the samples' passes and every parameter's θ₀, ∂L/∂θ and θ₁.
    func iterationJSON(_ trace: IterationTrace) -> JSONValue {
        .object([
            ("iteration", .int(trace.iteration)),
            ("loss", .double(trace.loss)),
            ("samples", .array(trace.samples.map(sampleJSON))),
            ("parameters", .array(architecture.parameters.map { parameterJSON($0, trace) })),
        ])
    }

    /// One sample's pass: x, y, l, and z, a, ∂l/∂a, ∂l/∂z per neuron.
    func sampleJSON(_ sample: SampleTrace) -> JSONValue {
        let data = lesson.samples[sample.sample]
        let names = architecture.neuronNames
        return .object([
            ("sample", .int(sample.sample + 1)),
            ("x", .doubles(data.inputs)),
            ("y", .doubles(data.targets)),
            ("loss", .double(sample.loss)),
            ("neurons", .array(names.indices.map { n in
                .object([("id", .string(names[n])), ("z", .double(sample.z(n))), ("a", .double(sample.a(n))),
                         ("dl_da", .double(sample.dlda(n))), ("dl_dz", .double(sample.dldz(n)))])
            })),
        ])
    }

    /// One parameter in one update: its edge, value, gradient and new value.
    func parameterJSON(_ parameter: Parameter, _ trace: IterationTrace) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(parameter.id)), ("kind", .string(parameter.kind.rawValue))]
        if let from = architecture.sourceName(of: parameter) { members.append(("from", .string(from))) }
        members += [
            ("to", .string(architecture.targetName(of: parameter))),
            ("value", .double(trace.before(parameter.index))),
            ("grad", .double(trace.gradient(parameter.index))),
            ("new", .double(trace.after(parameter.index))),
        ]
        return .object(members)
    }
}

import BackpropCore
import Lessons

/// The numbers of a whole run, as `backprop trace` prints them: JSON or readable tables.
public struct TraceReport: Sendable {
    /// The lesson that was run.
    public let lesson: Lesson
    /// One trace per update, in order.
    public let iterations: [IterationTrace]

    /// Runs `count` updates of the lesson (its own iteration count when nil), recording everything.
    public init(lesson: Lesson, iterations count: Int? = nil) {
        self.lesson = lesson
        var trainer = lesson.trainer
        iterations = (0..<(count ?? lesson.iterations)).map { _ in trainer.tracedStep() }
    }

    /// The architecture of the lesson's network.
    var architecture: Architecture { lesson.network.architecture }

    /// The whole run as a JSON document.
    public var json: JSONValue {
        .object([
            ("lesson", .string(lesson.title)),
            ("loss_function", .string(lesson.options.loss.name)),
            ("iterations", .array(iterations.map(iterationJSON))),
        ])
    }

    func iterationJSON(_ trace: IterationTrace) -> JSONValue {
        .object([
            ("iteration", .int(trace.iteration)),
            ("loss", .double(trace.loss)),
            ("samples", .array(trace.samples.map(sampleJSON))),
            ("parameters", .array(architecture.parameters.map { parameterJSON($0, trace) })),
        ])
    }

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

import ArgumentParser
import TutorUI

/// `--color auto|always|never` on the command line.
extension ColorChoice: ExpressibleByArgument {}

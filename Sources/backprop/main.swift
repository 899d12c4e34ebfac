import ArgumentParser; print("hi")

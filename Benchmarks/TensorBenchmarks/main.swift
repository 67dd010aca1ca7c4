import TensorCore

print("tensor benchmarks: not written yet")

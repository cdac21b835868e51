print("mock-plivo: under construction")

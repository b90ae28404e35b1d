print("linli")

import LinliModel

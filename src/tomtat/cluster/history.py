def changes_since(history, since):
    raise NotImplementedError

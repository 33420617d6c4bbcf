"""A recursive internal function whose return type cannot be inferred asks for an annotation."""


# CHECK:@+1:1-16: error: cannot infer the return type of recursive function '_forever': annotate it (def _forever(...) -> int:) [CannotInferType]
def _forever(n):
    return _forever(n - 1)


def uses_forever(n: int) -> int:
    return _forever(n)

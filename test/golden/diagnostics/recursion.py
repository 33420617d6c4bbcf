"""A recursive internal function whose return type cannot be inferred asks for an annotation;
a public function without annotations is not exported (a warning)."""


def _forever(n):
    return _forever(n - 1)


def uses_forever(n: int) -> int:
    return _forever(n)


def not_exported(n):
    return n

# CHECK:EXIT: 1
# CHECK:STDERR: recursion.py:13:1: warning: public function 'not_exported' is not exported because not all its parameters are annotated; annotate them to call it from Python [ExportedWithoutAnnotations]
# CHECK:STDERR:     def not_exported(n):
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: recursion.py:5:1: error: cannot infer the return type of recursive function '_forever': annotate it (def _forever(...) -> int:) [CannotInferType]
# CHECK:STDERR:     def _forever(n):
# CHECK:STDERR:     ^~~~~~~~~~~~~~~~
